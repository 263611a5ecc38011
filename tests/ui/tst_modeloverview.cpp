// The model overview: every model's diagram is whole, its boxes show the live model, the
// halves of a step light when they are computed, and the slow-motion step walks one step box
// by box before asking for it.
#include "RunnerIdle.h"
#include "models/ModelCatalog.h"
#include "session/SessionController.h"
#include "training/Trainer.h"
#include "training/TrainerSnapshot.h"
#include "ui/jobs/BackgroundRunner.h"
#include "ui/overview/ModelDiagram.h"
#include "ui/overview/ModelOverviewPanel.h"
#include "ui/overview/ModelOverviewView.h"
#include "ui/setup/SetupPanel.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace genlab;
using testing::waitIdle;
using ui::ModelDiagram;
using ui::ModelOverviewPanel;
using ui::ModelOverviewView;
using Part = ModelDiagram::Part;

namespace {

training::TrainingConfig tinyModel(const QString& kind, const QString& data = QStringLiteral("ring8"))
{
    training::TrainingConfig config;
    config.model = kind;
    config.data = data;
    config.seed = 4;
    config.steps = 100000;
    config.threads = 1;
    config.settings = {
        {QStringLiteral("width"), 16}, {QStringLiteral("depth"), 1}, {QStringLiteral("batch_size"), 32}};
    return config;
}

snapshot::ModelSnapshotPtr trainedSnapshot(const QString& kind, int steps)
{
    training::Trainer trainer(tinyModel(kind));
    for (int i = 0; i < steps; ++i)
        trainer.step();
    return training::TrainerSnapshot::capture(trainer);
}

run::MetricsBatch rowOf(const QStringList& names, qint64 step)
{
    run::MetricsBatch batch;
    batch.steps << step;
    models::StepMetrics row;
    for (const QString& name : names)
        row.append({name, 0.5});
    batch.rows << row;
    return batch;
}

} // namespace

class ModelOverviewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GenLabOverviewTest"));
    }

    void everyModel_hasAWholeDiagram()
    {
        for (const QString& kind : models::ModelCatalog::kinds()) {
            const ModelDiagram diagram = ModelDiagram::forModel(kind);
            QVERIFY2(diagram.boxes.size() >= 6, qPrintable(kind));
            QVERIFY(!diagram.stages.isEmpty());
            for (const ModelDiagram::Arrow& arrow : diagram.arrows)
                QVERIFY2(diagram.box(arrow.from) && diagram.box(arrow.to),
                         qPrintable(kind + arrow.from + arrow.to));
            for (const ModelDiagram::Stage& stage : diagram.stages)
                for (const QString& id : stage.boxes)
                    QVERIFY2(diagram.box(id), qPrintable(kind + QLatin1Char(' ') + id));
            for (const ModelDiagram::Box& box : diagram.boxes) {
                QVERIFY(box.cell.x() < diagram.columns && box.cell.y() < diagram.rows);
                QVERIFY(!box.title.isEmpty());
            }
        }
        // What sets the models apart is drawn.
        QVERIFY(ModelDiagram::forModel(QStringLiteral("vae")).box(QStringLiteral("posterior")));
        QCOMPARE(ModelDiagram::forModel(QStringLiteral("vae")).box(QStringLiteral("z"))->formula,
                 QStringLiteral("z = mu + sigma * eps"));
        QVERIFY(ModelDiagram::forModel(QStringLiteral("vigan")).box(QStringLiteral("Gold")));
        QVERIFY(ModelDiagram::forModel(QStringLiteral("vigan")).box(QStringLiteral("difference")));
        QVERIFY(!ModelDiagram::forModel(QStringLiteral("gan")).box(QStringLiteral("Gold")));
        QVERIFY(ModelDiagram::forModel(QStringLiteral("wgan-gp"))
                    .box(QStringLiteral("lossD"))
                    ->formula.contains(QStringLiteral("grad f")));
        QVERIFY(ModelDiagram::forModel(QStringLiteral("wgan"))
                    .box(QStringLiteral("D"))
                    ->title.contains(QStringLiteral("critic")));
        const ModelDiagram gan = ModelDiagram::forModel(QStringLiteral("gan"));
        QCOMPARE(gan.stages.size(), 2);
        QCOMPARE(gan.stages[0].part, Part::Discriminator);
        QCOMPARE(gan.stages[1].part, Part::Generator);
        // VAE-GAN: one box is both decoder and generator, reached from the code and from noise.
        const ModelDiagram vaeGan = ModelDiagram::forModel(QStringLiteral("vae-gan"));
        int into = 0;
        for (const ModelDiagram::Arrow& arrow : vaeGan.arrows)
            into += arrow.to == QLatin1String("decoder");
        QCOMPARE(into, 2);
    }

    void boxes_showTheLiveModel_andChangeWithTraining()
    {
        ui::BackgroundRunner runner;
        ModelOverviewView view(&runner);
        view.resize(900, 500);
        view.show();
        view.setSnapshot(trainedSnapshot(QStringLiteral("gan"), 1));
        QVERIFY(waitIdle(&runner));
        QCOMPARE(view.diagram().kind, QStringLiteral("gan"));
        for (const char* id : {"x", "z", "fake", "D"})
            QVERIFY2(!view.picture(QLatin1String(id)).isNull(), id);
        const QImage early = view.picture(QStringLiteral("fake"));
        QTest::qWait(ModelOverviewView::kMinimumRefreshMs + 50);
        view.setSnapshot(trainedSnapshot(QStringLiteral("gan"), 60));
        QVERIFY(waitIdle(&runner));
        QVERIFY(view.picture(QStringLiteral("fake")) != early);
        // The numbers a box prints are the newest reported.
        run::MetricsBatch batch = rowOf({QStringLiteral("loss_d"), QStringLiteral("d_real")}, 61);
        batch.rows.last()[1].value = 0.73;
        view.addMetrics(batch);
        QCOMPARE(view.lastValue(QStringLiteral("d_real")), 0.73);
        runner.shutdown();
    }

    void vae_showsItsPosteriorAndReconstructions()
    {
        ui::BackgroundRunner runner;
        ModelOverviewView view(&runner);
        view.resize(900, 500);
        view.show();
        view.setSnapshot(trainedSnapshot(QStringLiteral("vae"), 20));
        QVERIFY(waitIdle(&runner));
        QVERIFY(!view.picture(QStringLiteral("xhat")).isNull());
        QVERIFY(!view.picture(QStringLiteral("z")).isNull());
        runner.shutdown();
    }

    void halvesOfAStep_lightWhenComputed()
    {
        ui::BackgroundRunner runner;
        ModelOverviewView view(&runner);
        view.show();
        view.setSnapshot(trainedSnapshot(QStringLiteral("gan"), 1));
        // Step D alone: only the discriminator's half lights.
        view.addMetrics(rowOf({QStringLiteral("loss_d"), QStringLiteral("d_real")}, 2));
        QTRY_COMPARE_WITH_TIMEOUT(view.litParts(), (QSet<Part>{Part::Discriminator}), 3000);
        // Nothing computed since: nothing lit.
        QTRY_VERIFY_WITH_TIMEOUT(view.litParts().isEmpty(), 3000);
        view.addMetrics(rowOf({QStringLiteral("loss_g"), QStringLiteral("grad_g")}, 3));
        QTRY_COMPARE_WITH_TIMEOUT(view.litParts(), (QSet<Part>{Part::Generator}), 3000);
        // Whole steps: both halves take turns.
        QSet<Part> seen;
        for (int i = 0; i < 12 && seen.size() < 2; ++i) {
            view.addMetrics(rowOf({QStringLiteral("loss_d"), QStringLiteral("loss_g")}, 4 + i));
            QTest::qWait(ModelOverviewView::kPulseMs);
            seen.unite(view.litParts());
        }
        QCOMPARE(seen, (QSet<Part>{Part::Discriminator, Part::Generator}));
        QVERIFY(waitIdle(&runner));
        runner.shutdown();
    }

    void slowStep_walksEveryBoxOfTheStep_inOrder()
    {
        ui::BackgroundRunner runner;
        ModelOverviewView view(&runner);
        view.show();
        view.setSnapshot(trainedSnapshot(QStringLiteral("vigan"), 1));
        view.setWalkBoxMs(20);
        QSignalSpy walked(&view, &ModelOverviewView::boxWalked);
        QSignalSpy done(&view, &ModelOverviewView::stepWalked);
        view.startSlowStep();
        QVERIFY(view.isWalking());
        QCOMPARE(view.litParts(), (QSet<Part>{Part::Discriminator}));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
        QStringList expected;
        for (const ModelDiagram::Stage& stage : view.diagram().stages)
            expected += stage.boxes;
        QStringList visited;
        for (const QList<QVariant>& arguments : walked)
            visited << arguments.first().toString();
        QCOMPARE(visited, expected);
        QVERIFY(visited.contains(QStringLiteral("Gold")));
        QVERIFY(!view.isWalking());
        QVERIFY(view.litParts().isEmpty());
        QVERIFY(waitIdle(&runner));
        runner.shutdown();
    }

    void infoPanel_explainsTheModelItsStoryNumbersAndSettings()
    {
        ModelOverviewPanel panel;
        panel.show();
        panel.setSnapshot(trainedSnapshot(QStringLiteral("gan"), 1));
        const QString first = panel.info()->toPlainText();
        QVERIFY(first.contains(QStringLiteral("Mode collapse")));
        QVERIFY(first.contains(QStringLiteral("Generator learning rate"))); // its settings, with their help
        QVERIFY(first.contains(QStringLiteral("Step size of the generator's optimiser")));
        QVERIFY(!first.contains(QStringLiteral("grad_g:"))); // nothing reported yet
        panel.setStory(QStringLiteral("Watch this one collapse."));
        panel.addMetrics(rowOf({QStringLiteral("loss_d"), QStringLiteral("grad_g")}, 2));
        const QString later = panel.info()->toPlainText();
        QVERIFY(later.contains(QStringLiteral("Watch this one collapse.")));
        QVERIFY(later.contains(QStringLiteral("grad_g: the norm of the gradient")));
        QVERIFY(later.contains(QStringLiteral("loss_d: ")));
        // A clicked box goes first, the rest stays.
        emit panel.view()->boxClicked(QStringLiteral("G"));
        QVERIFY(panel.info()->toPlainText().startsWith(QStringLiteral("Generator G.")));
        QVERIFY(panel.info()->toPlainText().contains(QStringLiteral("Watch this one collapse.")));
        QVERIFY(waitIdle(panel.runner()));
    }

    void window_slowStepPausesTraining_thenMakesOneStep()
    {
        QTemporaryDir runs;
        ui::MainWindow window(nullptr, runs.path());
        window.show();
        auto* panel = window.findChild<ModelOverviewPanel*>();
        QVERIFY(panel);
        QCOMPARE(window.tabs()->tabText(window.tabs()->indexOf(panel)), QStringLiteral("Model overview"));
        window.setupPanel()->setConfig(tinyModel(QStringLiteral("gan")));
        emit window.setupPanel()->configurationChanged();
        window.tabs()->setCurrentWidget(panel);
        window.trainAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.status().step > 20, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->slowStepButton()->isEnabled(), 10000);
        QVERIFY(panel->info()->toPlainText().contains(QStringLiteral("mode collapse"), Qt::CaseInsensitive));
        panel->view()->setWalkBoxMs(20);
        panel->slowStepButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.status().state != run::SessionStatus::State::Running, 10000);
        const qint64 paused = window.status().step;
        QTRY_VERIFY_WITH_TIMEOUT(!panel->view()->isWalking(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.status().step, paused + 1, 10000);
        QVERIFY(window.status().state != run::SessionStatus::State::Running);
        // A click on a box explains it.
        emit panel->view()->boxClicked(QStringLiteral("D"));
        QVERIFY(panel->info()->toPlainText().contains(QStringLiteral("Discriminator D")));
        window.close();
    }
};

QTEST_MAIN(ModelOverviewTest)
#include "tst_modeloverview.moc"
