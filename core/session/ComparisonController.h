#pragma once

#include "compare/ComparisonFrame.h"
#include "compare/ComparisonPlan.h"
#include "compare/ComparisonStart.h"

#include "WorkerHost.h"

#include <QObject>

namespace genlab::session {

class ComparisonSession;

// The window's handle on a comparison: runs a ComparisonSession in a thread of its own, passes
// start/stop to it as queued calls (returning at once) and re-emits its results in the
// owner's thread. Destroying it stops the worker within one training step.
class ComparisonController : public QObject
{
    Q_OBJECT

public:
    explicit ComparisonController(QObject* parent = nullptr);
    ~ComparisonController() override;

    void start(const compare::ComparisonPlan& plan);
    void stop();
    // Between start() and finished/failed, as far as this thread has heard.
    bool isRunning() const { return m_running; }

signals:
    void started(const genlab::compare::ComparisonStart& start);
    void frameReady(const genlab::compare::ComparisonFrame& frame);
    void finished(bool completed);
    void failed(const QString& message);

private:
    WorkerHost<ComparisonSession> m_host;
    bool m_running = false;
};

} // namespace genlab::session
