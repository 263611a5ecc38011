// The 2-D collapse frame: the heat map is the current critic's values, the coverage is the
// generator's, the arrows follow the critic's gradient.
#include "common/InputError.h"
#include "metrics/CollapseFrameBuilder.h"

#include <QtTest>

#include <cmath>

using genlab::metrics::CollapseFrame;
using genlab::metrics::CollapseFrameBuilder;
using genlab::metrics::CollapseSource;

namespace {

QVector<QPointF> ring8Points(int count)
{
    QVector<QPointF> points;
    for (int i = 0; i < count; ++i) {
        const double angle = 2.0 * M_PI * (i % 8) / 8.0;
        points << QPointF(std::cos(angle), std::sin(angle));
    }
    return points;
}

// A generator that sends every code to the mode `mode` of ring8 (a complete collapse).
CollapseSource collapsedOnMode(int mode)
{
    CollapseSource source;
    source.step = 42;
    source.modelKind = QStringLiteral("gan");
    source.dataName = QStringLiteral("ring8");
    source.latentDim = 3;
    source.real = ring8Points(800);
    const double angle = 2.0 * M_PI * mode / 8.0;
    source.decodePoints = [angle](const QVector<float>& codes) {
        return QVector<QPointF>(codes.size() / 3, QPointF(std::cos(angle), std::sin(angle)));
    };
    return source;
}

double knownCritic(const QPointF& p)
{
    return 2.0 * p.x() - 3.0 * p.y() + 0.5;
}

} // namespace

class CollapseFrameTest : public QObject
{
    Q_OBJECT

private slots:
    void build_knownCritic_heatMapHoldsItsValuesAtCellCentres()
    {
        CollapseSource source = collapsedOnMode(0);
        source.criticValues = [](const QVector<QPointF>& points) {
            QVector<double> values;
            for (const QPointF& p : points)
                values << knownCritic(p);
            return values;
        };
        const CollapseFrame frame = CollapseFrameBuilder::build(source);
        QVERIFY(frame.hasCritic());
        QCOMPARE(frame.columns, CollapseFrameBuilder::kHeatCells);
        QCOMPARE(frame.critic.size(), frame.columns * frame.rows);
        const QRectF area = frame.area;
        for (int row : {0, 17, frame.rows - 1})
            for (int column : {0, 60, frame.columns - 1}) {
                const QPointF centre(area.left() + (column + 0.5) * area.width() / frame.columns,
                                     area.top() + (row + 0.5) * area.height() / frame.rows);
                QVERIFY(std::abs(frame.criticAt(column, row) - knownCritic(centre)) < 1e-12);
            }
        // Row 0 is the bottom: with -3y the critic is largest there.
        QVERIFY(frame.criticAt(0, 0) > frame.criticAt(0, frame.rows - 1));
    }

    void build_knownCritic_arrowsFollowItsGradient()
    {
        CollapseSource source = collapsedOnMode(2);
        source.criticValues = [](const QVector<QPointF>& points) {
            QVector<double> values;
            for (const QPointF& p : points)
                values << knownCritic(p);
            return values;
        };
        const CollapseFrame frame = CollapseFrameBuilder::build(source);
        QCOMPARE(frame.gradient.size(), CollapseFrameBuilder::kGradientCount);
        for (const QPointF& g : frame.gradient) {
            QVERIFY(std::abs(g.x() - 2.0) < 1e-6);
            QVERIFY(std::abs(g.y() + 3.0) < 1e-6);
        }
    }

    void build_withoutCritic_hasNoHeatMap()
    {
        const CollapseFrame frame = CollapseFrameBuilder::build(collapsedOnMode(1));
        QVERIFY(!frame.hasCritic());
        QVERIFY(frame.gradient.isEmpty());
        QCOMPARE(frame.step, qint64(42));
    }

    void build_collapsedGenerator_coversOneMode()
    {
        const CollapseFrame frame = CollapseFrameBuilder::build(collapsedOnMode(5));
        QCOMPARE(frame.generated.size(), CollapseFrameBuilder::kGeneratedCount);
        QCOMPARE(frame.modeCount, 8);
        QCOMPARE(frame.modes, 1);
        QCOMPARE(frame.hq, 1.0);
        QCOMPARE(frame.highQualityPerMode[5], CollapseFrameBuilder::kGeneratedCount);
        QVERIFY(std::abs(frame.rkl - std::log(8.0)) < 1e-9);
    }

    void build_generatorOnEveryMode_coversAll()
    {
        CollapseSource source = collapsedOnMode(0);
        source.decodePoints = [](const QVector<float>& codes) { return ring8Points(codes.size() / 3); };
        const CollapseFrame frame = CollapseFrameBuilder::build(source);
        QCOMPARE(frame.modes, 8);
        QVERIFY(frame.rkl < 1e-3);
    }

    void build_spiral_hasNoModes()
    {
        CollapseSource source = collapsedOnMode(0);
        source.dataName = QStringLiteral("spiral");
        QVERIFY(!CollapseFrameBuilder::build(source).hasModes());
    }

    void build_transport_startsOnTheNoiseGridAndEndsWhereTheGeneratorSends()
    {
        CollapseSource source = collapsedOnMode(0);
        // Identity on the first two coordinates: each line ends at its own code.
        source.decodePoints = [](const QVector<float>& codes) {
            QVector<QPointF> points;
            for (int i = 0; i + 2 < codes.size(); i += 3)
                points << QPointF(codes[i], codes[i + 1]);
            return points;
        };
        const CollapseFrame frame = CollapseFrameBuilder::build(source);
        const int side = CollapseFrameBuilder::kTransportSide;
        QCOMPARE(frame.transportFrom.size(), side * side);
        QCOMPARE(frame.transportTo.size(), side * side);
        QCOMPARE(frame.transportTo.first(), QPointF(-2, -2));
        QCOMPARE(frame.transportTo.last(), QPointF(2, 2));
    }

    void build_fixedNoise_isTheSameEveryFrame()
    {
        QCOMPARE(CollapseFrameBuilder::fixedNoise(10, 3, 7), CollapseFrameBuilder::fixedNoise(10, 3, 7));
        QVERIFY(CollapseFrameBuilder::fixedNoise(10, 3, 7) != CollapseFrameBuilder::fixedNoise(10, 3, 8));
    }

    void build_noGenerator_reportsError()
    {
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, CollapseFrameBuilder::build(CollapseSource{}));
    }
};

QTEST_GUILESS_MAIN(CollapseFrameTest)
#include "tst_collapseframe.moc"
