#include "common/InputError.h"
#include "run/RunDirectory.h"

#include <QtTest>

using genlab::models::StepMetrics;
using genlab::run::RunDirectory;

namespace {

QStringList readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestRunDirectory : public QObject
{
    Q_OBJECT

private slots:
    void appendMetrics_missingValue_leavesFieldEmpty()
    {
        QTemporaryDir dir;
        RunDirectory run(dir.path());
        const QStringList columns{QStringLiteral("loss_d"), QStringLiteral("loss_g")};
        run.appendMetrics(columns, 1, 0.5,
                          StepMetrics{{QStringLiteral("loss_d"), 0.25}, {QStringLiteral("loss_g"), 2.0}});
        run.appendMetrics(columns, 2, 1.0, StepMetrics{{QStringLiteral("loss_d"), 0.5}});
        const QStringList lines = readLines(dir.filePath(QStringLiteral("metrics.csv")));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("step,time,loss_d,loss_g"));
        QCOMPARE(lines[1], QStringLiteral("1,0.500,0.25,2"));
        QCOMPARE(lines[2], QStringLiteral("2,1.000,0.5,"));
    }

    void appendMetrics_afterReopen_keepsExistingHeader()
    {
        QTemporaryDir dir;
        {
            RunDirectory run(dir.path());
            run.appendMetrics({QStringLiteral("a"), QStringLiteral("b")}, 1, 0.0,
                              StepMetrics{{QStringLiteral("a"), 1.0}, {QStringLiteral("b"), 2.0}});
        }
        RunDirectory again(dir.path());
        again.appendMetrics({QStringLiteral("b"), QStringLiteral("a")}, 2, 0.0,
                            StepMetrics{{QStringLiteral("b"), 4.0}, {QStringLiteral("a"), 3.0}});
        const QStringList lines = readLines(dir.filePath(QStringLiteral("metrics.csv")));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("step,time,a,b"));
        QCOMPARE(lines[2], QStringLiteral("2,0.000,3,4"));
    }

    void truncateLogsAfter_dropsLaterRowsOfMetricsAndEvents()
    {
        QTemporaryDir dir;
        RunDirectory run(dir.path());
        for (int step = 1; step <= 5; ++step) {
            run.appendMetrics({QStringLiteral("x")}, step, step,
                              StepMetrics{{QStringLiteral("x"), double(step)}});
            run.appendEvent(step, step, QStringLiteral("set"), QStringLiteral("lr"), QStringLiteral("1"),
                            QStringLiteral("2"));
        }
        run.truncateLogsAfter(3);
        run.appendMetrics({QStringLiteral("x")}, 4, 4.0, StepMetrics{{QStringLiteral("x"), 40.0}});
        const QStringList metrics = readLines(dir.filePath(QStringLiteral("metrics.csv")));
        QCOMPARE(metrics.size(), 5);
        QCOMPARE(metrics.last(), QStringLiteral("4,4.000,40"));
        const QStringList events = readLines(dir.filePath(QStringLiteral("events.csv")));
        QCOMPARE(events.size(), 4);
        QCOMPARE(events[0], QStringLiteral("step,time,event,name,old,new"));
    }

    void writeCheckpoint_twice_latestNamesTheNewestAndNoTemporaryRemains()
    {
        QTemporaryDir dir;
        RunDirectory run(dir.path());
        run.writeCheckpoint(100, QByteArray("first"));
        const QString second = run.writeCheckpoint(20, QByteArray("second"));
        QCOMPARE(RunDirectory::latestCheckpoint(dir.path()), second);
        const QStringList files = QDir(dir.filePath(QStringLiteral("checkpoints"))).entryList(QDir::Files);
        QCOMPARE(files, (QStringList{QStringLiteral("latest"), QStringLiteral("step-00000020.pt"),
                                     QStringLiteral("step-00000100.pt")}));
    }

    void latestCheckpoint_withoutPointer_takesHighestStep()
    {
        QTemporaryDir dir;
        RunDirectory run(dir.path());
        run.writeCheckpoint(100, QByteArray("a"));
        run.writeCheckpoint(2000, QByteArray("b"));
        run.writeCheckpoint(300, QByteArray("c"));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("checkpoints/latest"))));
        QCOMPARE(QFileInfo(RunDirectory::latestCheckpoint(dir.path())).fileName(),
                 QStringLiteral("step-00002000.pt"));
    }

    void latestCheckpoint_emptyRun_isEmpty()
    {
        QTemporaryDir dir;
        QVERIFY(RunDirectory::latestCheckpoint(dir.path()).isEmpty());
    }

    void writeSamplePoints_writesHeaderAndRows()
    {
        QTemporaryDir dir;
        RunDirectory run(dir.path());
        const QString path = run.writeSamplePoints(7, {QPointF(1.5, -2.0), QPointF(0.0, 0.25)});
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("step-00000007.csv"));
        QCOMPARE(readLines(path),
                 (QStringList{QStringLiteral("x,y"), QStringLiteral("1.5,-2"), QStringLiteral("0,0.25")}));
    }

    void config_roundTrip_readsWhatWasWritten()
    {
        QTemporaryDir dir;
        RunDirectory run(dir.path());
        QJsonObject config;
        config[QStringLiteral("model")] = QStringLiteral("gan");
        config[QStringLiteral("seed")] = 7;
        run.writeConfig(config);
        QCOMPARE(RunDirectory::readConfig(dir.path()), config);
    }

    void readConfig_notARunFolder_reportsError()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, RunDirectory::readConfig(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestRunDirectory)
#include "tst_rundirectory.moc"
