#include "SessionController.h"

#include "TrainingSession.h"
#include "common/CrossThread.h"

namespace genlab::session {

SessionController::SessionController(QObject* parent)
    : QObject(parent), m_host(QStringLiteral("GenLab training"))
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

    // Results cross back as values, re-emitted in this object's thread.
    TrainingSession* session = m_host.worker();
    relayQueued(session, &TrainingSession::metricsReady, this, &SessionController::metricsReady);
    relayQueued(session, &TrainingSession::previewReady, this, &SessionController::previewReady);
    relayQueued(session, &TrainingSession::snapshotReady, this, &SessionController::snapshotReady);
    relayQueued(session, &TrainingSession::eventLogged, this, &SessionController::eventLogged);
    relayQueued(session, &TrainingSession::failed, this, &SessionController::failed);
    relayQueued(session, &TrainingSession::checkpointReady, this, &SessionController::checkpointReady);
    relayQueued(session, &TrainingSession::diverged, this, &SessionController::diverged);
    relayQueued(session, &TrainingSession::rewound, this, &SessionController::rewound);
    relayQueued(session, &TrainingSession::configurationChanged, this,
                &SessionController::configurationChanged);
    relayQueued(session, &TrainingSession::statusChanged, this, [this](const run::SessionStatus& status) {
        m_lastStatus = status;
        emit statusChanged(status);
    });
    m_host.start();
}

SessionController::~SessionController() = default; // the host stops the thread

void SessionController::configure(const training::TrainingConfig& config)
{
    m_host.post([config](TrainingSession& session) { session.configure(config); });
}

void SessionController::start()
{
    m_host.post([](TrainingSession& session) { session.start(); });
}

void SessionController::pause()
{
    m_host.post([](TrainingSession& session) { session.pause(); });
}

void SessionController::step(models::StepPart part)
{
    m_host.post([part](TrainingSession& session) { session.step(part); });
}

void SessionController::reset()
{
    m_host.post([](TrainingSession& session) { session.reset(); });
}

void SessionController::stop()
{
    m_host.post([](TrainingSession& session) { session.stop(); });
}

void SessionController::setHyperParameter(const QString& name, const QVariant& value)
{
    m_host.post([name, value](TrainingSession& session) { session.setHyperParameter(name, value); });
}

void SessionController::writeCheckpointNow()
{
    m_host.post([](TrainingSession& session) { session.writeCheckpointNow(); });
}

void SessionController::recoverFromDivergence()
{
    m_host.post([](TrainingSession& session) { session.recoverFromDivergence(); });
}

void SessionController::resumeRun(const QString& runPath)
{
    m_host.post([runPath](TrainingSession& session) { session.resumeRun(runPath); });
}

} // namespace genlab::session
