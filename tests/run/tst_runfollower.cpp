#include "common/InputError.h"
#include "run/RunDirectory.h"
#include "run/RunFollower.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab;
using run::MetricsBatch;
using run::RunDirectory;
using run::RunFollower;
using run::SamplePreview;

namespace {

const QStringList kColumns{QStringLiteral("loss_d"), QStringLiteral("loss_g")};

models::StepMetrics row(double d, double g)
{
    return {{QStringLiteral("loss_d"), d}, {QStringLiteral("loss_g"), g}};
}

QVector<qint64> stepsOf(const QSignalSpy& spy)
{
    QVector<qint64> steps;
    for (const QList<QVariant>& call : spy)
        steps += call.at(0).value<MetricsBatch>().steps;
    return steps;
}

} // namespace

class RunFollowerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<MetricsBatch>();
        qRegisterMetaType<SamplePreview>();
    }

    void open_existingRows_thenPoll_picksUpAppendedRowsOnly()
    {
        QTemporaryDir dir;
        RunDirectory run(dir.path());
        run.writeConfig({{QStringLiteral("model"), QStringLiteral("gan")},
                         {QStringLiteral("data"), QStringLiteral("ring8")}});
        for (int step = 1; step <= 3; ++step)
            run.appendMetrics(kColumns, step, 0.1 * step, row(step, -step));

        RunFollower follower;
        QSignalSpy metrics(&follower, &RunFollower::metricsReady);
        follower.open(dir.path());
        QCOMPARE(stepsOf(metrics), (QVector<qint64>{1, 2, 3}));
        const MetricsBatch first = metrics.first().at(0).value<MetricsBatch>();
        QCOMPARE(first.rows.at(1).at(1).name, QStringLiteral("loss_g"));
        QCOMPARE(first.rows.at(1).at(1).value, -2.0);

        run.appendMetrics(kColumns, 4, 0.4, row(4, -4));
        run.appendMetrics(kColumns, 5, 0.5, row(5, -5));
        follower.poll();
        QCOMPARE(stepsOf(metrics), (QVector<qint64>{1, 2, 3, 4, 5}));
        follower.poll(); // nothing new: nothing emitted
        QCOMPARE(metrics.size(), 2);
        QCOMPARE(follower.lastStep(), 5);
    }

    void poll_halfWrittenRow_waitsForItsEnd()
    {
        QTemporaryDir dir;
        RunDirectory run(dir.path());
        run.writeConfig({{QStringLiteral("model"), QStringLiteral("gan")}});
        run.appendMetrics(kColumns, 1, 0.1, row(1, 1));
        RunFollower follower;
        QSignalSpy metrics(&follower, &RunFollower::metricsReady);
        follower.open(dir.path());
        QFile file(dir.filePath(QStringLiteral("metrics.csv")));
        QVERIFY(file.open(QIODevice::Append));
        file.write("2,0.2,0.5");
        file.flush();
        follower.poll();
        QCOMPARE(stepsOf(metrics), (QVector<qint64>{1}));
        file.write(",0.25\n");
        file.flush();
        follower.poll();
        QCOMPARE(stepsOf(metrics), (QVector<qint64>{1, 2}));
        QCOMPARE(metrics.last().at(0).value<MetricsBatch>().rows.first().at(1).value, 0.25);
    }

    void poll_newSampleAndEvent_areReported()
    {
        QTemporaryDir dir;
        RunDirectory run(dir.path());
        run.writeConfig({{QStringLiteral("model"), QStringLiteral("vae")}});
        RunFollower follower;
        QSignalSpy previews(&follower, &RunFollower::previewReady);
        QSignalSpy events(&follower, &RunFollower::eventLogged);
        follower.open(dir.path());
        QCOMPARE(previews.size(), 0);
        QImage grid(12, 12, QImage::Format_RGB32);
        grid.fill(Qt::red);
        run.writeSampleImage(100, grid);
        run.appendEvent(100, 1.0, QStringLiteral("set"), QStringLiteral("lr"), QStringLiteral("0.001"),
                        QStringLiteral("0.0001"));
        follower.poll();
        QCOMPARE(previews.size(), 1);
        const SamplePreview preview = previews.first().at(0).value<SamplePreview>();
        QCOMPARE(preview.step, 100);
        QCOMPARE(preview.grid.size(), QSize(12, 12));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().at(0).toLongLong(), 100);
        QVERIFY(events.first().at(1).toString().startsWith(QStringLiteral("lr 0.001")));
        follower.poll();
        QCOMPARE(previews.size(), 1);
    }

    void open_folderWithoutConfig_reportsInputError()
    {
        QTemporaryDir dir;
        RunFollower follower;
        QVERIFY_THROWS_EXCEPTION(InputError, follower.open(dir.path()));
        QVERIFY(!follower.isOpen());
    }
};

QTEST_GUILESS_MAIN(RunFollowerTest)
#include "tst_runfollower.moc"
