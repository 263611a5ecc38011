#include "CacheDirectory.h"

#include <QDir>
#include <QFile>

namespace genlab {

QString cacheDirectory()
{
    const QString explicitDir = QFile::decodeName(qgetenv("GENLAB_CACHE_DIR"));
    if (!explicitDir.isEmpty())
        return explicitDir;
    QString xdg = QFile::decodeName(qgetenv("XDG_CACHE_HOME"));
    if (xdg.isEmpty())
        xdg = QDir::home().filePath(QStringLiteral(".cache"));
    return QDir(xdg).filePath(QStringLiteral("genlab"));
}

} // namespace genlab
