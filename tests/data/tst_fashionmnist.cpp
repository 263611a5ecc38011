// Integration test on the real data: runs only where Debian's dataset-fashion-mnist is installed
// (skipped, visibly, elsewhere). It also prints how long the load takes.

#include "common/TorchApi.h"
#include "data/DataCatalog.h"
#include "data/DataSet.h"
#include "data/IdxFolderReader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QtTest>

using genlab::data::DataCatalog;
using genlab::data::DataSet;

class FashionMnistTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void load_debianFashionMnist_has60000TrainAnd10000TestBalancedOverTenClasses()
    {
        const QString folder = QStringLiteral("/usr/share/datasets/fashion-mnist");
        if (genlab::data::IdxFolderReader::find(folder).empty())
            QSKIP("Fashion-MNIST is not installed at /usr/share/datasets/fashion-mnist (apt install "
                  "dataset-fashion-mnist)");
        qunsetenv("GENLAB_FASHION_MNIST_DIR");
        QElapsedTimer timer;
        timer.start();
        const DataSet data = DataCatalog::load(QStringLiteral("fashion-mnist"));
        qInfo("Fashion-MNIST loaded in %lld ms", timer.elapsed());

        QCOMPARE(data.trainCount(), int64_t(60000));
        QCOMPARE(data.testCount(), int64_t(10000));
        QCOMPARE(data.sampleShape(), (std::vector<int64_t>{1, 28, 28}));
        QCOMPARE(data.classNames.size(), 10);
        QCOMPARE(data.classNames.first(), QStringLiteral("T-shirt/top"));
        const at::Tensor trainHistogram = torch::bincount(data.trainLabels, {}, 10);
        const at::Tensor testHistogram = torch::bincount(data.testLabels, {}, 10);
        for (int c = 0; c < 10; ++c) {
            QCOMPARE(trainHistogram[c].item<int64_t>(), int64_t(6000));
            QCOMPARE(testHistogram[c].item<int64_t>(), int64_t(1000));
        }
        QCOMPARE(data.train.min().item<float>(), 0.0f);
        QCOMPARE(data.train.max().item<float>(), 1.0f);
        // The mean pixel of Fashion-MNIST's training set is 0.2860.
        QVERIFY(std::abs(data.train.mean().item<double>() - 0.2860) < 0.001);
    }

    void available_debianFashionMnist_isListedFromTheHeaders()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/share/datasets/fashion-mnist")))
            QSKIP("Fashion-MNIST is not installed at /usr/share/datasets/fashion-mnist");
        qunsetenv("GENLAB_FASHION_MNIST_DIR");
        const auto infos = DataCatalog::available();
        QVERIFY(!infos.isEmpty());
        QCOMPARE(infos.first().name, QStringLiteral("fashion-mnist"));
        QVERIFY2(infos.first().found, qPrintable(infos.first().problem));
        QCOMPARE(infos.first().trainCount, int64_t(60000));
        QCOMPARE(infos.first().testCount, int64_t(10000));
    }
};

QTEST_GUILESS_MAIN(FashionMnistTest)
#include "tst_fashionmnist.moc"
