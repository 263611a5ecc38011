#include "BarImageFolder.h"
#include "TinyVae.h"
#include "common/TorchApi.h"
#include "explore/ImageMosaic.h"
#include "explore/ImageValues.h"
#include "explore/LatentMap.h"
#include "explore/PrincipalDirections.h"
#include "explore/SampleGridCodes.h"
#include "imaging/ImageGrid.h"
#include "models/GenerativeModel.h"
#include "snapshot/ModelSnapshot.h"
#include "training/Trainer.h"
#include "training/TrainerSnapshot.h"

#include <QtTest>

using namespace genlab;
using explore::ImageValues;
using snapshot::ModelSnapshot;
using testing::trainSteps;
using training::Trainer;
using training::TrainingConfig;

namespace {

TrainingConfig tinyVae(const QString& data, int latentDim, int steps)
{
    TrainingConfig config;
    config.model = QStringLiteral("vae");
    config.data = data;
    config.seed = 5;
    config.steps = steps;
    config.settings = {{QStringLiteral("latent_dim"), latentDim},
                       {QStringLiteral("width"), 128},
                       {QStringLiteral("depth"), 1},
                       {QStringLiteral("batch_size"), 32},
                       {QStringLiteral("lr"), 3e-3}};
    return config;
}

} // namespace

// The explorer's core on real (tiny) models: a VAE trained for a few hundred steps on bar
// images in the test itself.
class SnapshotExploreTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleGridCodes_decoded_giveTheTrainersSampleGrid();
    void encodeThenDecode_trainedVae_givesAnImageCloseToTheOriginal();
    void frozenSnapshot_trainingGoesOn_decodesTheSameImage();
    void principalDirections_vae_areUnitAxesOfTheLatentSpace();
    void latentMap_twoDimensionalVae_mosaicAndLabelledPoints();

private:
    QTemporaryDir m_dir;
    QString m_data;
    std::unique_ptr<Trainer> m_trainer; // 4-D VAE, trained in initTestCase
};

void SnapshotExploreTest::initTestCase()
{
    at::set_num_threads(1);
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("bars"));
    QVERIFY(testing::writeBarImageFolder(m_data));
    m_trainer = std::make_unique<Trainer>(tinyVae(m_data, 4, 400));
    trainSteps(*m_trainer, 400);
}

void SnapshotExploreTest::sampleGridCodes_decoded_giveTheTrainersSampleGrid()
{
    const int count = m_trainer->config().sampleCount;
    const QVector<float> codes = explore::SampleGridCodes::codes(m_trainer->config().seed, count, 4);
    QCOMPARE(codes.size(), count * 4);
    const torch::Tensor z =
        torch::from_blob(const_cast<float*>(codes.constData()), {count, 4}, torch::kFloat32);
    QCOMPARE(imaging::ImageGrid::tile(m_trainer->model().sample(z)), m_trainer->sampleGrid());
    // A click in tile 9 of an 8x8 grid of 28x28 tiles (2-pixel gaps) is row 1, column 1.
    QCOMPARE(explore::SampleGridCodes::tileAt(QPoint(2 + 30 + 5, 2 + 30 + 5), QSize(28, 28), 64), 9);
    QCOMPARE(explore::SampleGridCodes::tileAt(QPoint(1, 1), QSize(28, 28), 64), -1);
}

void SnapshotExploreTest::encodeThenDecode_trainedVae_givesAnImageCloseToTheOriginal()
{
    const snapshot::ModelSnapshotPtr snapshot = genlab::training::TrainerSnapshot::capture(*m_trainer);
    QVERIFY(snapshot->hasEncoder());
    const int items = snapshot->itemCount(ModelSnapshot::Split::Train);
    QVERIFY(items >= 64);
    double worst = 0.0;
    for (int index : {0, 13, 40, items - 1}) {
        const QImage original = snapshot->itemImage(ModelSnapshot::Split::Train, index);
        const QVector<float> code = snapshot->encodeItems(ModelSnapshot::Split::Train, {index});
        QCOMPARE(code.size(), 4);
        const QImage decoded = snapshot->decodeImages(code).value(0);
        QCOMPARE(decoded.size(), original.size());
        const double distance = ImageValues::rmsDifference(decoded, original);
        worst = std::max(worst, distance);
        // Far closer to itself than to an image of another class (item 0 is h0, the last v3).
        const QImage other =
            snapshot->itemImage(ModelSnapshot::Split::Train, index < items / 2 ? items - 1 : 0);
        QVERIFY2(distance < 0.5 * ImageValues::rmsDifference(decoded, other),
                 qPrintable(QString::number(distance)));
    }
    QVERIFY2(worst < 0.12, qPrintable(QStringLiteral("worst RMS distance %1").arg(worst)));
}

