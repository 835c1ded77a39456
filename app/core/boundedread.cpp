// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundedread.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ktl {

namespace {

QString systemError(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

} // namespace

QString describeFileKind(unsigned mode)
{
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO (named pipe)");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("a device");
    if (S_ISDIR(mode))
        return QStringLiteral("a folder");
    if (S_ISLNK(mode))
        return QStringLiteral("a symbolic link");
    return QStringLiteral("not an ordinary file");
}

BoundedRead readOrdinaryFile(const QString &path, qint64 maxBytes, bool followLinks, QByteArray *bytes)
{
    bytes->clear();
    const int flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followLinks ? 0 : O_NOFOLLOW);
    const int fd = ::open(QFile::encodeName(path).constData(), flags);
    if (fd < 0) {
        const int error = errno;
        if (error == ELOOP && !followLinks)
            return { BoundedRead::Status::IsLink, {}, 0 };
        return { BoundedRead::Status::CannotOpen, systemError(error), 0 };
    }
    BoundedRead result;
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        result = { BoundedRead::Status::ReadError, systemError(errno), 0 };
    } else if (!S_ISREG(st.st_mode)) {
        result = { BoundedRead::Status::NotOrdinary, describeFileKind(st.st_mode), 0 };
    } else if (st.st_size > maxBytes) {
        result = { BoundedRead::Status::TooBig, {}, st.st_size };
    } else {
        bytes->resize(maxBytes + 1);
        qint64 got = 0;
        while (got < bytes->size()) {
            const ssize_t n = ::read(fd, bytes->data() + got, size_t(bytes->size() - got));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                result = { BoundedRead::Status::ReadError, systemError(errno), 0 };
                break;
            }
            if (n == 0)
                break;
            got += n;
        }
        bytes->resize(result.ok() ? got : 0);
        if (result.ok() && got > maxBytes)
            result = { BoundedRead::Status::TooBig, {}, got };
    }
    ::close(fd);
    return result;
}

} // namespace ktl
