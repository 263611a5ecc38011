#include "SessionController.h"

#include "TrainingSession.h"

namespace genlab::training {

SessionController::SessionController(QObject* parent) : QObject(parent)
{
    static const bool typesRegistered = [] {
        qRegisterMetaType<genlab::training::TrainingConfig>();
        qRegisterMetaType<genlab::training::MetricsBatch>();
        qRegisterMetaType<genlab::training::SamplePreview>();
        qRegisterMetaType<genlab::training::SessionStatus>();
        qRegisterMetaType<genlab::models::StepPart>();
        qRegisterMetaType<genlab::training::ModelSnapshotPtr>();
        return true;
    }();
    (void)typesRegistered;

    m_thread.setObjectName(QStringLiteral("GenLab training"));
    m_session = new TrainingSession; // no parent: it moves to the worker thread
    m_session->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_session, &QObject::deleteLater);

    connect(m_session, &TrainingSession::metricsReady, this, &SessionController::metricsReady);
    connect(m_session, &TrainingSession::previewReady, this, &SessionController::previewReady);
    connect(m_session, &TrainingSession::snapshotReady, this, &SessionController::snapshotReady);
    connect(m_session, &TrainingSession::eventLogged, this, &SessionController::eventLogged);
    connect(m_session, &TrainingSession::failed, this, &SessionController::failed);
    connect(m_session, &TrainingSession::checkpointReady, this, &SessionController::checkpointReady);
    connect(m_session, &TrainingSession::statusChanged, this, [this](const SessionStatus& status) {
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

void SessionController::configure(const TrainingConfig& config)
{
    QMetaObject::invokeMethod(
        m_session, [session = m_session, config] { session->configure(config); }, Qt::QueuedConnection);
}

void SessionController::start()
{
    QMetaObject::invokeMethod(m_session, &TrainingSession::start, Qt::QueuedConnection);
}

void SessionController::pause()
{
    QMetaObject::invokeMethod(m_session, &TrainingSession::pause, Qt::QueuedConnection);
}

void SessionController::step(models::StepPart part)
{
    QMetaObject::invokeMethod(
        m_session, [session = m_session, part] { session->step(part); }, Qt::QueuedConnection);
}

void SessionController::reset()
{
    QMetaObject::invokeMethod(m_session, &TrainingSession::reset, Qt::QueuedConnection);
}

void SessionController::stop()
{
    QMetaObject::invokeMethod(m_session, &TrainingSession::stop, Qt::QueuedConnection);
}

void SessionController::setHyperParameter(const QString& name, const QVariant& value)
{
    QMetaObject::invokeMethod(
        m_session, [session = m_session, name, value] { session->setHyperParameter(name, value); },
        Qt::QueuedConnection);
}

void SessionController::writeCheckpointNow()
{
    QMetaObject::invokeMethod(m_session, &TrainingSession::writeCheckpointNow, Qt::QueuedConnection);
}

} // namespace genlab::training
