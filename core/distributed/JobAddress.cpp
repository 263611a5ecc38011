#include "JobAddress.h"

#include "common/InputError.h"

#include <QCoreApplication>

namespace genlab::distributed {

void JobAddress::validate() const
{
    if (worldSize < 1)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "world size %1: a job needs at least one process")
                .arg(worldSize));
    if (rank < 0 || rank >= worldSize)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "rank %1: a job of %2 processes has ranks 0 to %3")
                .arg(rank)
                .arg(worldSize)
                .arg(worldSize - 1));
    if (timeout.count() < 1)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "timeout %1 s: give at least one second")
                .arg(timeout.count()));
}

void JobAddress::setMaster(const QString& hostAndPort)
{
    const int colon = hostAndPort.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? hostAndPort.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || port == 0 || port > 65535)
        throw InputError(QCoreApplication::translate(
                             "genlab::Errors", "master '%1': expected HOST:PORT, such as 10.0.0.1:29500")
                             .arg(hostAndPort));
    host = hostAndPort.left(colon);
    this->port = static_cast<uint16_t>(port);
}

QString JobAddress::master() const
{
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

bool JobAddress::isLoopback() const
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127."));
}

} // namespace genlab::distributed
