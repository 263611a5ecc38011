// Comparisons: plans read from presets (and refused with one clear line when they cannot run),
// models trained in turns, and the worker behind the Compare tab driven through its controller
// with real threads. Spies sit on the controller, which lives in the test's thread.
#include "BarImageFolder.h"
#include "InputErrorMessage.h"
#include "common/TorchApi.h"
#include "compare/ComparisonRun.h"
#include "session/ComparisonController.h"
#include "training/PresetCatalog.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace genlab::training;
using namespace genlab::compare;
using namespace genlab::session;
using genlab::testing::errorOf;

namespace {

TrainingConfig tinyRingGan(int64_t steps, uint64_t seed)
{
    TrainingConfig config;
    config.model = QStringLiteral("gan");
    config.data = QStringLiteral("ring8");
    config.seed = seed;
    config.steps = steps;
    config.settings = {
        {QStringLiteral("width"), 16}, {QStringLiteral("depth"), 1}, {QStringLiteral("batch_size"), 32}};
    return config;
}

// Two small GANs on ring8 that differ in their learning rate.
ComparisonPlan tinyRingPlan(int64_t steps, int stepsPerTurn, int64_t measureEvery)
{
    ComparisonPlan plan;
    plan.name = QStringLiteral("tiny");
    plan.data = QStringLiteral("ring8");
    plan.stepsPerTurn = stepsPerTurn;
    plan.measureEvery = measureEvery;
    TrainingConfig slow = tinyRingGan(steps, 1);
    slow.settings.insert(QStringLiteral("lr_g"), 1e-4);
    plan.entries = {{QStringLiteral("slow"), slow}, {QStringLiteral("fast"), tinyRingGan(steps, 2)}};
    return plan;
}

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class ComparisonTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void load_builtInComparisons_parseWithTheirEntries()
    {
        const QStringList names = ComparisonPlan::names();
        QVERIFY2(names.contains(QStringLiteral("vae-vs-gan-fashion")), qPrintable(names.join(',')));
        QVERIFY(names.contains(QStringLiteral("remedies-ring8")));
        const ComparisonPlan fashion = ComparisonPlan::load(QStringLiteral("vae-vs-gan-fashion"));
        QCOMPARE(fashion.labels(), QStringList({QStringLiteral("VAE"), QStringLiteral("GAN")}));
        QCOMPARE(fashion.entries[0].config.model, QStringLiteral("vae"));
        QCOMPARE(fashion.entries[1].config.model, QStringLiteral("gan"));
        // The GAN side is a DCGAN: convolutions keep the clothes' edges without an MLP's speckle.
        QCOMPARE(fashion.entries[1].config.settings.value(QStringLiteral("network")).toString(),
                 QStringLiteral("conv"));
        for (const ComparisonEntry& entry : fashion.entries) {
            QCOMPARE(entry.config.data, QStringLiteral("fashion-mnist"));
            QCOMPARE(entry.config.steps, int64_t(2000)); // the comparison's length replaces epochs
            QCOMPARE(entry.config.epochs, int64_t(0));
        }
        QVERIFY(!fashion.story.isEmpty());
        const ComparisonPlan ring = ComparisonPlan::load(QStringLiteral("remedies-ring8"));
        QCOMPARE(ring.labels(), QStringList({QStringLiteral("GAN"), QStringLiteral("WGAN-GP"),
                                             QStringLiteral("VI-GAN"), QStringLiteral("PacGAN")}));
        // An entry that names a preset trains exactly that preset.
        QCOMPARE(ring.entries[2].config.settings,
                 PresetCatalog::load(QStringLiteral("vigan-ring8")).config.settings);
        QCOMPARE(ring.entries[3].config.settings.value(QStringLiteral("pack")).toInt(), 4);
        // On the grid the plain GAN is the collapse story's recipe, moved to the grid's data.
        const ComparisonPlan grid = ComparisonPlan::load(QStringLiteral("remedies-grid25"));
        QCOMPARE(grid.labels(),
                 QStringList({QStringLiteral("GAN"), QStringLiteral("WGAN-GP"), QStringLiteral("VI-GAN")}));
        QCOMPARE(grid.entries[0].config.settings,
                 PresetCatalog::load(QStringLiteral("gan-collapse-ring8")).config.settings);
        QCOMPARE(grid.entries[2].config.settings,
                 PresetCatalog::load(QStringLiteral("vigan-grid25")).config.settings);
        for (const ComparisonEntry& entry : grid.entries)
            QCOMPARE(entry.config.data, QStringLiteral("grid25"));
        // The single-model presets' list is unchanged by the comparison folder.
        QVERIFY(!PresetCatalog::names().contains(QStringLiteral("vae-vs-gan-fashion")));
        // ... and asking it for a comparison says where to go instead.
        QVERIFY(
            errorOf([] { PresetCatalog::load(QStringLiteral("vae-vs-gan-fashion")); })
                .startsWith(QStringLiteral("'vae-vs-gan-fashion' is a comparison of several models: genlab "
                                           "compare --preset vae-vs-gan-fashion")));
    }

