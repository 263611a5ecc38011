#include "GifWriter.h"

#include "common/InputError.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>

#include <gif_lib.h>

#include <memory>
#include <vector>

namespace genlab::exporting {

namespace {

constexpr int kMaxScale = 16;
constexpr int kMaxSide = 65535; // GIF stores sizes in 16 bits

int appendToBuffer(GifFileType* gif, const GifByteType* data, int length)
{
    static_cast<QByteArray*>(gif->UserData)->append(reinterpret_cast<const char*>(data), length);
    return length;
}

struct MapDeleter {
    void operator()(ColorMapObject* map) const { GifFreeMapObject(map); }
};
using ColorMap = std::unique_ptr<ColorMapObject, MapDeleter>;

QString gifError(int code)
{
    const char* text = GifErrorString(code);
    return text ? QString::fromLatin1(text)
                : QCoreApplication::translate("genlab::Errors", "giflib error %1").arg(code);
}

// One frame as palette indices plus its palette.
struct IndexedFrame {
    std::vector<GifByteType> pixels;
    ColorMap map;
};

IndexedFrame indexFrame(const QImage& frame)
{
    const int width = frame.width();
    const int height = frame.height();
    IndexedFrame indexed;
    indexed.pixels.resize(size_t(width) * height);
    if (frame.isGrayscale()) {
        const QImage grey = frame.convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < height; ++y)
            std::copy_n(grey.constScanLine(y), width, indexed.pixels.data() + size_t(y) * width);
        indexed.map.reset(GifMakeMapObject(256, nullptr));
        for (int i = 0; i < 256; ++i)
            indexed.map->Colors[i] = GifColorType{GifByteType(i), GifByteType(i), GifByteType(i)};
        return indexed;
    }
    const QImage rgb = frame.convertToFormat(QImage::Format_RGB32);
    std::vector<GifByteType> red(indexed.pixels.size()), green(red.size()), blue(red.size());
    for (int y = 0; y < height; ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < width; ++x) {
            const size_t at = size_t(y) * width + x;
            red[at] = GifByteType(qRed(line[x]));
            green[at] = GifByteType(qGreen(line[x]));
            blue[at] = GifByteType(qBlue(line[x]));
        }
    }
    int colours = 256;
    std::vector<GifColorType> palette(256);
    if (GifQuantizeBuffer(unsigned(width), unsigned(height), &colours, red.data(), green.data(), blue.data(),
                          indexed.pixels.data(), palette.data()) == GIF_ERROR)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "GIF: cannot reduce a frame to 256 colours"));
    // A GIF palette has a power-of-two size; unused entries stay black.
    indexed.map.reset(GifMakeMapObject(256, palette.data()));
    return indexed;
}

} // namespace

QByteArray GifWriter::encode(const QVector<QImage>& frames, const Options& options)
{
    if (frames.isEmpty())
        throw InputError(QCoreApplication::translate("genlab::Errors", "GIF: there are no frames to write"));
    if (options.scale < 1 || options.scale > kMaxScale)
        throw InputError(QCoreApplication::translate("genlab::Errors", "GIF: scale %1 is outside 1..%2")
                             .arg(options.scale)
                             .arg(kMaxScale));
    if (options.delayMs < 0 || options.delayMs > 655350)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "GIF: a frame delay of %1 ms is outside 0..655350")
                .arg(options.delayMs));
    QSize canvas;
    for (const QImage& frame : frames) {
        if (frame.isNull())
            throw InputError(QCoreApplication::translate("genlab::Errors", "GIF: a frame is empty"));
        canvas = canvas.expandedTo(frame.size());
    }
    canvas *= options.scale;
    if (canvas.width() > kMaxSide || canvas.height() > kMaxSide)
        throw InputError(QCoreApplication::translate(
                             "genlab::Errors", "GIF: frames of %1 x %2 pixels are larger than a GIF can hold")
                             .arg(canvas.width())
                             .arg(canvas.height()));

    QByteArray bytes;
    int error = 0;
    GifFileType* gif = EGifOpen(&bytes, appendToBuffer, &error);
    if (!gif)
        throw InputError(QCoreApplication::translate("genlab::Errors", "GIF: %1").arg(gifError(error)));
    auto fail = [&](const char* what) {
        const int code = gif->Error;
        EGifCloseFile(gif, &error);
        throw InputError(QCoreApplication::translate("genlab::Errors", "GIF: %1: %2")
                             .arg(QCoreApplication::translate("genlab::Errors", what), gifError(code)));
    };
    EGifSetGifVersion(gif, true);
    if (EGifPutScreenDesc(gif, canvas.width(), canvas.height(), 8, 0, nullptr) == GIF_ERROR)
        fail(QT_TRANSLATE_NOOP("genlab::Errors", "screen descriptor"));
    if (options.loop) {
        static const GifByteType application[] = {'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0'};
        static const GifByteType loopForever[] = {1, 0, 0};
        if (EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
            EGifPutExtensionBlock(gif, sizeof application, application) == GIF_ERROR ||
            EGifPutExtensionBlock(gif, sizeof loopForever, loopForever) == GIF_ERROR ||
            EGifPutExtensionTrailer(gif) == GIF_ERROR)
            fail(QT_TRANSLATE_NOOP("genlab::Errors", "loop extension"));
    }
    for (const QImage& original : frames) {
        QImage frame = original;
        if (frame.size() * options.scale != canvas) {
            QImage padded(canvas / options.scale,
                          original.isGrayscale() ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
            padded.fill(QColor(128, 128, 128));
            QPainter painter(&padded);
            painter.drawImage(0, 0, original);
            painter.end();
            frame = padded;
        }
        if (options.scale > 1)
            frame = frame.scaled(canvas, Qt::IgnoreAspectRatio, Qt::FastTransformation);
        IndexedFrame indexed = indexFrame(frame);

        GraphicsControlBlock control{};
        control.DisposalMode = DISPOSE_DO_NOT;
        control.UserInputFlag = false;
        control.DelayTime = (options.delayMs + 5) / 10;
        control.TransparentColor = NO_TRANSPARENT_COLOR;
        GifByteType extension[4];
        EGifGCBToExtension(&control, extension);
        if (EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, sizeof extension, extension) == GIF_ERROR)
            fail(QT_TRANSLATE_NOOP("genlab::Errors", "frame delay"));
        if (EGifPutImageDesc(gif, 0, 0, canvas.width(), canvas.height(), false, indexed.map.get()) ==
            GIF_ERROR)
            fail(QT_TRANSLATE_NOOP("genlab::Errors", "image descriptor"));
        for (int y = 0; y < canvas.height(); ++y)
            if (EGifPutLine(gif, indexed.pixels.data() + size_t(y) * canvas.width(), canvas.width()) ==
                GIF_ERROR)
                fail(QT_TRANSLATE_NOOP("genlab::Errors", "pixels"));
    }
    if (EGifCloseFile(gif, &error) == GIF_ERROR)
        throw InputError(QCoreApplication::translate("genlab::Errors", "GIF: %1").arg(gifError(error)));
    return bytes;
}

void GifWriter::write(const QString& file, const QVector<QImage>& frames, const Options& options)
{
    const QByteArray bytes = encode(frames, options);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: cannot write: %2")
                             .arg(file, out.errorString()));
}

void GifWriter::write(const QString& file, const QVector<QImage>& frames)
{
    write(file, frames, Options{});
}

} // namespace genlab::exporting
