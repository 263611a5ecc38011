#include "common/TorchApi.h"
#include "session/SessionController.h"
#include "snapshot/ModelSnapshot.h"
#include "training/Trainer.h"
#include "training/TrainerSnapshot.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab;
using snapshot::ModelSnapshot;
using snapshot::ModelSnapshotPtr;
using training::Trainer;
using training::TrainingConfig;

namespace {

// A small GAN on ring8 that runs a step in milliseconds.
TrainingConfig tinyGan()
{
    TrainingConfig config;
    config.model = QStringLiteral("gan");
    config.data = QStringLiteral("ring8");
    config.seed = 5;
    config.steps = 50;
    config.settings = {
        {QStringLiteral("width"), 16}, {QStringLiteral("depth"), 1}, {QStringLiteral("batch_size"), 32}};
    return config;
}

// A folder of 24 grey 28x28 PNGs, each a white bar at its own place, and a small VAE on it.
TrainingConfig tinyVae(const QString& folder)
{
    for (int i = 0; i < 24; ++i) {
        QImage image(28, 28, QImage::Format_Grayscale8);
        image.fill(0);
        QPainter painter(&image);
        if (i < 12)
            painter.fillRect(QRect(2 * i, 0, 3, 28), Qt::white);
        else
            painter.fillRect(QRect(0, 2 * (i - 12), 28, 3), Qt::white);
        painter.end();
        image.save(QStringLiteral("%1/bar-%2.png").arg(folder).arg(i, 2, 10, QLatin1Char('0')));
    }
    TrainingConfig config;
    config.model = QStringLiteral("vae");
    config.data = folder;
    config.seed = 2;
    config.steps = 100;
    config.settings = {
        {QStringLiteral("latent_dim"), 4}, {QStringLiteral("width"), 64}, {QStringLiteral("batch_size"), 8}};
    return config;
}

void runSteps(Trainer& trainer, int count)
{
    for (int i = 0; i < count; ++i)
        trainer.step();
}

} // namespace

class ModelSnapshotTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void decodeImages_sameCodes_giveSameImagesOfTheModelsSize()
    {
        QTemporaryDir dir;
        Trainer trainer(tinyVae(dir.path()));
        runSteps(trainer, 5);
        const ModelSnapshotPtr snapshot = genlab::training::TrainerSnapshot::capture(trainer);
        QCOMPARE(snapshot->step(), 5);
        QVERIFY(!snapshot->isPointModel());
        QCOMPARE(snapshot->imageSize(), QSize(28, 28));
        QCOMPARE(snapshot->latentDim(), 4);
        const QVector<float> codes = snapshot->randomCodes(3, 11);
        QCOMPARE(codes.size(), 12);
        QCOMPARE(snapshot->randomCodes(3, 11), codes);
        const QVector<QImage> first = snapshot->decodeImages(codes);
        QCOMPARE(first.size(), 3);
        QCOMPARE(first[0].size(), QSize(28, 28));
        QCOMPARE(snapshot->decodeImages(codes), first);
        QVERIFY(first[0] != first[1]);
    }

    void decodeImages_codesNotAWholeNumber_reportsInputError()
    {
        QTemporaryDir dir;
        Trainer trainer(tinyVae(dir.path()));
        const ModelSnapshotPtr snapshot = genlab::training::TrainerSnapshot::capture(trainer);
        QVERIFY_THROWS_EXCEPTION(std::exception, snapshot->decodeImages(QVector<float>(5, 0.0f)));
    }

    void capture_trainingContinues_snapshotKeepsItsWeights()
    {
        QTemporaryDir dir;
        Trainer trainer(tinyVae(dir.path()));
        runSteps(trainer, 3);
        const ModelSnapshotPtr before = genlab::training::TrainerSnapshot::capture(trainer);
        const QVector<float> codes = before->randomCodes(2, 4);
        const QVector<QImage> images = before->decodeImages(codes);
        runSteps(trainer, 30);
        QCOMPARE(before->decodeImages(codes), images);
        QVERIFY(genlab::training::TrainerSnapshot::capture(trainer)->decodeImages(codes) != images);
    }

    void nearestTrainImage_ofATrainingImage_isThatImageAtDistanceZero()
    {
        QTemporaryDir dir;
        Trainer trainer(tinyVae(dir.path()));
        const ModelSnapshotPtr snapshot = genlab::training::TrainerSnapshot::capture(trainer);
        QCOMPARE(snapshot->itemCount(ModelSnapshot::Split::Train), 24);
        for (int index : {0, 7, 23}) {
            double distance = -1.0;
            QCOMPARE(snapshot->nearestTrainImage(snapshot->itemImage(ModelSnapshot::Split::Train, index),
                                                 &distance),
                     index);
            QVERIFY(distance < 1e-3);
        }
    }

    void encodeItems_vae_givesOneMeanPerItem()
    {
        QTemporaryDir dir;
        Trainer trainer(tinyVae(dir.path()));
        runSteps(trainer, 3);
        const ModelSnapshotPtr snapshot = genlab::training::TrainerSnapshot::capture(trainer);
        QVERIFY(snapshot->hasEncoder());
        const QVector<float> means = snapshot->encodeItems(ModelSnapshot::Split::Train, {0, 5, 9});
        QCOMPARE(means.size(), 3 * 4);
        const QVector<float> fromImages =
            snapshot->encodeImages({snapshot->itemImage(ModelSnapshot::Split::Train, 5)});
        for (int i = 0; i < 4; ++i)
            QVERIFY(std::abs(fromImages[i] - means[4 + i]) < 1e-4);
        QVERIFY_THROWS_EXCEPTION(std::exception, snapshot->encodeItems(ModelSnapshot::Split::Train, {24}));
    }

    void criticGrid_gan_equalsCriticAtTheCellCentres()
    {
        Trainer trainer(tinyGan());
        runSteps(trainer, 10);
        const ModelSnapshotPtr snapshot = genlab::training::TrainerSnapshot::capture(trainer);
        QVERIFY(snapshot->isPointModel());
        QVERIFY(snapshot->hasCritic());
        const QVector<double> grid = snapshot->criticGrid(QRectF(-2, -2, 4, 4), 4, 2);
        QCOMPARE(grid.size(), 8);
        // Row 1, column 2: centre (-2 + 2.5, -2 + 1.5 * 2).
        const QVector<double> single = snapshot->criticValues({QPointF(0.5, 1.0)});
        QCOMPARE(grid[1 * 4 + 2], single[0]);
        QVERIFY(grid[0] != grid[7]);
        QCOMPARE(snapshot->decodePoints(snapshot->randomCodes(7, 1)).size(), 7);
        QVERIFY(snapshot->itemPoint(ModelSnapshot::Split::Train, 0) != QPointF());
        QCOMPARE(snapshot->itemImage(ModelSnapshot::Split::Train, 0), QImage());
    }

    void open_runFolder_givesTheCheckpointsStep()
    {
        QTemporaryDir dir;
        TrainingConfig config = tinyGan();
        config.outDir = dir.filePath(QStringLiteral("run"));
        {
            Trainer trainer(config);
            runSteps(trainer, 12);
            trainer.writeCheckpoint();
        }
        const ModelSnapshotPtr snapshot = genlab::training::TrainerSnapshot::open(config.outDir);
        QCOMPARE(snapshot->step(), 12);
        QCOMPARE(snapshot->modelKind(), QStringLiteral("gan"));
        QVERIFY_THROWS_EXCEPTION(
            std::exception, genlab::training::TrainerSnapshot::open(dir.filePath(QStringLiteral("nothing"))));
    }

    void session_step_publishesASnapshotOfThatStep()
    {
        session::SessionController session;
        QSignalSpy snapshots(&session, &session::SessionController::snapshotReady);
        session.configure(tinyGan());
        session.step(models::StepPart::Both);
        // The first snapshot (step 0) comes when the model is built, the next after the step.
        QTRY_VERIFY(!snapshots.isEmpty() && snapshots.last().at(0).value<ModelSnapshotPtr>() != nullptr &&
                    snapshots.last().at(0).value<ModelSnapshotPtr>()->step() == 1);
        // A new configuration clears it: there is no model until the next start.
        session.configure(tinyGan());
        QTRY_VERIFY(snapshots.last().at(0).value<ModelSnapshotPtr>() == nullptr);
    }
};

QTEST_GUILESS_MAIN(ModelSnapshotTest)
#include "tst_modelsnapshot.moc"
