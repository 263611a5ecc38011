// The latent explorer tab on snapshots of a small VAE trained in the test (bar images).
#include "BarImageFolder.h"
#include "RunnerIdle.h"
#include "TinyVae.h"
#include "explore/SampleGridCodes.h"
#include "session/SessionController.h"
#include "snapshot/ModelSnapshot.h"
#include "training/Trainer.h"
#include "training/TrainerSnapshot.h"
#include "ui/explorer/InterpolationView.h"
#include "ui/explorer/KlPerDimensionView.h"
#include "ui/explorer/LatentExplorerPanel.h"
#include "ui/explorer/LatentMapView.h"
#include "ui/explorer/LatentSliderBox.h"
#include "ui/explorer/TraversalView.h"
#include "ui/jobs/BackgroundRunner.h"
#include "ui/setup/SetupPanel.h"
#include "ui/widgets/ImageCanvas.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>
#include <qcustomplot.h>

#include <numeric>

using namespace genlab;
using snapshot::ModelSnapshot;
using testing::tinyVae;
using testing::trainSteps;
using testing::waitIdle;
using training::Trainer;
using training::TrainingConfig;
using ui::LatentExplorerPanel;

class LatentExplorerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sliderMove_changesTheDecodedImage_andMovingBackRestoresItExactly();
    void moreThanSixteenDimensions_slidersFollowPrincipalDirections();
    void buttons_randomZeroReset_loadCodes();
    void sampleGridClick_loadsThatSamplesCode();
    void interpolation_bothModesAsStripsOfTheChosenLength();
    void traversalGrid_oneRowPerSliderAndTheChosenColumns();
    void latentMap_twoDimensionalLatents_showsMosaicAndClasses();
    void latentMap_modelWithoutEncoder_showsOnlyTheDecodedGrid();
    void klPerDimension_showsWhatEachDimensionCarries();
    void newSnapshots_keepArriving_andTheShownOneIsFrozen();
    void runningSession_snapshotsKeepArriving_whileSlidersDecode();
    void pointModel_explainsAndShowsNoSliders();
    void codeBeyondTheSliderRange_saysSoInsteadOfAnOffScaleNumber();
    void principalDirections_ofAnEarlyModel_areComputedAgainAsItTrains();
    void window_explorerTabFollowsTraining_andSampleGridClicksLoadTheirCode();

private:
    QTemporaryDir m_dir;
    QString m_data;
    std::unique_ptr<Trainer> m_trainer; // 4-D latents
    snapshot::ModelSnapshotPtr m_snapshot;
};

