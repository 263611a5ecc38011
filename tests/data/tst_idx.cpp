#include "IdxTestFiles.h"

#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/DataCatalog.h"
#include "data/DataSet.h"
#include "data/IdxReader.h"

#include "InputErrorMessage.h"
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <QtTest>

#include <sys/resource.h>

using genlab::InputError;
using genlab::data::DataCatalog;
using genlab::data::DataSet;
using genlab::data::IdxReader;
using namespace genlab::testing;

namespace {

long peakResidentKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

std::vector<uint8_t> cyclingLabels(int count)
{
    std::vector<uint8_t> labels;
    for (int i = 0; i < count; ++i)
        labels.push_back(uint8_t(i % 10));
    return labels;
}

} // namespace

class IdxTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void compression_data()
    {
        QTest::addColumn<bool>("gzip");
        QTest::newRow("raw") << false;
        QTest::newRow("gz") << true;
    }

    void readImages_smallFile_returnsEveryPixel_data() { compression_data(); }
    void readImages_smallFile_returnsEveryPixel()
    {
        QFETCH(bool, gzip);
        QTemporaryDir dir;
        const QString path = dir.filePath(gzip ? QStringLiteral("imgs.gz") : QStringLiteral("imgs"));
        QVERIFY(writeImages(path, 7, 5, 3, gzip));
        const auto images = IdxReader::readImages(path);
        QCOMPARE(images.count, 7);
        QCOMPARE(images.rows, 5);
        QCOMPARE(images.cols, 3);
        QCOMPARE(int64_t(images.pixels.size()), 7 * 5 * 3);
        for (size_t i = 0; i < images.pixels.size(); ++i)
            QCOMPARE(int(images.pixels[i]), int(i % 251));
    }

    void readLabels_smallFile_returnsEveryLabel_data() { compression_data(); }
    void readLabels_smallFile_returnsEveryLabel()
    {
        QFETCH(bool, gzip);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("labels"));
        const std::vector<uint8_t> labels{3, 1, 4, 1, 5, 9, 2, 6};
        QVERIFY(writeLabels(path, labels, gzip));
        QCOMPARE(IdxReader::readLabels(path), labels);
    }

    void readImages_truncatedFile_reportsFileAndCounts_data() { compression_data(); }
    void readImages_truncatedFile_reportsFileAndCounts()
    {
        QFETCH(bool, gzip);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t10k-images-idx3-ubyte") + (gzip ? ".gz" : ""));
        QVERIFY(writeImages(path, 10, 28, 28, gzip, /*actualImages*/ 4));
        const QString message = errorOf([&] { IdxReader::readImages(path); });
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(
                     QStringLiteral("truncated: header says 10 images of 28x28 but the file holds 4")),
                 qPrintable(message));
    }

    void readImages_cutOffGzipStream_reportsTruncated()
    {
        QTemporaryDir dir;
        const QString whole = dir.filePath(QStringLiteral("whole.gz"));
        QVERIFY(writeImages(whole, 200, 28, 28, true));
        QFile source(whole);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray compressed = source.readAll();
        const QString cut = dir.filePath(QStringLiteral("cut.gz"));
        QVERIFY(writeFile(cut, compressed.left(compressed.size() / 2), false));
        const QString message = errorOf([&] { IdxReader::readImages(cut); });
        QVERIFY2(message.contains(cut), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("truncated")) || message.contains(QStringLiteral("corrupt")),
                 qPrintable(message));
    }

    void readImages_corruptGzipData_reportsError()
    {
        QTemporaryDir dir;
        const QString whole = dir.filePath(QStringLiteral("whole.gz"));
        QVERIFY(writeImages(whole, 50, 28, 28, true));
        QFile source(whole);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray compressed = source.readAll();
        for (int i = 20; i < compressed.size() - 20; i += 7)
            compressed[i] = char(compressed[i] ^ 0x5A);
        const QString damaged = dir.filePath(QStringLiteral("damaged.gz"));
        QVERIFY(writeFile(damaged, compressed, false));
        const QString message = errorOf([&] { IdxReader::readImages(damaged); });
        QVERIFY2(message.startsWith(damaged + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.count(damaged) == 1, qPrintable(message));
    }

    void readImages_wrongMagic_reportsMagicNumber_data() { compression_data(); }
    void readImages_wrongMagic_reportsMagicNumber()
    {
        QFETCH(bool, gzip);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notidx"));
        QVERIFY(writeFile(path, QByteArray("\x89PNG\r\n\x1a\n and then some more bytes"), gzip));
        const QString message = errorOf([&] { IdxReader::readImages(path); });
        QVERIFY2(message.contains(path) && message.contains(QStringLiteral("not an IDX file")) &&
                     message.contains(QStringLiteral("0x89504e47")),
                 qPrintable(message));
    }

    void readImages_givenLabelsFile_reportsDimensionCount()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("labels"));
        QVERIFY(writeLabels(path, {1, 2, 3}, false));
        const QString message = errorOf([&] { IdxReader::readImages(path); });
        QVERIFY2(message.contains(QStringLiteral("has 1 dimensions")) &&
                     message.contains(QStringLiteral("expected 3")),
                 qPrintable(message));
    }

    void readImages_unsupportedDataType_reportsType()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("floats"));
        QVERIFY(writeFile(path, idxBytes(0x00000D03, {1, 2, 2}, QByteArray(16, '\0')), false));
        const QString message = errorOf([&] { IdxReader::readImages(path); });
        QVERIFY2(message.contains(QStringLiteral("data type 0x0d")), qPrintable(message));
    }

    void readImages_fileShorterThanHeader_reportsError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("short"));
        QVERIFY(writeFile(path, QByteArray("\0\0\x08\x03\0\0", 6), false));
        const QString message = errorOf([&] { IdxReader::readImages(path); });
        QVERIFY2(message.contains(QStringLiteral("truncated inside the header")), qPrintable(message));
    }

    void readImages_trailingData_reportsInconsistentSizes_data() { compression_data(); }
    void readImages_trailingData_reportsInconsistentSizes()
    {
        QFETCH(bool, gzip);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("imgs"));
        QVERIFY(writeImages(path, 3, 4, 4, gzip, /*actualImages*/ 5));
        const QString message = errorOf([&] { IdxReader::readImages(path); });
        QVERIFY2(message.contains(QStringLiteral("inconsistent sizes")), qPrintable(message));
    }

    void readImages_hugeClaimedCount_failsFastWithoutAllocating_data() { compression_data(); }
    void readImages_hugeClaimedCount_failsFastWithoutAllocating()
    {
        QFETCH(bool, gzip);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("liar"));
        // 10^9 images of 28x28 claimed (784 GB), 100 present.
        QVERIFY(writeImages(path, 1000000000u, 28, 28, gzip, /*actualImages*/ 100));
        const long before = peakResidentKilobytes();
        QElapsedTimer timer;
        timer.start();
        const QString message = errorOf([&] { IdxReader::readImages(path); });
        QVERIFY2(
            message.contains(QStringLiteral("header says 1000000000 images of 28x28 but the file holds 100")),
            qPrintable(message));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(peakResidentKilobytes() - before < 64 * 1024, "more than 64 MB allocated for a 78 kB file");
    }

    void readImages_implausibleImageSize_reportsSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wide"));
        QVERIFY(writeFile(path, idxBytes(0x00000803, {1, 1, 4000000000u}, QByteArray(8, '\0')), false));
        const QString message = errorOf([&] { IdxReader::readImages(path); });
        QVERIFY2(message.contains(QStringLiteral("not plausible")), qPrintable(message));
    }

    void readLabels_labelOutOfRange_reportsIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("labels"));
        QVERIFY(writeLabels(path, {0, 9, 12, 3}, false));
        const QString message = errorOf([&] { IdxReader::readLabels(path); });
        QVERIFY2(message.contains(QStringLiteral("label 12 at index 2 is outside 0..9")),
                 qPrintable(message));
    }

    void readLabels_truncated_reportsCounts_data() { compression_data(); }
    void readLabels_truncated_reportsCounts()
    {
        QFETCH(bool, gzip);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("labels"));
        QVERIFY(writeLabels(path, {1, 2, 3}, gzip, /*claimedCount*/ 60000));
        const QString message = errorOf([&] { IdxReader::readLabels(path); });
        QVERIFY2(message.contains(QStringLiteral("header says 60000 labels but the file holds 3")),
                 qPrintable(message));
    }

    void loadFolder_fourFiles_givesTrainAndTestTensors_data() { compression_data(); }
    void loadFolder_fourFiles_givesTrainAndTestTensors()
    {
        QFETCH(bool, gzip);
        QTemporaryDir dir;
        const QString gz = gzip ? QStringLiteral(".gz") : QString();
        QVERIFY(writeImages(dir.filePath("train-images-idx3-ubyte" + gz), 20, 6, 5, gzip));
        QVERIFY(writeLabels(dir.filePath("train-labels-idx1-ubyte" + gz), cyclingLabels(20), gzip));
        QVERIFY(writeImages(dir.filePath("t10k-images-idx3-ubyte" + gz), 10, 6, 5, gzip));
        QVERIFY(writeLabels(dir.filePath("t10k-labels-idx1-ubyte" + gz), cyclingLabels(10), gzip));

        const DataSet data = DataCatalog::load(dir.path());
        QCOMPARE(data.kind, genlab::data::DataKind::Images);
        QCOMPARE(data.trainCount(), 20);
        QCOMPARE(data.testCount(), 10);
        QCOMPARE(data.sampleShape(), (std::vector<int64_t>{1, 6, 5}));
        QCOMPARE(data.train.scalar_type(), torch::kFloat32);
        // Pixel i holds (i % 251) / 255.
        const at::Tensor flat = data.train.reshape({-1});
        QCOMPARE(flat[0].item<float>(), 0.0f);
        QVERIFY(qAbs(flat[250].item<float>() - 250.0f / 255.0f) < 1e-6f);
        QVERIFY(qAbs(flat[251].item<float>()) < 1e-6f);
        QCOMPARE(data.trainLabels.scalar_type(), torch::kInt64);
        QCOMPARE(data.trainLabels[13].item<int64_t>(), 3);
        QCOMPARE(data.testLabels[9].item<int64_t>(), 9);
        QCOMPARE(data.classNames.size(), 10);
    }

    void loadFolder_torchvisionRawLayoutAndDotNames_isFound()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("MNIST/raw")));
        const QString raw = dir.filePath(QStringLiteral("MNIST/raw/"));
        QVERIFY(writeImages(raw + "train-images.idx3-ubyte", 10, 28, 28, false));
        QVERIFY(writeLabels(raw + "train-labels.idx1-ubyte", cyclingLabels(10), false));
        const DataSet data = DataCatalog::load(dir.filePath(QStringLiteral("MNIST")));
        QCOMPARE(data.trainCount(), 10);
        QVERIFY(data.hasLabels());
        QVERIFY(!data.hasTest());
    }

    void loadFolder_labelCountDiffers_reportsInconsistentSizes()
    {
        QTemporaryDir dir;
        QVERIFY(writeImages(dir.filePath("train-images-idx3-ubyte"), 10, 4, 4, false));
        QVERIFY(writeLabels(dir.filePath("train-labels-idx1-ubyte"), cyclingLabels(9), false));
        const QString message = errorOf([&] { DataCatalog::load(dir.path()); });
        QVERIFY2(message.contains(QStringLiteral("inconsistent sizes: 9 labels for the 10 images")),
                 qPrintable(message));
    }

    void loadFolder_testImagesOfOtherSize_reportsInconsistentSizes()
    {
        QTemporaryDir dir;
        QVERIFY(writeImages(dir.filePath("train-images-idx3-ubyte"), 10, 4, 4, false));
        QVERIFY(writeImages(dir.filePath("t10k-images-idx3-ubyte"), 10, 5, 4, false));
        const QString message = errorOf([&] { DataCatalog::load(dir.path()); });
        QVERIFY2(message.contains(QStringLiteral("test images are 5x4 but train images 4x4")),
                 qPrintable(message));
    }

    void loadFile_singleImagesFile_findsItsLabels()
    {
        QTemporaryDir dir;
        QVERIFY(writeImages(dir.filePath("t10k-images-idx3-ubyte.gz"), 12, 3, 3, true));
        QVERIFY(writeLabels(dir.filePath("t10k-labels-idx1-ubyte.gz"), cyclingLabels(12), true));
        const DataSet data = DataCatalog::load(dir.filePath("t10k-images-idx3-ubyte.gz"));
        QCOMPARE(data.trainCount(), 12);
        QVERIFY(data.hasLabels());
        QCOMPARE(data.trainLabels[11].item<int64_t>(), 1);
    }
};

QTEST_GUILESS_MAIN(IdxTest)
#include "tst_idx.moc"
