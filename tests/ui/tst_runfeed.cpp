// The feed the window's views attach to: a followed run folder's values, progress and newest
// model (its checkpoints, opened on a worker), and the way back to the live session.
#include "BarImageFolder.h"
#include "RunnerIdle.h"
#include "TinyVae.h"
#include "run/RunFollower.h"
#include "session/SessionController.h"
#include "snapshot/ModelSnapshot.h"
#include "training/Trainer.h"
#include "ui/jobs/BackgroundRunner.h"
#include "ui/training/RunFeed.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab;
using run::SessionStatus;
using testing::trainSteps;
using testing::waitIdle;
using training::Trainer;
using training::TrainingConfig;

namespace {

TrainingConfig tinyVae(const QString& data, const QString& out)
{
    TrainingConfig config = testing::tinyVae(data, 3);
    config.outDir = out;
    config.sampleCount = 16;
    config.metricsEvery = 1;
    config.sampleEvery = 0;
    config.checkpointEvery = 0;
    return config;
}

// The models among the signal's arguments (null ones included).
QList<snapshot::ModelSnapshotPtr> shown(const QSignalSpy& spy)
{
    QList<snapshot::ModelSnapshotPtr> result;
    for (const QList<QVariant>& arguments : spy)
        result << arguments.at(0).value<snapshot::ModelSnapshotPtr>();
    return result;
}

} // namespace

class RunFeedTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("bars"));
        QVERIFY(testing::writeBarImageFolder(m_data, 12));
    }

    void followedRun_opensEachNewCheckpointOnce()
    {
        QTemporaryDir runs;
        Trainer trainer(tinyVae(m_data, runs.filePath(QStringLiteral("run"))));
        trainSteps(trainer, 12);
        trainer.writeSamples();
        trainer.writeCheckpoint();

        session::SessionController live;
        run::RunFollower follower;
        ui::RunFeed feed(&live, &follower);
        QSignalSpy snapshots(&feed, &ui::RunFeed::snapshotReady);
        QSignalSpy previews(&feed, &ui::RunFeed::previewReady);
        feed.follow(trainer.runPath());
        QVERIFY(feed.isFollowingRun());
        // First the views drop the previous model, then the run's checkpoint arrives.
        QCOMPARE(snapshots.count(), 1);
        QVERIFY(!shown(snapshots).at(0));
        QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 2, 20000);
        QCOMPARE(shown(snapshots).at(1)->step(), qint64(12));
        QCOMPARE(shown(snapshots).at(1)->latentDim(), 3);
        // The previews name the grid's noise, from config.json.
        QCOMPARE(previews.count(), 1);
        const auto preview = previews.at(0).at(0).value<run::SamplePreview>();
        QCOMPARE(preview.noiseSeed, quint64(9));
        QCOMPARE(preview.noiseCount, 16);

        follower.poll(); // nothing new: nothing opened again
        QVERIFY(waitIdle(feed.runner()));
        QCOMPARE(snapshots.count(), 2);

        trainSteps(trainer, 8);
        trainer.writeSamples();
        trainer.writeCheckpoint();
        follower.poll();
        QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 3, 20000);
        QCOMPARE(shown(snapshots).at(2)->step(), qint64(20));
        QVERIFY(waitIdle(feed.runner()));
    }

    void followedRun_reportsItsProgressFromTheFolder()
    {
        QTemporaryDir runs;
        Trainer trainer(tinyVae(m_data, runs.filePath(QStringLiteral("run"))));
        trainSteps(trainer, 7);

        session::SessionController live;
        run::RunFollower follower;
        ui::RunFeed feed(&live, &follower);
        QSignalSpy statuses(&feed, &ui::RunFeed::statusChanged);
        feed.follow(trainer.runPath());
        QVERIFY(!statuses.isEmpty());
        auto status = statuses.last().at(0).value<SessionStatus>();
        QCOMPARE(status.step, qint64(7));
        QCOMPARE(status.totalSteps, qint64(1000));
        QCOMPARE(status.epoch, qint64(-1)); // not recorded in the folder
        QCOMPARE(status.runPath, trainer.runPath());
        QVERIFY(status.elapsedSeconds > 0.0);
        QCOMPARE(status.state, SessionStatus::State::Running);

        trainSteps(trainer, 3);
        follower.poll();
        status = statuses.last().at(0).value<SessionStatus>();
        QCOMPARE(status.step, qint64(10));
        QVERIFY(waitIdle(feed.runner()));
    }

    void stopFollowing_givesTheLiveSessionBackAndIgnoresLateCheckpoints()
    {
        QTemporaryDir runs;
        Trainer trainer(tinyVae(m_data, runs.filePath(QStringLiteral("run"))));
        trainSteps(trainer, 5);
        trainer.writeCheckpoint();

        session::SessionController live;
        run::RunFollower follower;
        ui::RunFeed feed(&live, &follower);
        QVERIFY(!feed.stopFollowing()); // nothing followed yet
        QSignalSpy snapshots(&feed, &ui::RunFeed::snapshotReady);
        QSignalSpy statuses(&feed, &ui::RunFeed::statusChanged);
        feed.follow(trainer.runPath());
        // Closed before its checkpoint is open: the late model is not shown.
        QVERIFY(feed.stopFollowing());
        QVERIFY(!feed.isFollowingRun());
        QVERIFY(waitIdle(feed.runner()));
        QTest::qWait(50);
        for (const snapshot::ModelSnapshotPtr& model : shown(snapshots))
            QVERIFY(!model);
        // The live session's progress again (it has not trained: step 0, no folder).
        const auto status = statuses.last().at(0).value<SessionStatus>();
        QCOMPARE(status.step, qint64(0));
        QVERIFY(status.runPath.isEmpty());
        QVERIFY(!feed.stopFollowing());
    }

    void notARunFolder_throwsAndKeepsTheLiveSession()
    {
        QTemporaryDir empty;
        session::SessionController live;
        run::RunFollower follower;
        ui::RunFeed feed(&live, &follower);
        QSignalSpy snapshots(&feed, &ui::RunFeed::snapshotReady);
        QVERIFY_THROWS_EXCEPTION(std::exception, feed.follow(empty.path()));
        QVERIFY(!feed.isFollowingRun());
        QCOMPARE(snapshots.count(), 0); // the views keep what they show
    }

private:
    QTemporaryDir m_dir;
    QString m_data;
};

QTEST_MAIN(RunFeedTest)
#include "tst_runfeed.moc"