void LatentExplorerTest::initTestCase()
{
    // The window test below must not read or write the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GenLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("GenLabExplorerTest"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    // The window's collapse lab trains a classifier for the labelled bars and caches it; the
    // cache goes into this test's folder instead of the user's (the bars need no npm digits).
    qputenv("GENLAB_CACHE_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("cache"))));
    m_data = m_dir.filePath(QStringLiteral("bars"));
    QVERIFY(testing::writeBarImageFolder(m_data));
    m_trainer = std::make_unique<Trainer>(tinyVae(m_data, 4));
    trainSteps(*m_trainer, 150);
    m_snapshot = genlab::training::TrainerSnapshot::capture(*m_trainer);
}

void LatentExplorerTest::sliderMove_changesTheDecodedImage_andMovingBackRestoresItExactly()
{
    LatentExplorerPanel panel;
    panel.resize(1100, 750);
    panel.show();
    panel.setSnapshot(m_snapshot);
    QCOMPARE(panel.sliders()->sliderCount(), 4);
    const QImage before = panel.decodedImage();
    const QVector<float> codeBefore = panel.currentCode();
    QVERIFY(!before.isNull());
    QCOMPARE(before.size(), QSize(28, 28));

    QSlider* slider = panel.sliders()->slider(1);
    const int start = slider->value();
    QSignalSpy decoded(&panel, &LatentExplorerPanel::decodedImageChanged);
    slider->setValue(start > 0 ? start - 250 : start + 250);
    QCOMPARE(decoded.count(), 1);
    QVERIFY(panel.decodedImage() != before);
    QCOMPARE(panel.decodedCanvas()->image(), panel.decodedImage());
    QVERIFY(std::abs(panel.currentCode()[1] - codeBefore[1]) > 2.0f);
    QCOMPARE(panel.currentCode()[0], codeBefore[0]);

    slider->setValue(start);
    QCOMPARE(panel.currentCode(), codeBefore);
    QCOMPARE(panel.decodedImage(), before);
    QVERIFY(waitIdle(panel.runner()));
}

void LatentExplorerTest::moreThanSixteenDimensions_slidersFollowPrincipalDirections()
{
    Trainer trainer(tinyVae(m_data, 20));
    trainSteps(trainer, 30);
    LatentExplorerPanel panel;
    panel.show();
    panel.setSnapshot(genlab::training::TrainerSnapshot::capture(trainer));
    auto* choice = panel.findChild<QComboBox*>(QStringLiteral("directionChoice"));
    QVERIFY(choice);
    QCOMPARE(choice->currentText(), QStringLiteral("principal directions"));
    QCOMPARE(choice->count(), 3); // PCA, dimensions 0-15, dimensions 16-19
    QTRY_VERIFY_WITH_TIMEOUT(!panel.principalDirections().isEmpty(), 20000);
    QCOMPARE(panel.sliders()->sliderCount(), 16);
    QCOMPARE(panel.sliders()->directions().source, explore::LatentDirections::Source::EncoderMeans);

    const QImage before = panel.decodedImage();
    const QVector<float> code = panel.currentCode();
    panel.sliders()->slider(0)->setValue(panel.sliders()->slider(0)->value() + 200);
    QVERIFY(panel.currentCode() != code);
    panel.sliders()->slider(0)->setValue(panel.sliders()->slider(0)->value() - 200);
    QCOMPARE(panel.currentCode(), code);
    QCOMPARE(panel.decodedImage(), before);

    choice->setCurrentIndex(2);
    emit choice->activated(2);
    QCOMPARE(panel.sliders()->sliderCount(), 4); // z16..z19
    QCOMPARE(panel.currentCode(), code);         // switching what the sliders show keeps the code
    QVERIFY(waitIdle(panel.runner()));
}

void LatentExplorerTest::buttons_randomZeroReset_loadCodes()
{
    LatentExplorerPanel panel;
    panel.setSampleNoise(m_trainer->config().seed, 64);
    panel.setSnapshot(m_snapshot);
    // A new model starts at the sample grid's first code.
    QCOMPARE(panel.currentCode(), explore::SampleGridCodes::codes(m_trainer->config().seed, 64, 4).mid(0, 4));
    panel.zeroCode();
    QCOMPARE(panel.currentCode(), QVector<float>(4, 0.0f));
    panel.randomCode();
    const QVector<float> random = panel.currentCode();
    QVERIFY(random != QVector<float>(4, 0.0f));
    panel.randomCode();
    QVERIFY(panel.currentCode() != random);
    const QVector<float> loaded = panel.currentCode();
    panel.sliders()->slider(2)->setValue(panel.sliders()->slider(2)->value() + 100);
    QVERIFY(panel.currentCode() != loaded);
    panel.resetCode();
    QCOMPARE(panel.currentCode(), loaded);
    QVERIFY(waitIdle(panel.runner()));
}

void LatentExplorerTest::sampleGridClick_loadsThatSamplesCode()
{
    LatentExplorerPanel panel;
    panel.setSampleNoise(m_trainer->config().seed, 64);
    panel.setSnapshot(m_snapshot);
    // Tile 10 of the 8x8 grid: row 1, column 2 (28-pixel tiles, 2-pixel gaps).
    panel.loadSampleGridPixel(QPoint(2 + 2 * 30 + 14, 2 + 30 + 14));
    const QVector<float> expected =
        explore::SampleGridCodes::codes(m_trainer->config().seed, 64, 4).mid(40, 4);
    QCOMPARE(panel.currentCode(), expected);
    // It is also the next interpolation end point (A first, then B).
    QCOMPARE(panel.interpolation()->endPoint(0), expected);
    panel.loadSampleGridPixel(QPoint(2 + 14, 2 + 14));
    QCOMPARE(panel.interpolation()->endPoint(1),
             explore::SampleGridCodes::codes(m_trainer->config().seed, 64, 4).mid(0, 4));
    // The decoded image is the Training tab's tile.
    const QImage grid = m_trainer->sampleGrid();
    QCOMPARE(panel.decodedImage().convertToFormat(QImage::Format_RGB32),
             grid.copy(2, 2, 28, 28).convertToFormat(QImage::Format_RGB32));
    QVERIFY(waitIdle(panel.runner()));
}

void LatentExplorerTest::interpolation_bothModesAsStripsOfTheChosenLength()
{
    LatentExplorerPanel panel;
    panel.resize(1100, 750);
    panel.show();
    panel.views()->setCurrentWidget(panel.interpolation());
    panel.setSnapshot(m_snapshot);
    QSignalSpy updated(panel.interpolation(), &ui::InterpolationView::updated);
    QVector<float> a(4, 0.0f), b(4, 0.0f);
    a[0] = 1.0f;
    b[1] = 1.0f;
    panel.interpolation()->setFrameCount(6);
    panel.interpolation()->setEndPoints(a, b);
    QVERIFY(waitIdle(panel.runner()));
    QVERIFY(updated.count() >= 1);
    const QSize strip(6 * 28 + 7 * 2, 28 + 2 * 2);
    QCOMPARE(panel.interpolation()->linearStrip().size(), strip);
    QCOMPARE(panel.interpolation()->sphericalStrip().size(), strip);
    QVERIFY(panel.interpolation()->linearStrip() != panel.interpolation()->sphericalStrip());
    QCOMPARE(panel.interpolation()->stripsImage().height(), 2 * strip.height());
    const QVector<double> lerp = panel.interpolation()->linearNorms();
    const QVector<double> slerp = panel.interpolation()->sphericalNorms();
    QCOMPARE(lerp.size(), 6);
    for (double norm : slerp)
        QVERIFY(std::abs(norm - 1.0) < 1e-5);
    QVERIFY(lerp[2] < 0.8 && lerp[3] < 0.8);
}

void LatentExplorerTest::traversalGrid_oneRowPerSliderAndTheChosenColumns()
{
    LatentExplorerPanel panel;
    panel.resize(1100, 750);
    panel.show();
    panel.views()->setCurrentWidget(panel.traversal());
    panel.setSnapshot(m_snapshot);
    QVERIFY(waitIdle(panel.runner()));
    QCOMPARE(panel.traversal()->rowCount(), 4);
    QCOMPARE(panel.traversal()->gridImage().size(), QSize(7 * 28 + 8 * 2, 4 * 28 + 5 * 2));
    panel.findChild<QSpinBox*>(QStringLiteral("traversalColumns"))->setValue(9);
    QVERIFY(waitIdle(panel.runner()));
    QCOMPARE(panel.traversal()->gridImage().size(), QSize(9 * 28 + 10 * 2, 4 * 28 + 5 * 2));
    // What Save PNG writes: three times larger, with room for the labels.
    const QImage annotated = panel.traversal()->annotatedImage();
    QVERIFY(annotated.width() > 3 * panel.traversal()->gridImage().width());
    QVERIFY(annotated.height() > 3 * panel.traversal()->gridImage().height());
}

void LatentExplorerTest::latentMap_twoDimensionalLatents_showsMosaicAndClasses()
{
    Trainer trainer(tinyVae(m_data, 2));
    trainSteps(trainer, 100);
    LatentExplorerPanel panel;
    panel.resize(1100, 750);
    panel.show();
    panel.views()->setCurrentWidget(panel.latentMap());
    panel.setSnapshot(genlab::training::TrainerSnapshot::capture(trainer));
    QVERIFY(waitIdle(panel.runner()));
    const explore::LatentMapResult& map = panel.latentMap()->result();
    QVERIFY(!map.isEmpty());
    QCOMPARE(map.mosaic.size(), QSize(16 * 28, 16 * 28));
    QCOMPARE(map.points.size(), 96);
    QCOMPARE(map.classNames.size(), 8);
    QVERIFY(!panel.latentMap()->mapImage().isNull());
    // The scatter keeps a real plot beside the mosaic; its legend sits under it, not beside it
    // (beside, the eight class names had left the plot about 90 px wide).
    auto* scatter = panel.latentMap()->findChild<QCustomPlot*>(QStringLiteral("latentMapScatter"));
    QVERIFY(scatter && scatter->isVisible());
    QTRY_VERIFY(scatter->axisRect()->width() >= 200);
    QVERIFY(scatter->legend->outerRect().top() >= scatter->axisRect()->outerRect().bottom());
}

void LatentExplorerTest::klPerDimension_showsWhatEachDimensionCarries()
{
    // The view's bars are the test KL of each dimension: they add up to the trainer's test_kl
    // (the bar images' test split is smaller than the 500 images the view measures).
    const auto measured = [this](double beta) {
        TrainingConfig config = tinyVae(m_data, 6);
        config.settings.insert(QStringLiteral("beta"), beta);
        Trainer trainer(config);
        trainSteps(trainer, 150);
        LatentExplorerPanel panel;
        panel.show();
        panel.views()->setCurrentWidget(panel.klPerDimension());
        panel.setSnapshot(genlab::training::TrainerSnapshot::capture(trainer));
        waitIdle(panel.runner());
        const QVector<double> values = panel.klPerDimension()->values();
        const genlab::metrics::EvaluationFigures figures = trainer.evaluate();
        double total = 0.0;
        for (double kl : values)
            total += kl;
        if (figures.testLoss) {
            const double expected = figures.testLoss->kl;
            if (std::abs(total - expected) > 1e-3 * std::max(1.0, expected))
                qWarning("view %g, trainer %g", total, expected);
            return std::make_pair(values, std::abs(total - expected) <= 1e-3 * std::max(1.0, expected));
        }
        return std::make_pair(values, true);
    };
    const auto [usual, usualAgrees] = measured(1.0);
    QCOMPARE(usual.size(), 6);
    QVERIFY(usualAgrees);
    for (double kl : usual)
        QVERIFY(kl >= 0.0);
    // A heavy KL weight pushes the dimensions to the prior: far less information in all.
    const auto [heavy, heavyAgrees] = measured(50.0);
    QVERIFY(heavyAgrees);
    const double usualTotal = std::accumulate(usual.begin(), usual.end(), 0.0);
    const double heavyTotal = std::accumulate(heavy.begin(), heavy.end(), 0.0);
    QVERIFY2(heavyTotal < 0.5 * usualTotal,
             qPrintable(QStringLiteral("%1 vs %2").arg(heavyTotal).arg(usualTotal)));
}

void LatentExplorerTest::latentMap_modelWithoutEncoder_showsOnlyTheDecodedGrid()
{
    TrainingConfig config;
    config.model = QStringLiteral("gan");
    config.data = m_data;
    config.steps = 10;
    config.threads = 1;
    config.settings = {{QStringLiteral("network"), QStringLiteral("mlp")},
                       {QStringLiteral("latent_dim"), 2},
                       {QStringLiteral("width"), 32},
                       {QStringLiteral("depth"), 1}};
    Trainer trainer(config);
    trainSteps(trainer, 2);
    LatentExplorerPanel panel;
    panel.resize(1100, 750);
    panel.show();
    panel.views()->setCurrentWidget(panel.latentMap());
    panel.setSnapshot(genlab::training::TrainerSnapshot::capture(trainer));
    QVERIFY(waitIdle(panel.runner()));
    const explore::LatentMapResult& map = panel.latentMap()->result();
    QVERIFY(!map.isEmpty());
    QVERIFY(map.points.isEmpty());
    // No empty, squashed scatter: the grid alone, and the picture Save PNG writes is the grid.
    auto* scatter = panel.latentMap()->findChild<QCustomPlot*>(QStringLiteral("latentMapScatter"));
    QVERIFY(scatter);
    QVERIFY(!scatter->isVisible());
    QCOMPARE(panel.latentMap()->mapImage().width(), panel.latentMap()->mapImage().height());
    // Nor KL bars: the view says why.
    panel.views()->setCurrentWidget(panel.klPerDimension());
    QVERIFY(panel.klPerDimension()->values().isEmpty());
    QVERIFY(
        panel.findChild<QLabel*>(QStringLiteral("klCaption"))->text().contains(QStringLiteral("no encoder")));
}

void LatentExplorerTest::newSnapshots_keepArriving_andTheShownOneIsFrozen()
{
    Trainer trainer(tinyVae(m_data, 4));
    trainSteps(trainer, 5);
    LatentExplorerPanel panel;
    panel.show();
    QSignalSpy shown(&panel, &LatentExplorerPanel::snapshotShown);
    const snapshot::ModelSnapshotPtr first = genlab::training::TrainerSnapshot::capture(trainer);
    panel.setSnapshot(first);
    const QImage early = panel.decodedImage();
    const QVector<float> code = panel.currentCode();
    trainSteps(trainer, 60);
    // The frozen copy still decodes as before while the trainer has moved on.
    QCOMPARE(first->decodeImages(code).value(0), early);
    panel.setSnapshot(genlab::training::TrainerSnapshot::capture(trainer));
    QCOMPARE(shown.count(), 2);
    QCOMPARE(shown.last().at(0).toLongLong(), qint64(65));
    QCOMPARE(panel.currentCode(), code); // the same z, decoded by the newer model
    QVERIFY(panel.decodedImage() != early);
    QVERIFY(waitIdle(panel.runner()));
}

void LatentExplorerTest::runningSession_snapshotsKeepArriving_whileSlidersDecode()
{
    // A real TrainingSession in its own thread, wired like the window wires it.
    QTemporaryDir runs;
    session::SessionController session;
    LatentExplorerPanel panel;
    panel.show();
    connect(&session, &session::SessionController::snapshotReady, &panel, &LatentExplorerPanel::setSnapshot);
    TrainingConfig config = tinyVae(m_data, 4);
    config.steps = 1000000;
    config.outDir = runs.path();
    session.configure(config);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(panel.snapshotsReceived() >= 2, 30000);
    const snapshot::ModelSnapshotPtr held = panel.snapshot();
    const QVector<float> code = panel.currentCode();
    const QImage heldImage = held->decodeImages(code).value(0);
    const qint64 heldStep = held->step();
    // Sliders keep decoding on the GUI thread while the worker trains.
    QSlider* slider = panel.sliders()->slider(0);
    for (int i = 0; i < 20; ++i) {
        slider->setValue(slider->value() + (i % 2 ? -50 : 50));
        QVERIFY(!panel.decodedImage().isNull());
        QTest::qWait(20);
    }
    QTRY_VERIFY_WITH_TIMEOUT(panel.snapshot()->step() > heldStep + 20, 30000);
    const int received = panel.snapshotsReceived();
    QTRY_VERIFY_WITH_TIMEOUT(panel.snapshotsReceived() > received, 30000);
    session.pause();
    // The copy the panel held is frozen: training went on without changing it.
    QCOMPARE(held->step(), heldStep);
    QCOMPARE(held->decodeImages(code).value(0), heldImage);
    QVERIFY(panel.snapshot()->decodeImages(code).value(0) != heldImage);
    QVERIFY(waitIdle(panel.runner()));
}

void LatentExplorerTest::pointModel_explainsAndShowsNoSliders()
{
    TrainingConfig config;
    config.model = QStringLiteral("gan");
    config.data = QStringLiteral("ring8");
    config.steps = 10;
    config.settings = {{QStringLiteral("width"), 16}, {QStringLiteral("depth"), 1}};
    Trainer trainer(config);
    trainer.step();
    LatentExplorerPanel panel;
    panel.show();
    panel.setSnapshot(m_snapshot); // an image model first, then the point model replaces it
    QVERIFY(panel.views()->isEnabled());
    panel.setSnapshot(genlab::training::TrainerSnapshot::capture(trainer));
    QCOMPARE(panel.sliders()->sliderCount(), 0);
    QVERIFY(!panel.views()->isEnabled());
    QVERIFY(panel.decodedImage().isNull());
    QVERIFY(waitIdle(panel.runner()));
}

void LatentExplorerTest::window_explorerTabFollowsTraining_andSampleGridClicksLoadTheirCode()
{
    QTemporaryDir runs;
    ui::MainWindow window(nullptr, runs.path());
    auto* explorer = window.findChild<LatentExplorerPanel*>();
    QVERIFY(explorer);
    QVERIFY(window.tabs()->indexOf(explorer) > 0);
    TrainingConfig config = tinyVae(m_data, 4);
    config.steps = 100000;
    QVERIFY(window.openDataSource(m_data)); // the bar images, not Fashion-MNIST's 60,000
    window.setupPanel()->setConfig(config);
    emit window.setupPanel()->configurationChanged(); // as an edit in the panel would: the session runs it
    int published = 0;
    connect(window.session(), &session::SessionController::snapshotReady, explorer,
            [&published](const snapshot::ModelSnapshotPtr& snapshot) { published += snapshot ? 1 : 0; });
    window.trainAction()->trigger();
    // While the Training tab shows, the explorer is left alone (its work would be wasted)...
    QTRY_VERIFY_WITH_TIMEOUT(published >= 2, 30000);
    QCOMPARE(explorer->snapshotsReceived(), 0);
    // ...and its tab brings the newest snapshot at once, then every later one.
    window.tabs()->setCurrentWidget(explorer);
    QCOMPARE(explorer->snapshotsReceived(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(explorer->snapshotsReceived() >= 2, 30000);
    window.trainAction()->trigger(); // pause
    window.tabs()->setCurrentIndex(0);

    // A click on tile 3 of the Training tab's grid: that sample's z, and the explorer shows.
    auto* grid = window.findChild<ui::ImageCanvas*>(QStringLiteral("sampleCanvas"));
    QVERIFY(grid);
    emit grid->imageClicked(QPoint(2 + 3 * 30 + 10, 2 + 10));
    const TrainingConfig running = window.setupPanel()->config();
    const int dim = explorer->snapshot()->latentDim();
    QCOMPARE(explorer->currentCode(),
             explore::SampleGridCodes::codes(running.seed, running.sampleCount, dim).mid(3 * dim, dim));
    QCOMPARE(window.tabs()->currentWidget(), explorer);
    QCOMPARE(explorer->snapshot()->itemCount(ModelSnapshot::Split::Train), 96);
    QVERIFY(waitIdle(explorer->runner()));
}

void LatentExplorerTest::codeBeyondTheSliderRange_saysSoInsteadOfAnOffScaleNumber()
{
    ui::LatentSliderBox box;
    explore::LatentDirections directions = explore::LatentDirections::dimensions(2);
    directions.scales = {1.0, 0.01}; // a direction the model hardly spreads its codes along
    box.setDirections(directions, {0, 1});
    box.setBase({0.5f, 0.4f}); // 0.5 along the first axis, 40 units along the second
    QCOMPARE(box.valueText(0), QStringLiteral("0.50"));
    QCOMPARE(box.valueText(1), QStringLiteral("> 3"));
    QCOMPARE(box.slider(1)->value(), box.slider(1)->maximum());
}

void LatentExplorerTest::principalDirections_ofAnEarlyModel_areComputedAgainAsItTrains()
{
    Trainer trainer(tinyVae(m_data, 4));
    LatentExplorerPanel panel;
    panel.setSnapshot(genlab::training::TrainerSnapshot::capture(trainer)); // step 0
    QTRY_VERIFY_WITH_TIMEOUT(!panel.principalDirections().isEmpty(), 20000);
    QCOMPARE(panel.principalStep(), qint64(0));
    trainSteps(trainer, 100);
    panel.setSnapshot(genlab::training::TrainerSnapshot::capture(trainer)); // not yet twice as long
    QVERIFY(waitIdle(panel.runner()));
    QCOMPARE(panel.principalStep(), qint64(0));
    trainSteps(trainer, 150);
    panel.setSnapshot(genlab::training::TrainerSnapshot::capture(trainer)); // step 250
    QTRY_COMPARE_WITH_TIMEOUT(panel.principalStep(), qint64(250), 20000);
    QVERIFY(waitIdle(panel.runner()));
}

QTEST_MAIN(LatentExplorerTest)
#include "tst_latentexplorer.moc"
