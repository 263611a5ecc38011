#include "explore/PrincipalDirections.h"

#include <QtTest>

#include <cmath>
#include <random>

using genlab::explore::LatentDirections;
using genlab::explore::PrincipalDirections;

class PrincipalDirectionsTest : public QObject
{
    Q_OBJECT

private slots:
    void ofCodes_elongatedCloud_findsItsLongAxisFirstWithItsSpread();
    void ofOutputVariance_outputDrivenByOneDimension_putsThatDimensionFirst();
};

void PrincipalDirectionsTest::ofCodes_elongatedCloud_findsItsLongAxisFirstWithItsSpread()
{
    // 3-D codes around (1, 2, 3): spread 4 along (1, 1, 0)/sqrt2, 1 along z, 0.1 along (1, -1, 0)/sqrt2.
    std::mt19937 engine(11);
    std::normal_distribution<double> normal;
    const double h = std::sqrt(0.5);
    QVector<float> codes;
    for (int i = 0; i < 4000; ++i) {
        const double a = 4.0 * normal(engine), b = 1.0 * normal(engine), c = 0.1 * normal(engine);
        codes << float(1.0 + h * a + h * c) << float(2.0 + h * a - h * c) << float(3.0 + b);
    }
    const LatentDirections directions = PrincipalDirections::ofCodes(codes, 3, 2);
    QCOMPARE(directions.count(), 2);
    QCOMPARE(directions.source, LatentDirections::Source::EncoderMeans);
    QVERIFY(std::abs(directions.axes[0][0] - h) < 0.02 && std::abs(directions.axes[0][1] - h) < 0.02);
    QVERIFY(std::abs(std::abs(directions.axes[1][2]) - 1.0) < 0.02);
    QVERIFY(std::abs(directions.scales[0] - 4.0) < 0.2);
    QVERIFY(std::abs(directions.scales[1] - 1.0) < 0.05);
    QVERIFY(directions.explained[0] > 0.9);
    QVERIFY(std::abs(directions.origin[0] - 1.0f) < 0.2 && std::abs(directions.origin[2] - 3.0f) < 0.1);
}

void PrincipalDirectionsTest::ofOutputVariance_outputDrivenByOneDimension_putsThatDimensionFirst()
{
    // Prior codes in 4-D; the 6-D output depends strongly on z2, weakly on z0, not on z1, z3.
    std::mt19937 engine(12);
    std::normal_distribution<double> normal;
    QVector<float> codes, outputs;
    for (int i = 0; i < 1000; ++i) {
        double z[4];
        for (double& value : z)
            value = normal(engine);
        for (double value : z)
            codes << float(value);
        for (int j = 0; j < 6; ++j)
            outputs << float(std::tanh(0.1 * j) + 2.0 * z[2] * (j % 2 ? 1 : -1) + 0.3 * z[0]);
    }
    const LatentDirections directions = PrincipalDirections::ofOutputVariance(codes, 4, outputs, 6, 4);
    QCOMPARE(directions.source, LatentDirections::Source::GeneratorOutput);
    QCOMPARE(directions.count(), 4);
    QVERIFY(std::abs(std::abs(directions.axes[0][2]) - 1.0) < 0.01);
    QVERIFY(std::abs(std::abs(directions.axes[1][0]) - 1.0) < 0.01);
    QVERIFY(directions.explained[0] > directions.explained[1]);
    QVERIFY(directions.explained[2] < 1e-3);
    QCOMPARE(directions.origin, QVector<float>(4, 0.0f));
}

QTEST_GUILESS_MAIN(PrincipalDirectionsTest)
#include "tst_principaldirections.moc"
