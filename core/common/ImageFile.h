#pragma once

#include <QImage>
#include <QString>

namespace genlab {

// Reads an image file (any format Qt reads) and throws InputError naming the file when it
// cannot, in one line: nothing else reaches stderr. A PNG's chunks are checked first (complete,
// CRC-32 intact), since libpng prints its own errors to stderr; the size the header declares is
// checked before anything is decoded (more than kMaxPixels is refused); and what Qt's decoders
// print while reading (libjpeg's warnings, say) is caught on the reading thread and folded
// into the message.
class ImageFile
{
public:
    static constexpr qint64 kMaxPixels = 64LL * 1024 * 1024; // 256 MB as 32-bit pixels, Qt's own limit

    static QImage read(const QString& path);
};

} // namespace genlab
