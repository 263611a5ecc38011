#pragma once

#include "models/StepPart.h"
#include "run/MetricsBatch.h"
#include "run/SamplePreview.h"
#include "run/SessionStatus.h"
#include "snapshot/ModelSnapshot.h"
#include "training/TrainingConfig.h"

#include "WorkerHost.h"

#include <QObject>

namespace genlab::session {

class TrainingSession;

// The window's handle on training: starts a TrainingSession in a thread of its own, passes
// commands to it as queued calls (returning at once), and re-emits its results in the
// owner's thread. Destroying it stops the worker (within one training step).
class SessionController : public QObject
{
    Q_OBJECT

public:
    explicit SessionController(QObject* parent = nullptr);
    ~SessionController() override;

    void configure(const training::TrainingConfig& config);
    void start();
    void pause();
    void step(models::StepPart part);
    void reset();
    void stop();
    void setHyperParameter(const QString& name, const QVariant& value);
    // Pauses and writes a checkpoint of the newest step; checkpointReady follows.
    void writeCheckpointNow();
    void recoverFromDivergence();
    void resumeRun(const QString& runPath);

    const run::SessionStatus& lastStatus() const { return m_lastStatus; }
    bool isRunning() const { return m_lastStatus.state == run::SessionStatus::State::Running; }

signals:
    void metricsReady(const genlab::run::MetricsBatch& batch);
    void previewReady(const genlab::run::SamplePreview& preview);
    // A frozen copy of the model with every preview (null after a new configuration).
    void snapshotReady(const genlab::snapshot::ModelSnapshotPtr& snapshot);
    void statusChanged(const genlab::run::SessionStatus& status);
    void eventLogged(qint64 step, const QString& text);
    void failed(const QString& message);
    void checkpointReady(const QString& runPath);
    void diverged(const QString& message, qint64 step, qint64 recoveryStep, const QString& cause);
    void rewound(qint64 step);
    void configurationChanged(const genlab::training::TrainingConfig& config);

private:
    WorkerHost<TrainingSession> m_host;
    run::SessionStatus m_lastStatus;
};

} // namespace genlab::session
