#include "ComparisonController.h"

#include "ComparisonSession.h"
#include "common/CrossThread.h"

namespace genlab::session {

ComparisonController::ComparisonController(QObject* parent)
    : QObject(parent), m_host(QStringLiteral("GenLab comparison"))
{
    static const bool typesRegistered = [] {
        qRegisterMetaType<genlab::compare::ComparisonPlan>();
        qRegisterMetaType<genlab::compare::ComparisonStart>();
        qRegisterMetaType<genlab::compare::ComparisonFrame>();
        return true;
    }();
    (void)typesRegistered;

    // Results cross back as values, re-emitted in this object's thread.
    ComparisonSession* session = m_host.worker();
    relayQueued(session, &ComparisonSession::started, this, &ComparisonController::started);
    relayQueued(session, &ComparisonSession::frameReady, this, &ComparisonController::frameReady);
    relayQueued(session, &ComparisonSession::finished, this, [this](bool completed) {
        m_running = false;
        emit finished(completed);
    });
    relayQueued(session, &ComparisonSession::failed, this, [this](const QString& message) {
        m_running = false;
        emit failed(message);
    });
    m_host.start();
}

ComparisonController::~ComparisonController() = default; // the host stops the thread

void ComparisonController::start(const compare::ComparisonPlan& plan)
{
    m_running = true;
    m_host.post([plan](ComparisonSession& session) { session.start(plan); });
}

void ComparisonController::stop()
{
    m_host.post([](ComparisonSession& session) { session.stop(); });
}

} // namespace genlab::session
