#include "SessionController.h"

#include "TrainingSession.h"
#include "common/CrossThread.h"

namespace genlab::session {

SessionController::SessionController(QObject* parent) : QObject(parent)
{
    static const bool typesRegistered = [] {
        qRegisterMetaType<genlab::training::TrainingConfig>();
        qRegisterMetaType<genlab::run::MetricsBatch>();
        qRegisterMetaType<genlab::run::SamplePreview>();
        qRegisterMetaType<genlab::run::SessionStatus>();
        qRegisterMetaType<genlab::models::StepPart>();
        qRegisterMetaType<genlab::snapshot::ModelSnapshotPtr>();
        return true;
    }();
    (void)typesRegistered;

    m_thread.setObjectName(QStringLiteral("GenLab training"));
    m_session = new TrainingSession; // no parent: it moves to the worker thread
    m_session->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_session, &QObject::deleteLater);

    // Results cross back as values, re-emitted in this object's thread.
    relayQueued(m_session, &TrainingSession::metricsReady, this, &SessionController::metricsReady);
    relayQueued(m_session, &TrainingSession::previewReady, this, &SessionController::previewReady);
    relayQueued(m_session, &TrainingSession::snapshotReady, this, &SessionController::snapshotReady);
    relayQueued(m_session, &TrainingSession::eventLogged, this, &SessionController::eventLogged);
    relayQueued(m_session, &TrainingSession::failed, this, &SessionController::failed);
    relayQueued(m_session, &TrainingSession::checkpointReady, this, &SessionController::checkpointReady);
    relayQueued(m_session, &TrainingSession::diverged, this, &SessionController::diverged);
    relayQueued(m_session, &TrainingSession::rewound, this, &SessionController::rewound);
    relayQueued(m_session, &TrainingSession::configurationChanged, this,
                &SessionController::configurationChanged);
    relayQueued(m_session, &TrainingSession::statusChanged, this, [this](const run::SessionStatus& status) {
        m_lastStatus = status;
        emit statusChanged(status);
    });
    m_thread.start();
}

SessionController::~SessionController()
{
    // The running slice sees the interruption after its current step; quit() then ends the
    // event loop, and the session is deleted in its own thread.
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void SessionController::configure(const training::TrainingConfig& config)
{
    postCall(m_session, [session = m_session, config] { session->configure(config); });
}

void SessionController::start()
{
    postCall(m_session, [session = m_session] { session->start(); });
}

void SessionController::pause()
{
    postCall(m_session, [session = m_session] { session->pause(); });
}

void SessionController::step(models::StepPart part)
{
    postCall(m_session, [session = m_session, part] { session->step(part); });
}

void SessionController::reset()
{
    postCall(m_session, [session = m_session] { session->reset(); });
}

void SessionController::stop()
{
    postCall(m_session, [session = m_session] { session->stop(); });
}

void SessionController::setHyperParameter(const QString& name, const QVariant& value)
{
    postCall(m_session, [session = m_session, name, value] { session->setHyperParameter(name, value); });
}

void SessionController::writeCheckpointNow()
{
    postCall(m_session, [session = m_session] { session->writeCheckpointNow(); });
}

void SessionController::recoverFromDivergence(double learningRateFactor)
{
    postCall(m_session, [session = m_session, learningRateFactor] {
        session->recoverFromDivergence(learningRateFactor);
    });
}

void SessionController::resumeRun(const QString& runPath)
{
    postCall(m_session, [session = m_session, runPath] { session->resumeRun(runPath); });
}

} // namespace genlab::session
