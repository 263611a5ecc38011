// The Compare tab with real worker threads: one grid per model, one graph per model in the
// plot, the real images' sharpness beside the models', and a prompt stop.
#include "BarImageFolder.h"
#include "compare/ComparisonPlan.h"
#include "ui/compare/ComparePanel.h"
#include "ui/setup/SetupPanel.h"
#include "ui/widgets/CoverageTimeline.h"
#include "ui/widgets/ImageCanvas.h"
#include "ui/window/MainWindow.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace genlab;
using ui::ComparePanel;

namespace {

training::TrainingConfig tinyModel(const QString& model, const QString& data, int64_t steps)
{
    training::TrainingConfig config;
    config.model = model;
    config.data = data;
    config.steps = steps;
    config.threads = 1;
    config.settings = {
        {QStringLiteral("width"), 32}, {QStringLiteral("depth"), 1}, {QStringLiteral("batch_size"), 8}};
    if (data != QLatin1String("ring8"))
        config.settings.insert(QStringLiteral("latent_dim"), 4);
    if (model == QLatin1String("gan") && data != QLatin1String("ring8"))
        config.settings.insert(QStringLiteral("network"), QStringLiteral("mlp"));
    return config;
}

compare::ComparisonPlan imagePlan(const QString& folder, int64_t steps)
{
    compare::ComparisonPlan plan;
    plan.name = QStringLiteral("bars");
    plan.story = QStringLiteral("VAE against GAN on bars.");
    plan.data = folder;
    plan.classes = false;
    plan.stepsPerTurn = 2;
    plan.measureEvery = 10;
    plan.entries = {{QStringLiteral("VAE"), tinyModel(QStringLiteral("vae"), folder, steps)},
                    {QStringLiteral("GAN"), tinyModel(QStringLiteral("gan"), folder, steps)}};
    return plan;
}

int graphsWithPoints(const QCustomPlot* plot)
{
    int count = 0;
    for (int i = 0; i < plot->graphCount(); ++i)
        count += plot->graph(i)->dataCount() > 0 ? 1 : 0;
    return count;
}

} // namespace

class ComparePanelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_bars.isValid());
        QVERIFY(testing::writeBarImageFolder(m_bars.path(), 4));
    }

    void imageComparison_showsTwoGridsTheirSharpnessAndOneGraphPerModel()
    {
        ComparePanel panel;
        panel.resize(1100, 800);
        panel.show();
        QSignalSpy started(&panel, &ComparePanel::started);
        panel.startPlan(imagePlan(m_bars.path(), 60));
        QCOMPARE(started.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(panel.modelCount(), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 60000);
        for (int entry = 0; entry < 2; ++entry) {
            QVERIFY(!panel.canvas(entry)->image().isNull());
            QVERIFY2(panel.figuresLabel(entry)->text().contains(QStringLiteral("sharpness")),
                     qPrintable(panel.figuresLabel(entry)->text()));
            QVERIFY(panel.figuresLabel(entry)->text().contains(QStringLiteral("step 60 of 60")));
        }
        QVERIFY(panel.realLabel()->isVisible());
        QVERIFY(panel.realLabel()->text().contains(QStringLiteral("sharpness")));
        QCOMPARE(panel.quantityBox()->currentData().toString(), QStringLiteral("sharpness"));
        // The axis names the quantity short enough to fit beside the plot (the chooser above
        // it has the full name).
        const QCPAxis* axis = panel.plot()->plot()->yAxis;
        QCOMPARE(axis->label(), QStringLiteral("sharpness"));
        QVERIFY(QFontMetrics(axis->labelFont()).horizontalAdvance(axis->label()) <
                axis->axisRect()->height());
        // One graph per model plus the real images' reference line; each model measured at
        // steps 0, 10, ..., 60.
        const QCustomPlot* plot = panel.plot()->plot();
        QCOMPARE(plot->graphCount(), 3);
        QCOMPARE(graphsWithPoints(plot), 3);
        QCOMPARE(panel.plot()->pointCount(QStringLiteral("VAE")), 7);
        QCOMPARE(panel.plot()->pointCount(QStringLiteral("GAN")), 7);
        // Another quantity redraws the same models from what was recorded.
        panel.quantityBox()->setCurrentIndex(panel.quantityBox()->findData(QStringLiteral("diversity")));
        QCOMPARE(plot->graphCount(), 2);
        QCOMPARE(panel.plot()->pointCount(QStringLiteral("GAN")), 7);
        QVERIFY(panel.statusLabel()->text().startsWith(QStringLiteral("Done")));
    }

    void customPresets_ring8_plotModesCoveredPerModel()
    {
        ComparePanel panel;
        panel.show();
        compare::ComparisonPlan plan;
        plan.name = QStringLiteral("ring");
        plan.data = QStringLiteral("ring8");
        plan.stepsPerTurn = 5;
        plan.measureEvery = 20;
        for (const char* label : {"a", "b", "c"})
            plan.entries.append(
                {QString::fromLatin1(label), tinyModel(QStringLiteral("gan"), QStringLiteral("ring8"), 40)});
        panel.startPlan(plan);
        QTRY_COMPARE_WITH_TIMEOUT(panel.modelCount(), 3, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 60000);
        QCOMPARE(panel.quantityBox()->currentData().toString(), QStringLiteral("modes"));
        QCOMPARE(panel.plot()->plot()->graphCount(), 3);
        for (const char* label : {"a", "b", "c"})
            QCOMPARE(panel.plot()->pointCount(QString::fromLatin1(label)), 3); // steps 0, 20, 40
        QVERIFY(panel.figuresLabel(2)->text().contains(QStringLiteral("modes")));
        QVERIFY(!panel.canvas(0)->image().isNull()); // the points drawn over the real ones
        QVERIFY(!panel.realLabel()->isVisible());
    }

    void tickedPresetsOnDifferentData_showOneLineAndStartNothing()
    {
        ComparePanel panel;
        panel.comparisonBox()->setCurrentIndex(panel.comparisonBox()->findData(QStringLiteral("custom")));
        QVERIFY(!panel.presetList()->isHidden());
        for (const char* name : {"vigan-ring8", "vae-fashion"})
            panel.presetList()
                ->findItems(QString::fromLatin1(name), Qt::MatchExactly)
                .first()
                ->setCheckState(Qt::Checked);
        QSignalSpy started(&panel, &ComparePanel::started);
        QVERIFY(!panel.startSelected());
        QCOMPARE(started.count(), 0);
        QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("same data")),
                 qPrintable(panel.statusLabel()->text()));
        QVERIFY(!panel.isRunning());
    }

    void stopAndClose_whileTraining_arePrompt()
    {
        auto panel = std::make_unique<ComparePanel>();
        panel->startPlan(imagePlan(m_bars.path(), 10'000'000));
        QTRY_COMPARE_WITH_TIMEOUT(panel->modelCount(), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->canvas(1)->image().isNull(), 20000);
        QElapsedTimer clock;
        clock.start();
        panel->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 5000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(panel->statusLabel()->text(), QStringLiteral("Stopped."));

        panel->startPlan(imagePlan(m_bars.path(), 10'000'000));
        QTRY_VERIFY_WITH_TIMEOUT(panel->plot()->pointCount(QStringLiteral("GAN")) >= 1, 20000);
        clock.restart();
        panel.reset(); // closing the window mid-run joins the worker
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    }

    void mainWindow_hasACompareTabAndComparisonPresetsInItsMenu()
    {
        QTemporaryDir runs;
        ui::MainWindow window(nullptr, runs.path());
        auto* panel = window.findChild<ComparePanel*>();
        QVERIFY(panel);
        QCOMPARE(window.tabs()->tabText(window.tabs()->indexOf(panel)), QStringLiteral("Compare"));
        QStringList presetActions;
        for (QAction* menu : window.menuBar()->actions())
            if (menu->text().remove(QLatin1Char('&')) == QLatin1String("Presets"))
                for (QAction* action : menu->menu()->actions())
                    presetActions << action->text();
        QVERIFY2(presetActions.contains(QStringLiteral("vae-vs-gan-fashion")),
                 qPrintable(presetActions.join(',')));
        QVERIFY(presetActions.contains(QStringLiteral("remedies-ring8")));
        QVERIFY(presetActions.contains(QStringLiteral("vigan-ring8"))); // the single-model ones stay
    }

    // During a comparison the Setup panel and the status bar do not pretend to show the
    // window's own run; afterwards they do again. View > Setup hides and shows the panel.
    void mainWindow_duringACompare_setupAndStatusBarSaySo()
    {
        QTemporaryDir runs;
        ui::MainWindow window(nullptr, runs.path());
        window.show();
        auto* runLabel = window.findChild<QLabel*>(QStringLiteral("runLabel"));
        QVERIFY(runLabel);
        window.comparePanel()->startPlan(imagePlan(m_bars.path(), 10'000'000));
        QVERIFY(!window.setupPanel()->isEnabled());
        QVERIFY2(runLabel->text().contains(QStringLiteral("2 models")), qPrintable(runLabel->text()));
        QVERIFY(!window.findChild<QProgressBar*>(QStringLiteral("runProgress"))->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(window.comparePanel()->modelCount(), 2, 20000);
        window.comparePanel()->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!window.comparePanel()->isRunning(), 5000);
        QTRY_VERIFY(window.setupPanel()->isEnabled());
        QCOMPARE(runLabel->text(), QString());

        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("setupDock"));
        QVERIFY(dock->toggleViewAction()->isEnabled());
        dock->toggleViewAction()->trigger();
        QVERIFY(!dock->isVisible());
        dock->toggleViewAction()->trigger();
        QVERIFY(dock->isVisible());
    }

private:
    QTemporaryDir m_bars;
};

QTEST_MAIN(ComparePanelTest)
#include "tst_comparepanel.moc"
