#include "BuildInfo.h"

#include "TorchApi.h"
#include "Version.h"

namespace genlab {

QString BuildInfo::genlabVersion()
{
    return QString::fromLatin1(kVersion);
}

QString BuildInfo::torchVersion()
{
    return QStringLiteral(TORCH_VERSION);
}

QString BuildInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString BuildInfo::summary()
{
    return QStringLiteral("genlab %1 (LibTorch %2, Qt %3)").arg(genlabVersion(), torchVersion(), qtVersion());
}

} // namespace genlab
