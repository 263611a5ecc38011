#include "RunFeed.h"

#include "run/RunDirectory.h"
#include "run/RunFollower.h"
#include "session/SessionController.h"
#include "training/TrainerSnapshot.h"
#include "ui/jobs/BackgroundRunner.h"

#include <QPointer>

namespace genlab::ui {

RunFeed::RunFeed(session::SessionController* live, run::RunFollower* followed, QObject* parent)
    : QObject(parent), m_followed(followed), m_runner(new BackgroundRunner(this))
{
    // The session keeps reporting while a run is followed (it may still be winding down), so
    // its values pass only while no run is open; the follower reports only while one is.
    connect(live, &session::SessionController::metricsReady, this, [this](const run::MetricsBatch& batch) {
        if (!isFollowingRun())
            emit metricsReady(batch);
    });
    connect(live, &session::SessionController::previewReady, this, [this](const run::SamplePreview& preview) {
        if (!isFollowingRun())
            emit previewReady(preview);
    });
    connect(live, &session::SessionController::eventLogged, this, [this](qint64 step, const QString& text) {
        if (!isFollowingRun())
            emit eventLogged(step, text);
    });
    connect(live, &session::SessionController::statusChanged, this, [this](const run::SessionStatus& status) {
        m_liveStatus = status;
        if (!isFollowingRun())
            emit statusChanged(status);
    });
    connect(live, &session::SessionController::snapshotReady, this,
            [this](const snapshot::ModelSnapshotPtr& snapshot) {
                m_liveSnapshot = snapshot;
                if (!isFollowingRun())
                    emit snapshotReady(snapshot);
            });
    connect(followed, &run::RunFollower::metricsReady, this, [this](const run::MetricsBatch& batch) {
        emit metricsReady(batch);
        emit statusChanged(m_followed->status());
    });
    connect(followed, &run::RunFollower::previewReady, this, [this](const run::SamplePreview& preview) {
        emit previewReady(preview);
        // A new sample picture usually comes with a new checkpoint.
        openNewestCheckpoint();
    });
    connect(followed, &run::RunFollower::eventLogged, this, &RunFeed::eventLogged);
}

RunFeed::~RunFeed()
{
    m_runner->shutdown();
}

void RunFeed::follow(const QString& runPath)
{
    // Read first so that a bad folder throws before anything changes: the views must drop the
    // previous model before open() reports the run's metrics and pictures, not after (the
    // mode-collapse lab empties on a null model and would lose the run's curves).
    run::RunDirectory::readConfig(runPath);
    m_followedCheckpoint.clear();
    emit snapshotReady(nullptr);
    m_followed->open(runPath);
    emit statusChanged(m_followed->status());
    openNewestCheckpoint(); // a run without sample pictures may still have a checkpoint
}

bool RunFeed::stopFollowing()
{
    if (!isFollowingRun())
        return false;
    m_followed->close();
    m_followedCheckpoint.clear();
    emit statusChanged(m_liveStatus);
    emit snapshotReady(m_liveSnapshot);
    return true;
}

bool RunFeed::isFollowingRun() const
{
    return m_followed->isOpen();
}

void RunFeed::openNewestCheckpoint()
{
    const QString runPath = m_followed->runPath();
    const QString checkpoint = run::RunDirectory::latestCheckpoint(runPath);
    if (checkpoint.isEmpty() || checkpoint == m_followedCheckpoint)
        return;
    m_followedCheckpoint = checkpoint;
    QPointer<RunFeed> self(this);
    // Opening a checkpoint loads the run's data too (60,000 images for Fashion-MNIST): on the
    // worker, and only the newest one waits.
    m_runner->submit(QStringLiteral("checkpoint"), [self, runPath, checkpoint]() -> BackgroundRunner::Apply {
        const snapshot::ModelSnapshotPtr snapshot = training::TrainerSnapshot::open(checkpoint);
        return [self, runPath, snapshot] {
            // Still the run being followed (not closed, or another opened, meanwhile).
            if (self && self->m_followed->runPath() == runPath)
                emit self->snapshotReady(snapshot);
        };
    });
}

} // namespace genlab::ui
