#pragma once

#include <QImage>
#include <QString>
#include <QVector>

namespace genlab::exporting {

// Writes frames as one animated GIF (giflib): how training progressed, an interpolation.
// Grey frames keep their exact 256 shades; colour frames get a median-cut palette of their
// own. The file is written through a temporary file and a rename, so an existing file is
// either replaced whole or left as it was.
class GifWriter
{
public:
    struct Options {
        int delayMs = 200; // between frames (GIF stores hundredths of a second)
        int scale = 1;     // nearest-neighbour enlargement, 1..16
        bool loop = true;  // play forever (the NETSCAPE2.0 extension)
    };

    // Throws InputError for no frames, bad options or a file that cannot be written. Frames
    // of different sizes are placed top-left on a grey canvas of the largest size.
    static void write(const QString& file, const QVector<QImage>& frames, const Options& options);
    static void write(const QString& file, const QVector<QImage>& frames);
    // The same GIF as bytes.
    static QByteArray encode(const QVector<QImage>& frames, const Options& options);
};

} // namespace genlab::exporting
