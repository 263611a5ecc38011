// The worker behind the window, driven through its controller with real threads. Spies sit
// on the controller, which lives in the test's thread; the session emits from its own.
#include "session/SessionController.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace genlab::training;
using namespace genlab::session;
using namespace genlab::run;
using genlab::models::StepPart;

namespace {

TrainingConfig ringGan(const QString& runsRoot)
{
    TrainingConfig config;
    config.model = QStringLiteral("gan");
    config.data = QStringLiteral("ring8");
    config.seed = 3;
    config.steps = 100000;
    config.outDir = runsRoot;
    return config;
}

StoryVerdict verdict(const char* json)
{
    return StoryVerdict::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("test"));
}

SessionStatus lastStatus(const QSignalSpy& spy)
{
    return spy.isEmpty() ? SessionStatus{} : spy.last().at(0).value<SessionStatus>();
}

} // namespace

class TrainingSessionTest : public QObject
{
    Q_OBJECT

private slots:
    void start_deliversThrottledMetricsAndPreviews()
    {
        QTemporaryDir runs;
        SessionController session;
        QSignalSpy metrics(&session, &SessionController::metricsReady);
        QSignalSpy previews(&session, &SessionController::previewReady);
        QSignalSpy status(&session, &SessionController::statusChanged);
        session.configure(ringGan(runs.path()));
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(metrics.count() >= 5, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(previews.count() >= 2, 20000);
        session.pause();
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).state, SessionStatus::State::Paused, 5000);
        const qint64 steps = lastStatus(status).step;
        QVERIFY(steps > 0);
        // Every step's row arrives exactly once, batched.
        qint64 rows = 0;
        for (const QList<QVariant>& call : metrics)
            rows += call.at(0).value<MetricsBatch>().steps.size();
        QCOMPARE(rows, steps);
        const SamplePreview preview = previews.last().at(0).value<SamplePreview>();
        QVERIFY(preview.isPoints());
        QVERIFY(!preview.generated.isEmpty());
        QVERIFY(!preview.real.isEmpty());
    }

    // A preset's verdict reaches the window with the status, and marks the plot when it holds.
    void verdict_isInTheStatus_andLoggedWhenTold()
    {
        QTemporaryDir runs;
        SessionController session;
        QSignalSpy status(&session, &SessionController::statusChanged);
        QSignalSpy events(&session, &SessionController::eventLogged);
        TrainingConfig config = ringGan(runs.path());
        config.verdict = verdict(R"({"all": [{"metric": "loss_d", "below": 1e9, "for_steps": 5}]})");
        session.configure(config);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(lastStatus(status).storyTold, 20000);
        session.pause();
        // Before it held, the status said how far it was.
        bool pending = false;
        for (const QList<QVariant>& call : status)
            pending = pending || call.at(0).value<SessionStatus>().story.startsWith(
                                     QStringLiteral("story not told yet"));
        QVERIFY(pending);
        const SessionStatus told = lastStatus(status);
        QCOMPARE(told.storyStep, 5);
        QVERIFY(told.storySeconds > 0.0);
        QVERIFY2(told.story.startsWith(QStringLiteral("story told at step 5 after ")),
                 qPrintable(told.story));
        bool marked = false;
        for (const QList<QVariant>& call : events)
            marked = marked || (call.at(0).toLongLong() == 5 && call.at(1).toString() == told.story);
        QVERIFY(marked);
    }

    // A run that ends without its verdict says so, in words that do not promise more steps.
    void verdict_missedByTheEnd_isSaidPlainly()
    {
        QTemporaryDir runs;
        SessionController session;
        QSignalSpy status(&session, &SessionController::statusChanged);
        TrainingConfig config = ringGan(runs.path());
        config.steps = 12;
        config.verdict = verdict(R"({"all": [{"metric": "loss_d", "below": -1, "for_steps": 5}]})");
        session.configure(config);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).state, SessionStatus::State::Finished, 20000);
        const SessionStatus finished = lastStatus(status);
        QVERIFY(!finished.storyTold);
        QVERIFY2(finished.story.startsWith(
                     QStringLiteral("story not told in 12 steps (loss_d < -1 for 5 steps): ")),
                 qPrintable(finished.story));
    }

    // A run without a sample interval keeps a thinned series of the pictures its timeline
    // showed (one every kSampleFileIntervalMs), and a preset's run is named after the preset.
    void windowRun_keepsItsTimelinesPictures_andIsNamedAfterItsPreset()
    {
        QTemporaryDir runs;
        SessionController session;
        QSignalSpy status(&session, &SessionController::statusChanged);
        QSignalSpy previews(&session, &SessionController::previewReady);
        TrainingConfig config = ringGan(runs.path());
        config.preset = QStringLiteral("gan-collapse-ring8");
        session.configure(config);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(!lastStatus(status).runPath.isEmpty(), 20000);
        const QString runPath = lastStatus(status).runPath;
        QVERIFY2(runPath.endsWith(QStringLiteral("-gan-collapse-ring8")), qPrintable(runPath));
        const QDir samples(runPath + QStringLiteral("/samples"));
        QTRY_VERIFY_WITH_TIMEOUT(samples.entryList({QStringLiteral("step-*.csv")}, QDir::Files).size() >= 3,
                                 20000);
        session.pause();
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).state, SessionStatus::State::Paused, 5000);
        // Thinned: far fewer pictures than previews (4 a second against one every 2 s).
        const int files = samples.entryList({QStringLiteral("step-*.csv")}, QDir::Files).size();
        QVERIFY2(files * 3 < previews.count(),
                 qPrintable(QStringLiteral("%1 files, %2 previews").arg(files).arg(previews.count())));
    }

    void pause_stopsTheStepCountAndStepAdvancesExactlyOne()
    {
        QTemporaryDir runs;
        SessionController session;
        QSignalSpy status(&session, &SessionController::statusChanged);
        session.configure(ringGan(runs.path()));
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(lastStatus(status).step > 20, 20000);
        session.pause();
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).state, SessionStatus::State::Paused, 5000);
        const qint64 pausedAt = lastStatus(status).step;
        // Commands run in order in the worker: had it stepped after pausing, this would be more.
        session.step(StepPart::Both);
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).step, pausedAt + 1, 5000);
        session.step(StepPart::DiscriminatorOnly);
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).step, pausedAt + 2, 5000);
        session.step(StepPart::GeneratorOnly);
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).step, pausedAt + 3, 5000);
        QCOMPARE(lastStatus(status).state, SessionStatus::State::Paused);
    }

    void hyperParameterChange_isAppliedAtTheNextStepAndRecorded()
    {
        QTemporaryDir runs;
        SessionController session;
        QSignalSpy status(&session, &SessionController::statusChanged);
        QSignalSpy events(&session, &SessionController::eventLogged);
        QSignalSpy failures(&session, &SessionController::failed);
        session.configure(ringGan(runs.path()));
        session.step(StepPart::Both);
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).step, qint64(1), 10000);
        session.setHyperParameter(QStringLiteral("lr_g"), 0.005);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 5000);
        QCOMPARE(events.at(0).at(0).toLongLong(), qint64(1));
        const QString text = events.at(0).at(1).toString();
        QVERIFY2(text.contains(QStringLiteral("lr_g")) && text.contains(QStringLiteral("0.005")),
                 qPrintable(text));
        session.step(StepPart::Both);
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).step, qint64(2), 5000);
        // The run folder's event log has it too.
        const QString runPath = lastStatus(status).runPath;
        QVERIFY(!runPath.isEmpty());
        QFile log(runPath + QStringLiteral("/events.csv"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(log.readAll()).contains(QStringLiteral("lr_g")));
        // A bad value is refused with a message and changes nothing.
        session.setHyperParameter(QStringLiteral("lr_g"), -1.0);
        QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, 5000);
        QCOMPARE(events.count(), 1);
    }

    void reset_startsAgainFromStepZero()
    {
        QTemporaryDir runs;
        SessionController session;
        QSignalSpy status(&session, &SessionController::statusChanged);
        session.configure(ringGan(runs.path()));
        for (int i = 0; i < 3; ++i)
            session.step(StepPart::Both);
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).step, qint64(3), 10000);
        const QString firstRun = lastStatus(status).runPath;
        session.reset();
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).step, qint64(0), 5000);
        session.step(StepPart::Both);
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).step, qint64(1), 10000);
        QVERIFY(lastStatus(status).runPath != firstRun); // a new folder; the old run is kept
        QVERIFY(QFile::exists(firstRun + QStringLiteral("/config.json")));
    }

    void destroyingTheControllerWhileTraining_returnsWithinOneSecond()
    {
        QTemporaryDir runs;
        auto session = std::make_unique<SessionController>();
        QSignalSpy status(session.get(), &SessionController::statusChanged);
        session->configure(ringGan(runs.path()));
        session->start();
        QTRY_VERIFY_WITH_TIMEOUT(lastStatus(status).step > 10, 20000);
        QElapsedTimer timer;
        timer.start();
        session.reset();
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void badConfiguration_reportsAndKeepsTheWorkerAlive()
    {
        QTemporaryDir runs;
        SessionController session;
        QSignalSpy failures(&session, &SessionController::failed);
        QSignalSpy status(&session, &SessionController::statusChanged);
        TrainingConfig config = ringGan(runs.path());
        config.data = runs.filePath(QStringLiteral("missing.csv"));
        session.configure(config);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, 10000);
        QVERIFY(failures.at(0).at(0).toString().contains(QStringLiteral("missing.csv")));
        session.configure(ringGan(runs.path()));
        session.step(StepPart::Both);
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).step, qint64(1), 10000);
    }
};

QTEST_GUILESS_MAIN(TrainingSessionTest)
#include "tst_trainingsession.moc"
