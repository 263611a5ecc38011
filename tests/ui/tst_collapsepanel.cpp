// The mode-collapse tab: the heat map shows the current critic, curves and bars follow the
// frames, the alarm fires on a drop in modes covered and not on jitter.
#include "common/TorchApi.h"
#include "metrics/CollapseFrameBuilder.h"
#include "training/Trainer.h"
#include "training/TrainerSnapshot.h"
#include "ui/collapse/CollapsePanel.h"
#include "ui/collapse/CollapseView.h"
#include "ui/widgets/CountsBarChart.h"
#include "ui/widgets/CoverageTimeline.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace genlab;
using metrics::CollapseFrame;
using metrics::CollapseFrameBuilder;
using metrics::CollapseSource;
using ui::CollapsePanel;
using ui::CountsBarChart;

namespace {

// A GAN-like source on ring8 whose generator puts its points on the first `modes` modes and
// whose critic is a known plane.
CollapseSource source(qint64 step, int modes)
{
    CollapseSource s;
    s.step = step;
    s.modelKind = QStringLiteral("gan");
    s.dataName = QStringLiteral("ring8");
    s.latentDim = 2;
    for (int i = 0; i < 400; ++i)
        s.real << QPointF(std::cos(2 * M_PI * (i % 8) / 8), std::sin(2 * M_PI * (i % 8) / 8));
    s.decodePoints = [modes](const QVector<float>& codes) {
        QVector<QPointF> points;
        for (int i = 0; i < codes.size() / 2; ++i) {
            const double angle = 2 * M_PI * (i % modes) / 8;
            points << QPointF(std::cos(angle), std::sin(angle));
        }
        return points;
    };
    s.criticValues = [](const QVector<QPointF>& points) {
        QVector<double> values;
        for (const QPointF& p : points)
            values << p.x() * p.x() - p.y();
        return values;
    };
    return s;
}

training::TrainingConfig tinyGan()
{
    training::TrainingConfig config;
    config.model = QStringLiteral("gan");
    config.data = QStringLiteral("ring8");
    config.seed = 3;
    config.steps = 50;
    config.settings = {
        {QStringLiteral("width"), 16}, {QStringLiteral("depth"), 1}, {QStringLiteral("batch_size"), 32}};
    return config;
}

QPointF cellCentre(const CollapseFrame& frame, int column, int row)
{
    return QPointF(frame.area.left() + (column + 0.5) * frame.area.width() / frame.columns,
                   frame.area.top() + (row + 0.5) * frame.area.height() / frame.rows);
}

} // namespace

class CollapsePanelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void showFrame_knownCritic_heatMapCellsHoldItsValues()
    {
        CollapsePanel panel;
        const CollapseFrame frame = CollapseFrameBuilder::build(source(10, 8));
        panel.showFrame(frame);
        QCPColorMapData* data = panel.view()->heatMap()->data();
        QCOMPARE(data->keySize(), frame.columns);
        QCOMPARE(data->valueSize(), frame.rows);
        for (int row : {0, 31, frame.rows - 1})
            for (int column : {0, 50, frame.columns - 1}) {
                const QPointF c = cellCentre(frame, column, row);
                QVERIFY(std::abs(data->cell(column, row) - (c.x() * c.x() - c.y())) < 1e-9);
                // The colour map puts the cell where its centre is.
                double key = 0, value = 0;
                data->cellToCoord(column, row, &key, &value);
                QVERIFY(std::abs(key - c.x()) < 1e-9 && std::abs(value - c.y()) < 1e-9);
            }
        QCOMPARE(panel.view()->generatedPointCount(), CollapseFrameBuilder::kGeneratedCount);
        QCOMPARE(panel.bars()->counts().size(), 8);
    }

    void setCounts_twentyFiveModes_labelsEveryFifthBar_tenClassesLabelsEach()
    {
        CountsBarChart chart;
        chart.setCounts(QVector<int>(25, 3), {}, QStringLiteral("modes"));
        auto ticker = chart.plot()->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker);
        QCOMPARE(ticker->ticks().keys(), QList<double>({0, 5, 10, 15, 20}));
        chart.setCounts(QVector<int>(8, 3), {}, QStringLiteral("modes"));
        ticker = chart.plot()->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QCOMPARE(ticker->ticks().size(), 8);
        QStringList classes;
        for (int i = 0; i < 10; ++i)
            classes << QStringLiteral("class %1").arg(i);
        chart.setCounts(QVector<int>(10, 3), classes, QStringLiteral("classes"));
        ticker = chart.plot()->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QCOMPARE(ticker->ticks().value(9), QStringLiteral("class 9"));
        QCOMPARE(ticker->ticks().size(), 10);
    }

    void showSnapshot_trainedGan_heatMapIsTheSnapshotsCritic()
    {
        training::Trainer trainer(tinyGan());
        for (int i = 0; i < 10; ++i)
            trainer.step();
        const snapshot::ModelSnapshotPtr snapshot = genlab::training::TrainerSnapshot::capture(trainer);
        CollapsePanel panel;
        panel.showSnapshot(snapshot);
        QTRY_COMPARE_WITH_TIMEOUT(panel.framesShown(), 1, 20000);
        const CollapseFrame& frame = panel.view()->frame();
        QCOMPARE(frame.step, snapshot->step());
        QVERIFY(frame.hasCritic());
        QVector<QPointF> centres{cellCentre(frame, 0, 0), cellCentre(frame, 40, 70),
                                 cellCentre(frame, frame.columns - 1, frame.rows - 1)};
        const QVector<double> expected = snapshot->criticValues(centres);
        QCPColorMapData* data = panel.view()->heatMap()->data();
        QCOMPARE(data->cell(0, 0), expected[0]);
        QCOMPARE(data->cell(40, 70), expected[1]);
        QCOMPARE(data->cell(frame.columns - 1, frame.rows - 1), expected[2]);
        QVERIFY(expected[0] != expected[2]);
        QCOMPARE(panel.timeline()->pointCount(QStringLiteral("modes covered")), 1);
    }

    void showSnapshot_null_emptiesTheLab_andALateFrameOfTheDroppedModelIsNotShown()
    {
        training::Trainer trainer(tinyGan());
        for (int i = 0; i < 10; ++i)
            trainer.step();
        const snapshot::ModelSnapshotPtr snapshot = genlab::training::TrainerSnapshot::capture(trainer);
        CollapsePanel panel;
        panel.showSnapshot(snapshot);
        QTRY_COMPARE_WITH_TIMEOUT(panel.framesShown(), 1, 20000);
        QCOMPARE(panel.timeline()->pointCount(QStringLiteral("modes covered")), 1);
        // A new configuration (or a run opened): its model does not exist yet.
        panel.showSnapshot(nullptr);
        QCOMPARE(panel.timeline()->pointCount(QStringLiteral("modes covered")), 0);
        // A frame still being computed when the model was dropped is thrown away.
        panel.showSnapshot(snapshot);
        panel.showSnapshot(nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 20000);
        QTest::qWait(50);
        QCOMPARE(panel.framesShown(), 1);
        QCOMPARE(panel.timeline()->pointCount(QStringLiteral("modes covered")), 0);
    }

    void showFrame_modesDropSharply_raisesTheAlarmOnce()
    {
        CollapsePanel panel;
        QSignalSpy alarms(&panel, &CollapsePanel::collapseAlarm);
        qint64 step = 0;
        for (int i = 0; i < 10; ++i)
            panel.showFrame(CollapseFrameBuilder::build(source(step += 100, 8)));
        QCOMPARE(alarms.count(), 0);
        for (int i = 0; i < 5; ++i)
            panel.showFrame(CollapseFrameBuilder::build(source(step += 100, 2)));
        QCOMPARE(alarms.count(), 1);
        // Three low frames in a row confirm it: the third, at step 1300.
        QCOMPARE(alarms.first().at(0).toLongLong(), qint64(1300));
        QVERIFY(alarms.first().at(1).toString().contains(QStringLiteral("2 of 8")));
        QCOMPARE(panel.timeline()->alarmCount(), 1);
    }

    void showFrame_modesJitter_doesNotRaiseTheAlarm()
    {
        CollapsePanel panel;
        QSignalSpy alarms(&panel, &CollapsePanel::collapseAlarm);
        qint64 step = 0;
        for (int i = 0; i < 30; ++i)
            panel.showFrame(CollapseFrameBuilder::build(source(step += 100, i % 3 == 0 ? 7 : 8)));
        QCOMPARE(alarms.count(), 0);
    }

    void showFrame_earlierStep_startsTheCurvesAgain()
    {
        CollapsePanel panel;
        panel.showFrame(CollapseFrameBuilder::build(source(500, 8)));
        panel.showFrame(CollapseFrameBuilder::build(source(600, 8)));
        QCOMPARE(panel.timeline()->pointCount(QStringLiteral("modes covered")), 2);
        panel.showFrame(CollapseFrameBuilder::build(source(100, 8)));
        QCOMPARE(panel.timeline()->pointCount(QStringLiteral("modes covered")), 1);
    }

    // A run stuck at 0 modes (saturating-gan-ring8) reads as 0 on a scale of modes, not as a
    // line on a scale of millionths.
    void zeroModesThroughout_showsAUnitScale()
    {
        CollapsePanel panel;
        for (qint64 step : {100, 200, 300}) {
            CollapseSource stuck = source(step, 8);
            stuck.decodePoints = [](const QVector<float>& codes) {
                return QVector<QPointF>(codes.size() / 2, QPointF(0.05, -0.02)); // inside the ring
            };
            panel.showFrame(CollapseFrameBuilder::build(stuck));
        }
        QCOMPARE(panel.timeline()->pointCount(QStringLiteral("modes covered")), 3);
        QVERIFY(panel.timeline()->plot()->yAxis->range().upper >= 1.0);
    }

    void showImageFrame_classesDropSharply_raisesTheAlarmAndShowsTheHistogram()
    {
        CollapsePanel panel;
        QSignalSpy alarms(&panel, &CollapsePanel::collapseAlarm);
        const auto frame = [](qint64 step, int covered, double diversity) {
            metrics::ImageCoverageFrame f;
            f.step = step;
            f.hasClasses = true;
            f.diversity = diversity;
            f.diversityCount = 64;
            for (int k = 0; k < 10; ++k) {
                f.classNames << QString::number(k);
                f.counts << (k < covered ? 1000 / covered : 0);
            }
            f.covered = covered;
            f.sampleCount = 1000;
            return f;
        };
        for (int i = 1; i <= 8; ++i)
            panel.showImageFrame(frame(i * 100, 10, 0.30 + 0.01 * (i % 2)));
        QCOMPARE(alarms.count(), 0);
        QCOMPARE(panel.bars()->counts().size(), 10);
        panel.showImageFrame(frame(900, 3, 0.29));
        QCOMPARE(alarms.count(), 0); // one low measurement could be chance
        panel.showImageFrame(frame(1000, 3, 0.30));
        QCOMPARE(alarms.count(), 1);
        QVERIFY(alarms.first().at(1).toString().contains(QStringLiteral("classes covered fell to 3 of 10")));
        panel.showImageFrame(frame(1100, 3, 0.05));
        panel.showImageFrame(frame(1200, 3, 0.04));
        QCOMPARE(alarms.count(), 2);
        QVERIFY(alarms.last().at(1).toString().contains(QStringLiteral("diversity")));
        QCOMPARE(panel.timeline()->pointCount(QStringLiteral("classes covered")), 12);
    }

    void addMetrics_adversarialRows_plotGradientNormAndFakeScore()
    {
        CollapsePanel panel;
        run::MetricsBatch batch;
        for (qint64 step = 1; step <= 5; ++step) {
            batch.steps << step;
            batch.rows << models::StepMetrics{{QStringLiteral("loss_d"), 1.0},
                                              {QStringLiteral("d_fake"), 0.1},
                                              {QStringLiteral("grad_g"), 1.0 / double(step)}};
        }
        panel.addMetrics(batch);
        QCOMPARE(panel.gradientTimeline()->pointCount(QStringLiteral("grad_g")), 5);
        QCOMPARE(panel.gradientTimeline()->pointCount(QStringLiteral("d_fake")), 5);
        QCOMPARE(panel.gradientTimeline()->pointCount(QStringLiteral("loss_d")), 0);
        // A new run starts the curves again.
        run::MetricsBatch next;
        next.steps << 1;
        next.rows << models::StepMetrics{{QStringLiteral("grad_g"), 0.5}};
        panel.addMetrics(next);
        QCOMPARE(panel.gradientTimeline()->pointCount(QStringLiteral("grad_g")), 1);
    }

    void showStory_storyPreset_showsItsExplanation()
    {
        CollapsePanel panel;
        panel.show();
        auto* story = panel.findChild<QLabel*>(QStringLiteral("collapseStory"));
        QVERIFY(story);
        panel.showStory(QStringLiteral("gan-collapse-ring8"));
        QVERIFY(story->isVisible());
        QVERIFY(story->text().contains(QStringLiteral("collapse")));
        panel.showStory(QStringLiteral("vae-fashion"));
        QVERIFY(!story->isVisible());
    }
};

QTEST_MAIN(CollapsePanelTest)
#include "tst_collapsepanel.moc"