void SnapshotExploreTest::frozenSnapshot_trainingGoesOn_decodesTheSameImage()
{
    Trainer trainer(tinyVae(m_data, 3, 60));
    trainSteps(trainer, 20);
    const snapshot::ModelSnapshotPtr frozen = genlab::training::TrainerSnapshot::capture(trainer);
    const QVector<float> code = frozen->randomCodes(4, 3);
    const QVector<QImage> before = frozen->decodeImages(code);
    trainSteps(trainer, 40);
    QCOMPARE(frozen->decodeImages(code), before);
    const QVector<QImage> later = genlab::training::TrainerSnapshot::capture(trainer)->decodeImages(code);
    QVERIFY(later != before);
}

void SnapshotExploreTest::principalDirections_vae_areUnitAxesOfTheLatentSpace()
{
    const snapshot::ModelSnapshotPtr snapshot = genlab::training::TrainerSnapshot::capture(*m_trainer);
    explore::PrincipalDirections::Options options;
    options.sampleCount = 96;
    options.chunk = 10;
    const explore::LatentDirections directions = explore::PrincipalDirections::compute(*snapshot, options);
    QCOMPARE(directions.latentDim, 4);
    QCOMPARE(directions.count(), 4);
    QCOMPARE(directions.source, explore::LatentDirections::Source::EncoderMeans);
    for (const QVector<float>& axis : directions.axes) {
        double norm = 0.0;
        for (float value : axis)
            norm += double(value) * value;
        QVERIFY(std::abs(norm - 1.0) < 1e-4);
    }
    QVERIFY(directions.explained[0] >= directions.explained[3]);
    std::atomic<bool> cancel{true};
    QVERIFY(explore::PrincipalDirections::compute(*snapshot, options, &cancel).isEmpty());
}

void SnapshotExploreTest::latentMap_twoDimensionalVae_mosaicAndLabelledPoints()
{
    Trainer trainer(tinyVae(m_data, 2, 100));
    trainSteps(trainer, 100);
    const snapshot::ModelSnapshotPtr snapshot = genlab::training::TrainerSnapshot::capture(trainer);
    explore::LatentMap::Options options;
    options.columns = 6;
    const explore::LatentMapResult map =
        explore::LatentMap::compute(*snapshot, explore::LatentDirections::dimensions(2), options);
    QCOMPARE(map.columns, 6);
    QCOMPARE(map.mosaic.size(), QSize(6 * 28, 6 * 28));
    QCOMPARE(map.points.size(), snapshot->itemCount(ModelSnapshot::Split::Train)); // no test split: train
    QCOMPARE(map.labels.size(), map.points.size());
    QCOMPARE(map.classNames.size(), 8);
    QVERIFY(map.labels.contains(0) && map.labels.contains(7));
    // The top-left tile is the code (-2.5, 2.5) of a 6x6 grid over [-3, 3]^2.
    const QVector<float> codes =
        explore::LatentMap::gridCodes(explore::LatentDirections::dimensions(2), 6, 3.0);
    QCOMPARE(codes.mid(0, 2), (QVector<float>{-2.5f, 2.5f}));
    QCOMPARE(map.mosaic.copy(0, 0, 28, 28).convertToFormat(QImage::Format_Grayscale8),
             snapshot->decodeImages(codes.mid(0, 2)).value(0).convertToFormat(QImage::Format_Grayscale8));
}

QTEST_GUILESS_MAIN(SnapshotExploreTest)
#include "tst_snapshotexplore.moc"
