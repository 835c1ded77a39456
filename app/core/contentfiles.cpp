// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentfiles.h"

#include "boundedread.h"
#include "contentlimits.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

#include <sys/stat.h>

namespace ktl {

namespace {

bool isResource(const QString &path) { return path.startsWith(QLatin1String(":/")); }

bool isJson(const QString &name) { return name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive); }

bool isInside(const QString &path, const QString &root)
{
    return path == root || path.startsWith(root + QLatin1Char('/'));
}

ContentFiles listResources(const QString &directory)
{
    ContentFiles files;
    QDirIterator it(directory, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.paths.append(it.next());
    std::sort(files.paths.begin(), files.paths.end());
    return files;
}

} // namespace

ContentFiles listContentFiles(const QString &directory)
{
    if (isResource(directory))
        return listResources(directory);
    ContentFiles files;
    const QFileInfo rootInfo(directory);
    if (!rootInfo.isDir()) {
        files.errors.append({ directory, {}, QStringLiteral("not a directory") });
        return files;
    }
    const QString root = rootInfo.canonicalFilePath();
    QSet<QString> seen;
    // An explicit stack of (folder, depth), not recursion: the depth is bounded either way.
    QList<QPair<QString, int>> folders { { root, 0 } };
    while (!folders.isEmpty()) {
        const auto [folder, depth] = folders.takeLast();
        const QDir dir(folder);
        if (!dir.isReadable()) {
            files.errors.append({ folder, {}, QStringLiteral("cannot read this folder (permission denied)") });
            continue;
        }
        const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot,
                                                        QDir::Name);
        for (const QFileInfo &entry : entries) {
            const QString path = entry.filePath();
            if (entry.isSymLink()) {
                const QString target = entry.canonicalFilePath();
                const bool relevant = entry.isDir() || isJson(entry.fileName());
                if (!relevant)
                    continue;
                if (target.isEmpty()) {
                    files.errors.append({ path, {}, QStringLiteral("a symbolic link to nothing (its target is missing)") });
                } else if (!isInside(target, root)) {
                    files.errors.append({ path, {},
                                          QStringLiteral("a symbolic link that leads outside the content folder; "
                                                         "copy the file into the folder instead") });
                } else if (!entry.isDir() && isJson(entry.fileName()) && !entry.isFile()) {
                    // A link inside the folder to a FIFO or a device: named by the loop below when
                    // the target itself is walked; say it here too, since it is what was asked for.
                    files.errors.append({ path, {}, QStringLiteral("a link to something that is not an ordinary file") });
                } else if (entry.isFile() && !seen.contains(target)) {
                    seen.insert(target); // folders inside the root are walked as themselves
                    files.paths.append(target);
                }
                continue;
            }
            if (entry.isDir()) {
                if (depth + 1 > limits::maxFolderDepth)
                    files.errors.append({ path, {},
                                          QStringLiteral("folders nested more than %1 levels deep; the limit is %1")
                                                  .arg(limits::maxFolderDepth) });
                else
                    folders.append({ entry.canonicalFilePath(), depth + 1 });
                continue;
            }
            if (!isJson(entry.fileName()) || entry.fileName().startsWith(QLatin1Char('.')))
                continue;
            struct stat st {};
            if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
                files.errors.append({ path, {},
                                      QStringLiteral("is %1, not an ordinary file; content files must be ordinary files")
                                              .arg(describeFileKind(st.st_mode)) });
                continue;
            }
            const QString canonical = entry.canonicalFilePath();
            if (!seen.contains(canonical)) {
                seen.insert(canonical);
                files.paths.append(canonical);
            }
        }
        if (files.paths.size() > limits::maxFiles) {
            files.errors.append({ directory, {},
                                  QStringLiteral("more than %1 content files; the limit is %1").arg(limits::maxFiles) });
            files.paths = files.paths.mid(0, limits::maxFiles);
            break;
        }
    }
    std::sort(files.paths.begin(), files.paths.end());
    return files;
}

QString readContentFile(const QString &path, QByteArray *bytes)
{
    bytes->clear();
    if (isResource(path)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read: %1").arg(file.errorString());
        // One byte past the limit, so an oversized file is reported, not silently cut.
        *bytes = file.read(limits::maxFileBytes + 1);
        return {};
    }
    const BoundedRead read = readOrdinaryFile(path, limits::maxFileBytes, false, bytes);
    switch (read.status) {
    case BoundedRead::Status::Ok:
        return {};
    case BoundedRead::Status::IsLink:
        return QStringLiteral("is a symbolic link; content files must be ordinary files");
    case BoundedRead::Status::NotOrdinary:
        return QStringLiteral("is %1, not an ordinary file; content files must be ordinary files").arg(read.detail);
    case BoundedRead::Status::TooBig:
        return QStringLiteral("file is %1 bytes; the limit is %2 bytes").arg(read.size).arg(limits::maxFileBytes);
    case BoundedRead::Status::CannotOpen:
    case BoundedRead::Status::ReadError:
        break;
    }
    return QStringLiteral("cannot read: %1").arg(read.detail);
}

} // namespace ktl
