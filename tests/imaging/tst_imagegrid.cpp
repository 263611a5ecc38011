#include "common/InputError.h"
#include "common/TorchApi.h"
#include "imaging/ImageGrid.h"

#include <QtTest>

using genlab::imaging::ImageGrid;

class TestImageGrid : public QObject
{
    Q_OBJECT

private slots:
    void tile_fiveGreyImages_makesThreeByTwoGridWithPixelsInPlace()
    {
        torch::Tensor images = torch::zeros({5, 1, 4, 3});
        images[4][0][1][2] = 1.0; // last image, row 1, column 2: white
        images[0][0][0][0] = 2.0; // clamped to white
        const QImage grid = ImageGrid::tile(images);
        const int pad = ImageGrid::kPadding;
        QCOMPARE(grid.width(), 3 * 3 + 4 * pad);
        QCOMPARE(grid.height(), 2 * 4 + 3 * pad);
        // Image 4 sits in row 1, column 1.
        QCOMPARE(grid.pixel(pad + 1 * (3 + pad) + 2, pad + 1 * (4 + pad) + 1), qRgb(255, 255, 255));
        QCOMPARE(grid.pixel(pad + 1 * (3 + pad) + 1, pad + 1 * (4 + pad) + 1), qRgb(0, 0, 0));
        QCOMPARE(grid.pixel(pad, pad), qRgb(255, 255, 255));
        QCOMPARE(grid.pixel(0, 0), qRgb(128, 128, 128));
    }

    void tile_colourImage_keepsChannels()
    {
        torch::Tensor images = torch::zeros({1, 3, 2, 2});
        images[0][0][0][0] = 1.0;
        images[0][2][1][1] = 1.0;
        const QImage grid = ImageGrid::tile(images);
        const int pad = ImageGrid::kPadding;
        QCOMPARE(grid.pixel(pad, pad), qRgb(255, 0, 0));
        QCOMPARE(grid.pixel(pad + 1, pad + 1), qRgb(0, 0, 255));
    }

    void tile_wrongShape_reportsError()
    {
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, ImageGrid::tile(torch::zeros({4, 2})));
    }
};

QTEST_GUILESS_MAIN(TestImageGrid)
#include "tst_imagegrid.moc"
