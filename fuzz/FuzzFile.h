#pragma once

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace genlab::fuzz {

// The readers take paths, so every input is written to a file in one temporary folder made
// once per process (a folder per input would cost more than the parse).
inline QDir& scratchFolder()
{
    static QTemporaryDir folder;
    static QDir dir(folder.path());
    return dir;
}

inline QString writeInput(const QString& name, const uint8_t* data, size_t size)
{
    const QString path = scratchFolder().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        abort();
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}

} // namespace genlab::fuzz
