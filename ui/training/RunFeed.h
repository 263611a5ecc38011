#pragma once

#include "run/MetricsBatch.h"
#include "run/SamplePreview.h"

#include <QObject>
#include <QString>

namespace genlab::run {
class RunFollower;
}

namespace genlab::session {
class SessionController;
}

namespace genlab::ui {

// What the Training tab shows comes from one of two sources: the window's own live session,
// or a run folder it follows (RunFollower). Both report the same values; the feed passes on
// those of the source that is showing - the followed run while one is open, the session
// otherwise - so that each view connects once and no view asks which source it is.
class RunFeed : public QObject
{
    Q_OBJECT

public:
    RunFeed(session::SessionController* live, run::RunFollower* followed, QObject* parent = nullptr);

    bool isFollowingRun() const;

signals:
    void metricsReady(const genlab::run::MetricsBatch& batch);
    void previewReady(const genlab::run::SamplePreview& preview);
    void eventLogged(qint64 step, const QString& text);

private:
    run::RunFollower* m_followed = nullptr;
};

} // namespace genlab::ui
