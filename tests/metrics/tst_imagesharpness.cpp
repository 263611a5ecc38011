// The sharpness score (variance of the Laplacian) on hand-made images.
#include "metrics/ImageSharpness.h"

#include <QtTest>

using genlab::metrics::ImageSharpness;

namespace {

// A white square on black: sharp edges.
QImage squareImage(int side = 28)
{
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(0);
    for (int y = side / 4; y < 3 * side / 4; ++y)
        for (int x = side / 4; x < 3 * side / 4; ++x)
            image.scanLine(y)[x] = 255;
    return image;
}

// The same picture through a 3x3 box filter (edges clamped): what a blurring decoder draws.
QImage boxBlurred(const QImage& source)
{
    QImage out(source.size(), QImage::Format_Grayscale8);
    const int w = source.width(), h = source.height();
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            int sum = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    sum += source.constScanLine(std::clamp(y + dy, 0, h - 1))[std::clamp(x + dx, 0, w - 1)];
            out.scanLine(y)[x] = uchar((sum + 4) / 9);
        }
    return out;
}

} // namespace

class ImageSharpnessTest : public QObject
{
    Q_OBJECT

private slots:
    void laplacianVariance_blurredImage_scoresLowerThanSharpOne()
    {
        const QImage sharp = squareImage();
        const QImage blurred = boxBlurred(sharp);
        const QImage twiceBlurred = boxBlurred(blurred);
        const double sharpScore = ImageSharpness::laplacianVariance(sharp);
        const double blurredScore = ImageSharpness::laplacianVariance(blurred);
        QVERIFY(sharpScore > 0.0);
        QVERIFY2(blurredScore < 0.5 * sharpScore,
                 qPrintable(QStringLiteral("sharp %1, blurred %2").arg(sharpScore).arg(blurredScore)));
        QVERIFY(ImageSharpness::laplacianVariance(twiceBlurred) < blurredScore);
    }

    void laplacianVariance_singleBrightPixel_matchesHandComputedValue()
    {
        // One white pixel in a black 5x5 image: its interior 3x3 Laplacians are -4 at the centre
        // and +1 at its four neighbours, 0 at the four corners. Mean 0, variance (16 + 4) / 9.
        QImage image(5, 5, QImage::Format_Grayscale8);
        image.fill(0);
        image.scanLine(2)[2] = 255;
        QCOMPARE(ImageSharpness::laplacianVariance(image), 20.0 / 9.0);
    }

    void laplacianVariance_flatOrLinearImage_isZero()
    {
        QImage flat(16, 16, QImage::Format_Grayscale8);
        flat.fill(128);
        QCOMPARE(ImageSharpness::laplacianVariance(flat), 0.0);
        // A linear ramp has no second difference.
        QImage ramp(16, 16, QImage::Format_Grayscale8);
        for (int y = 0; y < 16; ++y)
            for (int x = 0; x < 16; ++x)
                ramp.scanLine(y)[x] = uchar(10 * x);
        QCOMPARE(ImageSharpness::laplacianVariance(ramp), 0.0);
    }

    void laplacianVariance_colourImage_scoresLikeItsGreyVersion()
    {
        const QImage grey = squareImage();
        const QImage colour = grey.convertToFormat(QImage::Format_RGB32);
        QCOMPARE(ImageSharpness::laplacianVariance(colour), ImageSharpness::laplacianVariance(grey));
    }

    void laplacianVariance_imageWithoutInterior_isZero()
    {
        QImage tiny(2, 8, QImage::Format_Grayscale8);
        tiny.fill(255);
        QCOMPARE(ImageSharpness::laplacianVariance(tiny), 0.0);
        QCOMPARE(ImageSharpness::laplacianVariance(QImage()), 0.0);
    }

    void meanLaplacianVariance_batch_averagesTheImages()
    {
        const QImage sharp = squareImage();
        const QImage blurred = boxBlurred(sharp);
        const double expected =
            (ImageSharpness::laplacianVariance(sharp) + ImageSharpness::laplacianVariance(blurred)) / 2.0;
        QCOMPARE(ImageSharpness::meanLaplacianVariance({sharp, blurred}), expected);
        QCOMPARE(ImageSharpness::meanLaplacianVariance({}), 0.0);
    }
};

QTEST_GUILESS_MAIN(ImageSharpnessTest)
#include "tst_imagesharpness.moc"
