#pragma once

#include "run/MetricsBatch.h"
#include "run/SamplePreview.h"
#include "run/SessionStatus.h"
#include "snapshot/ModelSnapshot.h"

#include <QObject>
#include <QString>

namespace genlab::run {
class RunFollower;
}

namespace genlab::session {
class SessionController;
}

namespace genlab::ui {

class BackgroundRunner;

// What the window's views show comes from one of two sources: the window's own live session,
// or a run folder it follows (RunFollower). The feed passes on the values of the source that
// is showing - the followed run while one is open, the session otherwise - so that each view
// connects once and no view asks which source it is: metrics, sample previews, events, the
// progress for the status bar, and the newest frozen model (for a followed run, its newest
// checkpoint, opened on a worker thread each time a new one appears).
class RunFeed : public QObject
{
    Q_OBJECT

public:
    RunFeed(session::SessionController* live, run::RunFollower* followed, QObject* parent = nullptr);
    ~RunFeed() override;

    // Shows the run folder at `runPath` from now on: what it holds is reported before this
    // returns (its model a moment later). Throws InputError when it is not a run folder; the
    // views then keep what they show.
    void follow(const QString& runPath);
    // Back to the live session, whose last progress and model are reported again. False when
    // no run was followed.
    bool stopFollowing();
    bool isFollowingRun() const;
    // The worker that opens a followed run's checkpoints (tests wait for it).
    BackgroundRunner* runner() const { return m_runner; }

signals:
    void metricsReady(const genlab::run::MetricsBatch& batch);
    void previewReady(const genlab::run::SamplePreview& preview);
    void eventLogged(qint64 step, const QString& text);
    void statusChanged(const genlab::run::SessionStatus& status);
    // The newest model to explore and measure; null when the source has none yet (a new
    // configuration before its first step, or a followed run opened a moment ago).
    void snapshotReady(const genlab::snapshot::ModelSnapshotPtr& snapshot);

private:
    void openNewestCheckpoint();

    run::RunFollower* m_followed = nullptr;
    BackgroundRunner* m_runner = nullptr;
    QString m_followedCheckpoint;
    // The live session's latest, to show again when a followed run is closed.
    run::SessionStatus m_liveStatus;
    snapshot::ModelSnapshotPtr m_liveSnapshot;
};

} // namespace genlab::ui
