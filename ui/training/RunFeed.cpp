#include "RunFeed.h"

#include "run/RunFollower.h"
#include "session/SessionController.h"

namespace genlab::ui {

RunFeed::RunFeed(session::SessionController* live, run::RunFollower* followed, QObject* parent)
    : QObject(parent), m_followed(followed)
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
    connect(followed, &run::RunFollower::metricsReady, this, &RunFeed::metricsReady);
    connect(followed, &run::RunFollower::previewReady, this, &RunFeed::previewReady);
    connect(followed, &run::RunFollower::eventLogged, this, &RunFeed::eventLogged);
}

bool RunFeed::isFollowingRun() const
{
    return m_followed->isOpen();
}

} // namespace genlab::ui
