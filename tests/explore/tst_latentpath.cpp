#include "explore/LatentPath.h"

#include <QtTest>

#include <cmath>
#include <random>

using genlab::explore::LatentPath;

namespace {

QVector<float> unitRandom(int dim, unsigned seed)
{
    std::mt19937 engine(seed);
    std::normal_distribution<float> normal;
    QVector<float> code(dim);
    double sum = 0.0;
    for (float& value : code) {
        value = normal(engine);
        sum += double(value) * double(value);
    }
    for (float& value : code)
        value = float(value / std::sqrt(sum));
    return code;
}

} // namespace

class LatentPathTest : public QObject
{
    Q_OBJECT

private slots:
    void interpolate_anyMode_startsAndEndsAtTheEndPoints_data();
    void interpolate_anyMode_startsAndEndsAtTheEndPoints();
    void slerp_unitNormEndPoints_keepsTheNormBetweenTheEndPointsNorms();
    void lerp_unitNormEndPoints_dipsBelowOneInTheMiddle();
    void slerp_endPointsOfDifferentNorms_interpolatesTheNormLinearly();
    void slerp_parallelEndPoints_fallsBackToTheLine();
    void interpolate_mismatchedSizes_givesNothing();
};

void LatentPathTest::interpolate_anyMode_startsAndEndsAtTheEndPoints_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("linear") << int(LatentPath::Mode::Linear);
    QTest::newRow("spherical") << int(LatentPath::Mode::Spherical);
}

void LatentPathTest::interpolate_anyMode_startsAndEndsAtTheEndPoints()
{
    QFETCH(int, mode);
    const QVector<float> a = unitRandom(8, 1);
    const QVector<float> b = unitRandom(8, 2);
    const QVector<float> path = LatentPath::interpolate(a, b, 5, LatentPath::Mode(mode));
    QCOMPARE(path.size(), 5 * 8);
    QCOMPARE(path.mid(0, 8), a);
    QCOMPARE(path.mid(4 * 8, 8), b);
    QVERIFY(path.mid(2 * 8, 8) != a && path.mid(2 * 8, 8) != b);
}

void LatentPathTest::slerp_unitNormEndPoints_keepsTheNormBetweenTheEndPointsNorms()
{
    for (unsigned seed = 0; seed < 20; ++seed) {
        const QVector<float> a = unitRandom(16, 2 * seed);
        const QVector<float> b = unitRandom(16, 2 * seed + 1);
        const QVector<double> norms =
            LatentPath::norms(LatentPath::interpolate(a, b, 11, LatentPath::Mode::Spherical), 16);
        QCOMPARE(norms.size(), 11);
        for (double norm : norms)
            QVERIFY2(std::abs(norm - 1.0) < 1e-5, qPrintable(QString::number(norm, 'g', 10)));
    }
}

void LatentPathTest::lerp_unitNormEndPoints_dipsBelowOneInTheMiddle()
{
    const QVector<float> a = unitRandom(16, 3);
    const QVector<float> b = unitRandom(16, 4);
    const QVector<double> norms =
        LatentPath::norms(LatentPath::interpolate(a, b, 11, LatentPath::Mode::Linear), 16);
    double cosine = 0.0;
    for (int k = 0; k < 16; ++k)
        cosine += double(a[k]) * double(b[k]);
    // Half-way the line is at (a + b) / 2, whose norm is sqrt((1 + cos) / 2) < 1.
    QVERIFY(norms[5] < 0.95);
    QVERIFY(std::abs(norms[5] - std::sqrt((1.0 + cosine) / 2.0)) < 1e-5);
    QVERIFY(std::abs(norms[0] - 1.0) < 1e-6 && std::abs(norms[10] - 1.0) < 1e-6);
}

void LatentPathTest::slerp_endPointsOfDifferentNorms_interpolatesTheNormLinearly()
{
    QVector<float> a = unitRandom(4, 5);
    QVector<float> b = unitRandom(4, 6);
    for (float& value : b)
        value *= 3.0f;
    const QVector<double> norms =
        LatentPath::norms(LatentPath::interpolate(a, b, 5, LatentPath::Mode::Spherical), 4);
    for (int f = 0; f < 5; ++f)
        QVERIFY(std::abs(norms[f] - (1.0 + 2.0 * f / 4.0)) < 1e-5);
}

void LatentPathTest::slerp_parallelEndPoints_fallsBackToTheLine()
{
    const QVector<float> a{1.0f, 0.0f};
    const QVector<float> b{2.0f, 0.0f};
    const QVector<float> path = LatentPath::interpolate(a, b, 3, LatentPath::Mode::Spherical);
    QCOMPARE(path, (QVector<float>{1.0f, 0.0f, 1.5f, 0.0f, 2.0f, 0.0f}));
    const QVector<float> fromZero = LatentPath::interpolate({0.0f, 0.0f}, b, 3, LatentPath::Mode::Spherical);
    QCOMPARE(fromZero, (QVector<float>{0.0f, 0.0f, 1.0f, 0.0f, 2.0f, 0.0f}));
}

void LatentPathTest::interpolate_mismatchedSizes_givesNothing()
{
    QVERIFY(LatentPath::interpolate({1.0f, 2.0f}, {1.0f}, 4, LatentPath::Mode::Linear).isEmpty());
    QVERIFY(LatentPath::interpolate({1.0f}, {2.0f}, 0, LatentPath::Mode::Linear).isEmpty());
}

QTEST_GUILESS_MAIN(LatentPathTest)
#include "tst_latentpath.moc"
