#include "IdxTestFiles.h"

#include "cli/CommandRegistry.h"
#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/DataCatalog.h"
#include "data/DataSet.h"

#include "InputErrorMessage.h"
#include <QDir>
#include <QTemporaryDir>

#include <QtTest>

#include <cstdio>
#include <unistd.h>

using genlab::InputError;
using genlab::data::DataCatalog;
using genlab::data::DataSet;
using genlab::data::DataSetInfo;
using namespace genlab::testing;

namespace {

DataSetInfo infoNamed(const QString& name)
{
    for (const DataSetInfo& info : DataCatalog::available())
        if (info.name == name)
            return info;
    return {};
}

// Runs a verb and returns what it printed on stdout.
QString runVerb(const QString& verb, const QStringList& arguments, int* status)
{
    const auto command = genlab::cli::CommandRegistry::create(verb);
    if (!command)
        return QStringLiteral("<no such verb>");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    std::fflush(stdout);
    const int saved = dup(fileno(stdout));
    if (!std::freopen(QFile::encodeName(path).constData(), "w", stdout))
        return QStringLiteral("<cannot redirect>");
    *status = command->run(arguments);
    std::fflush(stdout);
    dup2(saved, fileno(stdout));
    close(saved);
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

void writeFakeFashion(const QString& folder)
{
    std::vector<uint8_t> labels;
    for (int i = 0; i < 30; ++i)
        labels.push_back(uint8_t(i % 10));
    QVERIFY(writeImages(QDir(folder).filePath("train-images-idx3-ubyte.gz"), 30, 28, 28, true));
    QVERIFY(writeLabels(QDir(folder).filePath("train-labels-idx1-ubyte.gz"), labels, true));
    QVERIFY(writeImages(QDir(folder).filePath("t10k-images-idx3-ubyte.gz"), 20, 28, 28, true));
    labels.resize(20);
    QVERIFY(writeLabels(QDir(folder).filePath("t10k-labels-idx1-ubyte.gz"), labels, true));
}

} // namespace

class CatalogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }
    void cleanup()
    {
        qunsetenv("GENLAB_FASHION_MNIST_DIR");
        qunsetenv("GENLAB_MNIST_DIR");
    }

    void available_listsTheBuiltInSources()
    {
        QStringList names;
        for (const DataSetInfo& info : DataCatalog::available())
            names << info.name;
        QCOMPARE(names, (QStringList{"fashion-mnist", "mnist", "ring8", "grid25", "spiral", "moons"}));
        const DataSetInfo ring = infoNamed(QStringLiteral("ring8"));
        QVERIFY(ring.found);
        QCOMPARE(ring.sampleShape, (QVector<int64_t>{2}));
        QCOMPARE(ring.trainCount, genlab::data::LoadOptions().pointCount);
        QVERIFY(ring.location.isEmpty());
        QVERIFY(!ring.description.isEmpty());
    }

    void available_fashionFolderOverride_readsCountsFromTheHeaders()
    {
        QTemporaryDir dir;
        writeFakeFashion(dir.path());
        qputenv("GENLAB_FASHION_MNIST_DIR", QFile::encodeName(dir.path()));
        const DataSetInfo info = infoNamed(QStringLiteral("fashion-mnist"));
        QVERIFY2(info.found, qPrintable(info.problem));
        QCOMPARE(info.trainCount, int64_t(30));
        QCOMPARE(info.testCount, int64_t(20));
        QCOMPARE(info.sampleShape, (QVector<int64_t>{1, 28, 28}));
        QVERIFY(info.hasLabels);
        const DataSet data = DataCatalog::load(QStringLiteral("fashion-mnist"));
        QCOMPARE(data.name, QStringLiteral("fashion-mnist"));
        QCOMPARE(data.classNames.value(9), QStringLiteral("Ankle boot"));
        QCOMPARE(data.trainCount(), int64_t(30));
    }

    void available_missingFashion_isListedAsNotFoundWithAHint()
    {
        QTemporaryDir dir;
        qputenv("GENLAB_FASHION_MNIST_DIR", QFile::encodeName(dir.filePath(QStringLiteral("nowhere"))));
        const DataSetInfo info = infoNamed(QStringLiteral("fashion-mnist"));
        QVERIFY(!info.found);
        QVERIFY2(info.problem.contains(QStringLiteral("dataset-fashion-mnist")), qPrintable(info.problem));
        const QString message = errorOf([] { DataCatalog::load(QStringLiteral("fashion-mnist")); });
        QVERIFY2(message.contains(QStringLiteral("not found")), qPrintable(message));
    }

    void available_damagedFashion_isListedWithTheProblem()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(QDir(dir.path()).filePath("train-images-idx3-ubyte"), "garbage!", false));
        qputenv("GENLAB_FASHION_MNIST_DIR", QFile::encodeName(dir.path()));
        const DataSetInfo info = infoNamed(QStringLiteral("fashion-mnist"));
        QVERIFY(!info.found);
        QVERIFY2(info.problem.contains(QStringLiteral("not an IDX file")), qPrintable(info.problem));
    }

    void mnistDir_withIdxFiles_isUsedForMnist()
    {
        QTemporaryDir dir;
        writeFakeFashion(dir.path()); // any MNIST-family IDX folder, e.g. torchvision's MNIST/raw
        qputenv("GENLAB_MNIST_DIR", QFile::encodeName(dir.path()));
        const DataSetInfo info = infoNamed(QStringLiteral("mnist"));
        QVERIFY2(info.found, qPrintable(info.problem));
        QCOMPARE(info.trainCount, int64_t(30));
        QCOMPARE(info.testCount, int64_t(20));
        const DataSet data = DataCatalog::load(QStringLiteral("mnist"));
        QCOMPARE(data.classNames.value(9), QStringLiteral("9"));
        QCOMPARE(data.testCount(), int64_t(20));
    }

    void load_unknownName_listsTheKnownOnes()
    {
        const QString message = errorOf([] { DataCatalog::load(QStringLiteral("cifar-11")); });
        QVERIFY2(message.contains(QStringLiteral("'cifar-11'")) && message.contains(QStringLiteral("ring8")),
                 qPrintable(message));
    }

    void load_folderWithoutData_reportsWhatIsExpected()
    {
        QTemporaryDir dir;
        const QString message = errorOf([&] { DataCatalog::load(dir.path()); });
        QVERIFY2(message.startsWith(dir.path()) && message.contains(QStringLiteral("IDX")),
                 qPrintable(message));
    }

    void datasetsVerb_listsEverySourceAndNotFoundOnesWithAHint()
    {
        QTemporaryDir fashion;
        writeFakeFashion(fashion.path());
        QTemporaryDir empty;
        qputenv("GENLAB_FASHION_MNIST_DIR", QFile::encodeName(fashion.path()));
        qputenv("GENLAB_MNIST_DIR", QFile::encodeName(empty.path()));
        int status = -1;
        const QString output = runVerb(QStringLiteral("datasets"), {}, &status);
        QCOMPARE(status, 0);
        const QStringList lines = output.split(QLatin1Char('\n'));
        auto lineOf = [&](const QString& name) {
            for (const QString& line : lines)
                if (line.startsWith(name + QLatin1Char(' ')))
                    return line;
            return QString();
        };
        const QString fashionLine = lineOf(QStringLiteral("fashion-mnist"));
        QVERIFY2(fashionLine.contains(QStringLiteral("30 train / 20 test")) &&
                     fashionLine.contains(QStringLiteral("1x28x28")) &&
                     fashionLine.contains(QStringLiteral("labels")) && fashionLine.contains(fashion.path()),
                 qPrintable(output));
        const QString mnistLine = lineOf(QStringLiteral("mnist"));
        QVERIFY2(mnistLine.contains(QStringLiteral("not found")) &&
                     mnistLine.contains(QStringLiteral("GENLAB_MNIST_DIR")),
                 qPrintable(output));
        for (const char* name : {"ring8", "grid25", "spiral", "moons"})
            QVERIFY2(lineOf(QString::fromLatin1(name)).contains(QStringLiteral("50000")), qPrintable(output));
    }

    void datasetsVerb_withAName_describesIt()
    {
        int status = -1;
        const QString output =
            runVerb(QStringLiteral("datasets"), {"grid25", "--points", "1000", "--seed", "3"}, &status);
        QCOMPARE(status, 0);
        QVERIFY2(output.contains(QStringLiteral("samples: 1000")) &&
                     output.contains(QStringLiteral("25 Gaussians")),
                 qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(CatalogTest)
#include "tst_catalog.moc"
