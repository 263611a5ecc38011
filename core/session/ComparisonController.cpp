#include "ComparisonController.h"

#include "ComparisonSession.h"
#include "common/CrossThread.h"

namespace genlab::session {

ComparisonController::ComparisonController(QObject* parent) : QObject(parent)
{
    static const bool typesRegistered = [] {
        qRegisterMetaType<genlab::compare::ComparisonPlan>();
        qRegisterMetaType<genlab::compare::ComparisonStart>();
        qRegisterMetaType<genlab::compare::ComparisonFrame>();
        return true;
    }();
    (void)typesRegistered;

    m_thread.setObjectName(QStringLiteral("GenLab comparison"));
    m_session = new ComparisonSession; // no parent: it moves to the worker thread
    m_session->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_session, &QObject::deleteLater);
    // Results cross back as values, re-emitted in this object's thread.
    relayQueued(m_session, &ComparisonSession::started, this, &ComparisonController::started);
    relayQueued(m_session, &ComparisonSession::frameReady, this, &ComparisonController::frameReady);
    relayQueued(m_session, &ComparisonSession::finished, this, [this](bool completed) {
        m_running = false;
        emit finished(completed);
    });
    relayQueued(m_session, &ComparisonSession::failed, this, [this](const QString& message) {
        m_running = false;
        emit failed(message);
    });
    m_thread.start();
}

ComparisonController::~ComparisonController()
{
    // The running slice sees the interruption after its current step; quit() then ends the
    // event loop, and the session (with its models) is deleted in its own thread.
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void ComparisonController::start(const compare::ComparisonPlan& plan)
{
    m_running = true;
    postCall(m_session, [session = m_session, plan] { session->start(plan); });
}

void ComparisonController::stop()
{
    postCall(m_session, [session = m_session] { session->stop(); });
}

} // namespace genlab::session