    void fromJson_unknownModel_namesTheEntryInOneLine()
    {
        const QString message = errorOf([] {
            ComparisonPlan::fromJson(json(R"({"data": "ring8", "entries": [
                {"label": "ok", "preset": "gan-collapse-ring8"},
                {"label": "odd", "model": "flowgan", "steps": 10}]})"),
                                     QStringLiteral("x"), QStringLiteral("comparison x"));
        });
        QVERIFY2(message.startsWith(QStringLiteral("comparison x, entry 2 (odd): unknown model")),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("vigan"))); // lists the valid models
        QVERIFY(!message.contains(QLatin1Char('\n')));
    }

    void fromJson_badInput_isRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown preset") << R"({"entries": [{"preset": "nope"}]})"
                                        << "comparison x, entry 1: unknown preset 'nope'";
        QTest::newRow("unknown field") << R"({"entries": [{"preset": "vigan-ring8"}], "colour": 1})"
                                       << "comparison x: unknown field 'colour'";
        QTest::newRow("no entries") << R"({"entries": []})"
                                    << "comparison x: 'entries' must be";
        QTest::newRow("bad turn") << R"({"steps_per_turn": 0, "entries": [{"preset": "vigan-ring8"}]})"
                                  << "comparison x: 'steps_per_turn' must be a whole number";
        QTest::newRow("same label") << R"({"entries": [{"preset": "vigan-ring8", "label": "a"},
                                                       {"preset": "gan-collapse-ring8", "label": "a"}]})"
                                    << "comparison x, entry 2 (a): the label is used twice";
        QTest::newRow("other data")
            << R"({"entries": [{"preset": "vigan-ring8"}, {"preset": "vae-fashion"}]})"
            << "comparison x, entry 2 (vae-fashion): trains on fashion-mnist";
    }

    void fromJson_badInput_isRefusedWithTheReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString message = errorOf([&] {
            ComparisonPlan::fromJson(QJsonDocument::fromJson(text.toUtf8()).object(), QStringLiteral("x"),
                                     QStringLiteral("comparison x"));
        });
        QVERIFY2(message.startsWith(expected), qPrintable(message));
    }

    void fromPresets_needsTwoPresetsOnTheSameData()
    {
        const ComparisonPlan plan = ComparisonPlan::fromPresets(
            {QStringLiteral("gan-collapse-ring8"), QStringLiteral("vigan-ring8")});
        QCOMPARE(plan.labels(),
                 QStringList({QStringLiteral("gan-collapse-ring8"), QStringLiteral("vigan-ring8")}));
        QCOMPARE(plan.data, QStringLiteral("ring8"));
        QVERIFY(errorOf([] {
                    ComparisonPlan::fromPresets({QStringLiteral("vigan-ring8")});
                }).contains(QStringLiteral("at least two")));
        QVERIFY(
            errorOf([] {
                ComparisonPlan::fromPresets({QStringLiteral("vigan-ring8"), QStringLiteral("dcgan-mnist")});
            }).contains(QStringLiteral("same data")));
    }

    void run_twoModels_alternateInTurnsAndBothGetMeasured()
    {
        ComparisonRun run(tinyRingPlan(20, 3, 5), QString(), 1);
        QCOMPARE(run.entryCount(), 2);
        QCOMPARE(run.start().modeCount, 8);
        QCOMPARE(run.start().labels, QStringList({QStringLiteral("slow"), QStringLiteral("fast")}));
        QVERIFY(!run.start().real.isEmpty());
        QString order;
        QVector<int> measurements(2);
        while (!run.finished()) {
            bool measured = false;
            const int entry = run.step(&measured);
            order += QString::number(entry);
            if (measured) {
                const ComparisonFrame frame = run.measure(entry);
                QCOMPARE(frame.entry, entry);
                QCOMPARE(frame.step % 5, qint64(0));
                QVERIFY(frame.modes >= 0 && frame.modes <= 8);
                QVERIFY(frame.hq >= 0.0 && frame.hq <= 1.0);
                QVERIFY(!frame.generated.isEmpty());
                ++measurements[entry];
            }
        }
        // Three steps each in turn; 20 = 6 * 3 + 2, so each model's last turn is two steps.
        QCOMPARE(order, QStringLiteral("0001110001110001110001110001110001110011"));
        QCOMPARE(run.currentStep(0), qint64(20));
        QCOMPARE(run.currentStep(1), qint64(20));
        QCOMPARE(measurements, QVector<int>({4, 4}));
        bool measured = true;
        QCOMPARE(run.step(&measured), -1); // nothing left to train
        QVERIFY(!measured);
    }

    void run_modelsOfDifferentLength_theLongerOneTrainsOnAlone()
    {
        ComparisonPlan plan = tinyRingPlan(4, 2, 100);
        plan.entries[1].config.steps = 8;
        ComparisonRun run(plan, QString(), 1);
        QString order;
        while (!run.finished())
            order += QString::number(run.step(nullptr));
        QCOMPARE(order, QStringLiteral("00110011"
                                       "1111"));
    }

    void run_imageModels_giveGridsSharpnessAndTheRealImagesScore()
    {
        QTemporaryDir dir;
        QVERIFY(genlab::testing::writeBarImageFolder(dir.path(), 4));
        ComparisonPlan plan;
        plan.name = QStringLiteral("bars");
        plan.data = dir.path();
        plan.classes = false;
        TrainingConfig vae;
        vae.model = QStringLiteral("vae");
        vae.data = dir.path();
        vae.steps = 4;
        vae.settings = {{QStringLiteral("width"), 32},
                        {QStringLiteral("latent_dim"), 4},
                        {QStringLiteral("batch_size"), 8}};
        TrainingConfig gan = vae;
        gan.model = QStringLiteral("gan");
        gan.settings.insert(QStringLiteral("network"), QStringLiteral("mlp"));
        plan.entries = {{QStringLiteral("VAE"), vae}, {QStringLiteral("GAN"), gan}};
        QTemporaryDir out;
        {
            ComparisonRun run(plan, out.path() + QStringLiteral("/cmp"), 1);
            QVERIFY(run.start().images);
            QVERIFY(!run.start().realGrid.isNull());
            // Bars with sharp edges and pixel noise: clearly above zero.
            QVERIFY2(run.start().realSharpness > 0.01,
                     qPrintable(QString::number(run.start().realSharpness)));
            while (!run.finished())
                run.step(nullptr);
            for (int entry = 0; entry < 2; ++entry) {
                const ComparisonFrame frame = run.measure(entry);
                QVERIFY(!frame.grid.isNull());
                QVERIFY(frame.sharpness >= 0.0);
                QVERIFY(frame.diversity >= 0.0);
                QCOMPARE(frame.classesCovered, -1); // classes were not asked for
                QCOMPARE(frame.modes, -1);
            }
        }
        // With an output folder every model writes a run folder of its own.
        QVERIFY(QFileInfo::exists(out.path() + QStringLiteral("/cmp/VAE/config.json")));
        QVERIFY(QFileInfo::exists(out.path() + QStringLiteral("/cmp/GAN/metrics.csv")));
    }

    void controller_twoTinyModels_bothCurvesGetPointsAndTheRunCompletes()
    {
        ComparisonController controller;
        QSignalSpy started(&controller, &ComparisonController::started);
        QSignalSpy frames(&controller, &ComparisonController::frameReady);
        QSignalSpy finished(&controller, &ComparisonController::finished);
        QSignalSpy failed(&controller, &ComparisonController::failed);
        controller.start(tinyRingPlan(60, 10, 20));
        QVERIFY(controller.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(!controller.isRunning());
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().at(0).value<ComparisonStart>().labels.size(), 2);
        // Step 0 and every 20 steps up to 60, for each model.
        QMap<int, QList<qint64>> steps;
        for (const QList<QVariant>& call : frames) {
            const ComparisonFrame frame = call.at(0).value<ComparisonFrame>();
            QVERIFY(frame.modes >= 0);
            steps[frame.entry] << frame.step;
        }
        const QList<qint64> expected{0, 20, 40, 60};
        QCOMPARE(steps.value(0), expected);
        QCOMPARE(steps.value(1), expected);
    }

    void controller_stop_endsALongComparisonPromptly()
    {
        ComparisonController controller;
        QSignalSpy frames(&controller, &ComparisonController::frameReady);
        QSignalSpy finished(&controller, &ComparisonController::finished);
        controller.start(tinyRingPlan(10'000'000, 10, 50));
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 6, 30000); // training is under way
        QElapsedTimer clock;
        clock.start();
        controller.stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(finished.first().at(0).toBool(), false);
        const int seen = frames.count();
        QTest::qWait(200);
        QCOMPARE(frames.count(), seen); // nothing more after the stop
    }

    void controller_destroyedWhileTraining_joinsItsThreadWithinASecond()
    {
        auto controller = std::make_unique<ComparisonController>();
        QSignalSpy frames(controller.get(), &ComparisonController::frameReady);
        controller->start(tinyRingPlan(10'000'000, 10, 50));
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 6, 30000);
        QElapsedTimer clock;
        clock.start();
        controller.reset();
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    }

    void controller_planThatCannotRun_reportsFailure()
    {
        ComparisonController controller;
        QSignalSpy failed(&controller, &ComparisonController::failed);
        ComparisonPlan plan = tinyRingPlan(10, 5, 5);
        plan.entries[1].config.settings.insert(QStringLiteral("width"), -3);
        controller.start(plan);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("width")),
                 qPrintable(failed.first().at(0).toString()));
        QVERIFY(!controller.isRunning());
    }
};

QTEST_GUILESS_MAIN(ComparisonTest)
#include "tst_comparison.moc"
