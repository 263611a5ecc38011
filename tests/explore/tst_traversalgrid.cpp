#include "explore/ImageMosaic.h"
#include "explore/LatentDirections.h"
#include "explore/TraversalGrid.h"

#include <QtTest>

#include <cmath>

using genlab::explore::ImageMosaic;
using genlab::explore::LatentDirections;
using genlab::explore::TraversalGrid;

namespace {

// Two orthonormal directions in 3-D at 45 degrees to the axes, with their own scales.
LatentDirections tiltedDirections()
{
    LatentDirections directions;
    directions.latentDim = 3;
    directions.source = LatentDirections::Source::EncoderMeans;
    directions.origin = {0.5f, -0.5f, 1.0f};
    const float h = float(std::sqrt(0.5));
    directions.axes = {{h, h, 0.0f}, {0.0f, 0.0f, 1.0f}};
    directions.scales = {2.0, 0.5};
    directions.explained = {0.8, 0.2};
    return directions;
}

} // namespace

class TraversalGridTest : public QObject
{
    Q_OBJECT

private slots:
    void codes_threeDimensionsSevenColumns_hasRowsTimesColumnsCodes();
    void codes_eachRow_changesOnlyItsOwnDimension();
    void codes_principalDirections_putTheRowCoordinateAtTheColumnValue();
    void columnValues_sevenColumns_runFromMinusThreeToThree();
    void moved_thereAndBack_restoresTheCodeExactly();
    void mosaic_sixTilesInThreeColumns_hasTwoRowsAndFindsTiles();
};

void TraversalGridTest::codes_threeDimensionsSevenColumns_hasRowsTimesColumnsCodes()
{
    const LatentDirections dims = LatentDirections::dimensions(5);
    const QVector<float> base(5, 0.25f);
    const QVector<float> codes = TraversalGrid::codes(dims, base, {0, 2, 4}, 7);
    QCOMPARE(codes.size(), 3 * 7 * 5);
    QCOMPARE(TraversalGrid::codes(dims, base, {1}, 9).size(), 9 * 5);
}

void TraversalGridTest::codes_eachRow_changesOnlyItsOwnDimension()
{
    const LatentDirections dims = LatentDirections::dimensions(4);
    const QVector<float> base{0.1f, -0.2f, 0.3f, -0.4f};
    const QVector<int> rows{0, 1, 2, 3};
    const QVector<float> codes = TraversalGrid::codes(dims, base, rows, 7);
    const QVector<double> values = TraversalGrid::columnValues(7);
    for (int r = 0; r < 4; ++r) {
        for (int c = 0; c < 7; ++c) {
            const QVector<float> code = codes.mid((r * 7 + c) * 4, 4);
            for (int k = 0; k < 4; ++k) {
                if (k == rows[r])
                    QVERIFY(std::abs(code[k] - values[c]) < 1e-6);
                else
                    QCOMPARE(code[k], base[k]);
            }
        }
    }
}

void TraversalGridTest::codes_principalDirections_putTheRowCoordinateAtTheColumnValue()
{
    const LatentDirections directions = tiltedDirections();
    const QVector<float> base{0.2f, 0.7f, -0.3f};
    const QVector<double> baseCoordinates = directions.coordinates(base);
    const QVector<float> codes = TraversalGrid::codes(directions, base, {0, 1}, 5);
    QCOMPARE(codes.size(), 2 * 5 * 3);
    const QVector<double> values = TraversalGrid::columnValues(5);
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < 5; ++c) {
            const QVector<double> coordinates = directions.coordinates(codes.mid((r * 5 + c) * 3, 3));
            QVERIFY(std::abs(coordinates[r] - values[c]) < 1e-5);
            QVERIFY(std::abs(coordinates[1 - r] - baseCoordinates[1 - r]) < 1e-5);
        }
    }
}

void TraversalGridTest::columnValues_sevenColumns_runFromMinusThreeToThree()
{
    QCOMPARE(TraversalGrid::columnValues(7), (QVector<double>{-3, -2, -1, 0, 1, 2, 3}));
    QCOMPARE(TraversalGrid::columnValues(1), QVector<double>{0.0});
}

void TraversalGridTest::moved_thereAndBack_restoresTheCodeExactly()
{
    const LatentDirections directions = tiltedDirections();
    const QVector<float> base{0.123f, -1.7f, 0.9f};
    const QVector<float> there = directions.moved(base, {0.37, -1.1});
    QVERIFY(there != base);
    QCOMPARE(directions.moved(base, {0.0, 0.0}), base);
    const QVector<double> coordinates = directions.coordinates(there);
    const QVector<double> before = directions.coordinates(base);
    QVERIFY(std::abs(coordinates[0] - before[0] - 0.37) < 1e-5);
    QVERIFY(std::abs(coordinates[1] - before[1] + 1.1) < 1e-5);
}

void TraversalGridTest::mosaic_sixTilesInThreeColumns_hasTwoRowsAndFindsTiles()
{
    QVector<QImage> tiles;
    for (int i = 0; i < 6; ++i) {
        QImage tile(4, 3, QImage::Format_Grayscale8);
        tile.fill(i * 40);
        tiles.append(tile);
    }
    const QImage mosaic = ImageMosaic::tile(tiles, 3, 2);
    QCOMPARE(mosaic.size(), QSize(3 * 4 + 4 * 2, 2 * 3 + 3 * 2));
    QCOMPARE(qGray(mosaic.pixel(2 + 6 + 1, 2 + 5 + 1)), 4 * 40); // tile 4 = row 1, column 1
    QCOMPARE(ImageMosaic::tileAt(QPoint(2 + 6 + 1, 2 + 5 + 1), QSize(4, 3), 3, 6, 2), 4);
    QCOMPARE(ImageMosaic::tileAt(QPoint(1, 1), QSize(4, 3), 3, 6, 2), -1);
    QCOMPARE(ImageMosaic::tileAt(QPoint(2 + 4, 3), QSize(4, 3), 3, 6, 2), -1); // in the gap
}

QTEST_GUILESS_MAIN(TraversalGridTest)
#include "tst_traversalgrid.moc"
