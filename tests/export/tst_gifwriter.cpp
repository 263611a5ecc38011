#include "common/InputError.h"
#include "export/GifWriter.h"
#include "run/RunDirectory.h"
#include "run/RunTimeline.h"

#include <QImageReader>
#include <QTemporaryDir>
#include <QtTest>

#include <gif_lib.h>

using genlab::exporting::GifWriter;
using genlab::run::RunTimeline;

namespace {

// What giflib reads back: frame count, canvas size, the first frame's delay and its pixels.
struct DecodedGif {
    int frames = 0;
    QSize size;
    int delayHundredths = -1;
    QVector<QRgb> firstFramePixels;
};

DecodedGif decode(const QString& file)
{
    DecodedGif result;
    int error = 0;
    GifFileType* gif = DGifOpenFileName(file.toLocal8Bit().constData(), &error);
    if (!gif)
        return result;
    if (DGifSlurp(gif) == GIF_OK) {
        result.frames = gif->ImageCount;
        result.size = QSize(gif->SWidth, gif->SHeight);
        GraphicsControlBlock control;
        if (gif->ImageCount > 0 && DGifSavedExtensionToGCB(gif, 0, &control) == GIF_OK)
            result.delayHundredths = control.DelayTime;
        if (gif->ImageCount > 0) {
            const SavedImage& first = gif->SavedImages[0];
            const ColorMapObject* map = first.ImageDesc.ColorMap ? first.ImageDesc.ColorMap : gif->SColorMap;
            const int count = first.ImageDesc.Width * first.ImageDesc.Height;
            for (int i = 0; i < count; ++i) {
                const GifColorType colour = map->Colors[first.RasterBits[i]];
                result.firstFramePixels.append(qRgb(colour.Red, colour.Green, colour.Blue));
            }
        }
    }
    DGifCloseFile(gif, &error);
    return result;
}

QImage greyRamp(int width, int height, int offset)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.scanLine(y)[x] = uchar((x * 7 + y * 3 + offset) % 256);
    return image;
}

} // namespace

class GifWriterTest : public QObject
{
    Q_OBJECT

private slots:
    void write_greyFrames_decodesToSameCountSizeDelayAndExactPixels()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("grey.gif"));
        QVector<QImage> frames;
        for (int i = 0; i < 5; ++i)
            frames.append(greyRamp(30, 20, i * 10));
        GifWriter::Options options;
        options.delayMs = 250;
        GifWriter::write(file, frames, options);
        const DecodedGif gif = decode(file);
        QCOMPARE(gif.frames, 5);
        QCOMPARE(gif.size, QSize(30, 20));
        QCOMPARE(gif.delayHundredths, 25);
        for (int i = 0; i < 30 * 20; ++i)
            QCOMPARE(qGray(gif.firstFramePixels[i]), qGray(frames[0].pixel(i % 30, i / 30)));
    }

    void write_scale_enlargesEveryFrameByNearestNeighbour()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("scaled.gif"));
        GifWriter::Options options;
        options.scale = 3;
        GifWriter::write(file, {greyRamp(28, 28, 0), greyRamp(28, 28, 5)}, options);
        const DecodedGif gif = decode(file);
        QCOMPARE(gif.frames, 2);
        QCOMPARE(gif.size, QSize(84, 84));
        // Pixel (1, 0) of the original fills x = 3..5 of row 0.
        QCOMPARE(qGray(gif.firstFramePixels[3]), 7);
        QCOMPARE(qGray(gif.firstFramePixels[5]), 7);
        // Qt's own reader agrees on the frame count.
        QImageReader reader(file);
        QCOMPARE(reader.imageCount(), 2);
    }

    void write_colourFrames_keepsColoursClose()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("colour.gif"));
        QImage image(16, 16, QImage::Format_RGB32);
        image.fill(QColor(200, 30, 40));
        image.setPixel(3, 3, qRgb(20, 120, 220));
        GifWriter::write(file, {image});
        const DecodedGif gif = decode(file);
        QCOMPARE(gif.frames, 1);
        const QRgb red = gif.firstFramePixels[0];
        const QRgb blue = gif.firstFramePixels[3 * 16 + 3];
        QVERIFY(std::abs(qRed(red) - 200) <= 8 && std::abs(qGreen(red) - 30) <= 8);
        QVERIFY(std::abs(qBlue(blue) - 220) <= 8 && std::abs(qRed(blue) - 20) <= 8);
    }

    void write_badInput_reportsInputErrorAndLeavesOldFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("kept.gif"));
        GifWriter::write(file, {greyRamp(8, 8, 0)});
        const QByteArray before = [&] {
            QFile f(file);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, GifWriter::write(file, {}));
        GifWriter::Options tooBig;
        tooBig.scale = 17;
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, GifWriter::write(file, {greyRamp(8, 8, 0)}, tooBig));
        QVERIFY_THROWS_EXCEPTION(
            genlab::InputError,
            GifWriter::write(dir.filePath(QStringLiteral("no/such/dir/x.gif")), {greyRamp(8, 8, 0)}));
        QFile after(file);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    void runTimeline_pngSamples_inStepOrder()
    {
        QTemporaryDir dir;
        genlab::run::RunDirectory run(dir.path());
        run.writeSampleImage(200, greyRamp(10, 10, 2));
        run.writeSampleImage(50, greyRamp(10, 10, 1));
        const QVector<RunTimeline::Frame> frames = RunTimeline::load(dir.path());
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames[0].step, 50);
        QCOMPARE(frames[1].step, 200);
        QCOMPARE(frames[0].image.size(), QSize(10, 10));
    }

    void runTimeline_pointSamples_drawnOnSharedAxes()
    {
        QTemporaryDir dir;
        genlab::run::RunDirectory run(dir.path());
        run.writeSamplePoints(10, {QPointF(0, 0), QPointF(1, 1)});
        run.writeSamplePoints(20, {QPointF(0.5, 0.5)});
        const QVector<RunTimeline::Frame> frames = RunTimeline::load(dir.path());
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames[0].image.size(), frames[1].image.size());
        QVERIFY(!frames[0].image.isGrayscale()); // blue points on white
    }

    void runTimeline_folderWithoutSamples_reportsInputError()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, RunTimeline::load(dir.path()));
    }
};

QTEST_GUILESS_MAIN(GifWriterTest)
#include "tst_gifwriter.moc"
