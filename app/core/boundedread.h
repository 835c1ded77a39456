// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ktl {

/** How reading a file from outside went (readOrdinaryFile). */
struct BoundedRead
{
    enum class Status { Ok, CannotOpen, IsLink, NotOrdinary, TooBig, ReadError };
    Status status = Status::Ok;
    QString detail; ///< the system's words (CannotOpen, ReadError) or what the file is (NotOrdinary)
    qint64 size = 0; ///< the file's size (TooBig)
    bool ok() const { return status == Status::Ok; }
};

/**
 * Reads @p path only if it is an ordinary file of at most @p maxBytes, without ever blocking:
 * opened with O_NONBLOCK (a FIFO with no writer would otherwise wait for good), checked with
 * fstat on the open file (not the name, which could change in between), and read to at most
 * @p maxBytes + 1 bytes (a file that grows meanwhile is still refused). With @p followLinks
 * false, a symbolic link is refused too (O_NOFOLLOW). Fills @p bytes when it succeeds.
 */
/** What a file of st_mode @p mode is, for a message: "a FIFO (named pipe)", "a device"… */
QString describeFileKind(unsigned mode);

BoundedRead readOrdinaryFile(const QString &path, qint64 maxBytes, bool followLinks, QByteArray *bytes);

} // namespace ktl
