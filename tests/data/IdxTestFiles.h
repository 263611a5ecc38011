#pragma once

// Writes small IDX files (raw or gzip) for the data tests.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <zlib.h>

#include <cstdint>
#include <vector>

namespace genlab::testing {

inline void appendBigEndian32(QByteArray& bytes, uint32_t value)
{
    bytes.append(char((value >> 24) & 0xFF));
    bytes.append(char((value >> 16) & 0xFF));
    bytes.append(char((value >> 8) & 0xFF));
    bytes.append(char(value & 0xFF));
}

inline QByteArray idxBytes(uint32_t magic, const std::vector<uint32_t>& dimensions, const QByteArray& payload)
{
    QByteArray bytes;
    appendBigEndian32(bytes, magic);
    for (uint32_t size : dimensions)
        appendBigEndian32(bytes, size);
    bytes.append(payload);
    return bytes;
}

// Pixel i of the whole file has the value i % 251, so tests can tell every byte apart.
inline QByteArray patternPixels(int64_t count)
{
    QByteArray pixels(int(count), '\0');
    for (int64_t i = 0; i < count; ++i)
        pixels[int(i)] = char(uint8_t(i % 251));
    return pixels;
}

inline bool writeFile(const QString& path, const QByteArray& bytes, bool gzip)
{
    if (!gzip) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    gzFile file = gzopen(QFile::encodeName(path).constData(), "wb");
    if (!file)
        return false;
    const int written = bytes.isEmpty() ? 0 : gzwrite(file, bytes.constData(), unsigned(bytes.size()));
    return gzclose(file) == Z_OK && written == bytes.size();
}

inline bool writeImages(const QString& path, uint32_t count, uint32_t rows, uint32_t cols, bool gzip,
                        int64_t actualImages = -1)
{
    const int64_t images = actualImages < 0 ? count : actualImages;
    return writeFile(path, idxBytes(0x00000803, {count, rows, cols}, patternPixels(images * rows * cols)),
                     gzip);
}

inline bool writeLabels(const QString& path, const std::vector<uint8_t>& labels, bool gzip,
                        int64_t claimedCount = -1)
{
    QByteArray payload;
    for (uint8_t label : labels)
        payload.append(char(label));
    const auto count = uint32_t(claimedCount < 0 ? int64_t(labels.size()) : claimedCount);
    return writeFile(path, idxBytes(0x00000801, {count}, payload), gzip);
}

} // namespace genlab::testing
