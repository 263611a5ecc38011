#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/DataCatalog.h"
#include "data/DataSet.h"
#include "data/PointsCsvReader.h"

#include "InputErrorMessage.h"
#include <QFile>
#include <QTemporaryDir>

#include <QtTest>

using genlab::InputError;
using genlab::data::DataCatalog;
using genlab::data::DataSet;
using genlab::data::PointsCsvReader;

using genlab::testing::errorOf;

namespace {

QString writeCsv(const QTemporaryDir& dir, const QByteArray& text)
{
    const QString path = dir.filePath(QStringLiteral("points.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return QString();
    return path;
}

} // namespace

class PointsCsvTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void read_withHeaderBlankLinesAndComments_givesThePoints()
    {
        QTemporaryDir dir;
        const QString path = writeCsv(dir, "x,y\n# a comment\n1.5,-2\n\n 3e-1 , 4 \r\n-0,7.25\n");
        const DataSet data = DataCatalog::load(path);
        QCOMPARE(data.kind, genlab::data::DataKind::Points2D);
        QCOMPARE(data.sampleShape(), (std::vector<int64_t>{2}));
        QCOMPARE(data.trainCount(), int64_t(3));
        QVERIFY(!data.hasLabels());
        QVERIFY(data.modes.empty());
        const std::vector<float> expected{1.5f, -2.0f, 0.3f, 4.0f, 0.0f, 7.25f};
        const at::Tensor points = data.train.contiguous();
        for (size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(points.data_ptr<float>()[i], expected[i]);
    }

    void read_withoutHeader_givesThePoints()
    {
        QTemporaryDir dir;
        const DataSet data = PointsCsvReader::read(writeCsv(dir, "0,1\n2,3"));
        QCOMPARE(data.trainCount(), int64_t(2));
        QCOMPARE(data.train[1][1].item<float>(), 3.0f);
    }

    void read_badLine_namesFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("text") << QByteArray("x,y\n1,2\n3,abc\n")
                              << QStringLiteral(":3: 'abc' is not a number");
        QTest::newRow("nan") << QByteArray("1,2\n\n3,4\nnan,1\n") << QStringLiteral(":4: 'nan' is not");
        QTest::newRow("inf") << QByteArray("1,2\n1e999,1\n") << QStringLiteral(":2: '1e999' is not");
        QTest::newRow("one column") << QByteArray("x,y\n1\n")
                                    << QStringLiteral(":2: expected 2 columns (x,y), found 1");
        QTest::newRow("three columns")
            << QByteArray("1,2,3\n") << QStringLiteral(":1: expected 2 columns (x,y), found 3");
        QTest::newRow("empty field") << QByteArray("1,2\n,5\n") << QStringLiteral(":2: column 1 is empty");
        QTest::newRow("second header")
            << QByteArray("x,y\n1,2\nx,y\n") << QStringLiteral(":3: 'x' is not a number");
        QTest::newRow("no points") << QByteArray("x,y\n\n") << QStringLiteral(": holds no points");
    }
    void read_badLine_namesFileAndLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = writeCsv(dir, text);
        const QString message = errorOf([&] { PointsCsvReader::read(path); });
        QVERIFY2(message.startsWith(path + problem), qPrintable(message));
    }

    void read_missingFile_reportsError()
    {
        const QString message = errorOf([] { DataCatalog::load(QStringLiteral("/nonexistent/points.csv")); });
        QVERIFY2(message.contains(QStringLiteral("/nonexistent/points.csv")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(PointsCsvTest)
#include "tst_pointscsv.moc"
