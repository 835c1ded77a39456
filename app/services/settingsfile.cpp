// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsfile.h"

#include "boundedread.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringConverter>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ktl::settingsfile {

namespace {

QString systemError(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

/** Why @p bytes is not an INI file as QSettings writes one, or "". */
QString iniProblem(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return QStringLiteral("it holds a NUL byte");
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return QStringLiteral("it is not UTF-8 text");
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        const bool section = line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'));
        if (!section && !line.contains(QLatin1Char('=')))
            return QStringLiteral("line %1 is neither a [section] nor key=value").arg(i + 1);
        // QSettings reads "@Variant(…)" and the like as serialised Qt types (and warns about
        // unknown ones); the app writes only plain values, so such a line is not its own.
        if (!section && line.section(QLatin1Char('='), 1).trimmed().startsWith(QLatin1Char('@')))
            return QStringLiteral("line %1 holds a serialised Qt value, which the app never writes").arg(i + 1);
        for (const QChar c : line) {
            if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
                return QStringLiteral("line %1 holds a control character").arg(i + 1);
        }
    }
    return {};
}

/** Reads the file without blocking (boundedread.h); "" or why it is not usable. */
QString readRegular(const QString &path, QByteArray *bytes)
{
    const BoundedRead read = readOrdinaryFile(path, maxBytes, true, bytes);
    switch (read.status) {
    case BoundedRead::Status::Ok:
        return {};
    case BoundedRead::Status::NotOrdinary:
        return read.detail == QLatin1String("a folder") ? QStringLiteral("it is a folder, not a file")
                                                        : QStringLiteral("it is not an ordinary file (%1)").arg(read.detail);
    case BoundedRead::Status::TooBig:
        return QStringLiteral("it is %1 bytes, more than a settings file can be").arg(read.size);
    case BoundedRead::Status::IsLink:
    case BoundedRead::Status::CannotOpen:
    case BoundedRead::Status::ReadError:
        break;
    }
    return QStringLiteral("it cannot be read (%1)").arg(read.detail);
}

} // namespace

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + QStringLiteral("/KnowTheLimits/knowthelimits.conf");
}

Check prepare(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno != ENOENT)
            return { QStringLiteral("%1: cannot be checked (%2); using the default settings, and nothing "
                                    "will be saved this time").arg(path, systemError(errno)), false };
        // Created now, owner only, so QSettings later rewrites it with these permissions.
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
        return {};
    }
    QByteArray bytes;
    QString why = readRegular(path, &bytes);
    if (why.isEmpty())
        why = iniProblem(bytes);
    if (why.isEmpty()) {
        restrictPermissions(path);
        return {};
    }
    const QString aside = path + QStringLiteral(".corrupt");
    ::unlink(QFile::encodeName(aside).constData()); // an older one: this one is newer
    if (::rename(QFile::encodeName(path).constData(), QFile::encodeName(aside).constData()) != 0)
        return { QStringLiteral("%1: not a usable settings file: %2; it could not be moved aside (%3), "
                                "so the app uses the default settings and saves nothing this time")
                         .arg(path, why, systemError(errno)), false };
    return { QStringLiteral("%1: not a usable settings file: %2. It was moved to %3 and the app started "
                            "with the default settings")
                     .arg(path, why, aside), true };
}

void restrictPermissions(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode)
        && (st.st_mode & 0777) != 0600)
        ::chmod(QFile::encodeName(path).constData(), 0600);
}

} // namespace ktl::settingsfile
