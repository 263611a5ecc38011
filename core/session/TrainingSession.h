#pragma once

#include "models/StepPart.h"
#include "run/MetricsBatch.h"
#include "run/SamplePreview.h"
#include "run/SessionStatus.h"
#include "snapshot/ModelSnapshot.h"
#include "training/TrainingConfig.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>

namespace genlab::training {
class Trainer;
}

namespace genlab::session {

// The worker behind the window: lives in its own QThread, owns the Trainer (model,
// optimisers, data) and runs steps in short slices so that commands queued from the GUI
// thread are handled between slices. Everything it reports leaves as values through
// signals, throttled to what a window can paint. Use it through SessionController.
class TrainingSession : public QObject
{
    Q_OBJECT

public:
    explicit TrainingSession(QObject* parent = nullptr);
    ~TrainingSession() override;

    // Bounds on what leaves the thread: about 30 metric batches and 4 previews a second.
    static constexpr int kMetricsIntervalMs = 33;
    static constexpr int kPreviewIntervalMs = 250;
    // How long one slice of steps may run before queued commands get a look in.
    static constexpr int kSliceMs = 15;
    // A running session writes a checkpoint this often (and before every setting change), so
    // that a diverging model or a killed process loses at most this much training.
    static constexpr int kAutosaveIntervalMs = 120'000;
    // A run without a sample interval of its own (not a preset's) keeps one of the pictures
    // its timeline showed every this many ms, so that a reopened run shows its course and a
    // GIF of it can be made: about 30 a minute.
    static constexpr int kSampleFileIntervalMs = 2'000;
    // A recovery with no change of settings to blame multiplies every learning rate by this.
    static constexpr double kRecoveryLearningRateFactor = 0.1;

public slots:
    // A new model/data/settings: drops the current run (the next start builds a new one).
    // config.outDir is the folder under which each run gets a folder of its own.
    void configure(const genlab::training::TrainingConfig& config);
    void start();
    void pause();
    void step(genlab::models::StepPart part);
    // Back to step 0 with the same configuration (the next start writes a new run folder).
    void reset();
    // Ends the run: writes its final samples and checkpoint, then releases it.
    void stop();
    void setHyperParameter(const QString& name, const QVariant& value);
    // Pauses if running and makes sure the newest step has a checkpoint on disk, then emits
    // checkpointReady (for run bundles and other exports that need one).
    void writeCheckpointNow();
    // After `diverged`: back to the checkpoint from before the trouble began (step 0 when
    // there is none), paused there. When a change of settings started it, those settings go
    // back to what they were; otherwise every learning rate is divided by ten.
    void recoverFromDivergence();
    // Continues a run folder from its newest checkpoint (after the program was killed, say);
    // paused there. configurationChanged reports the run's configuration.
    void resumeRun(const QString& runPath);

signals:
    // A step produced a non-finite value, or the run blew up: the session has paused.
    // recoveryStep is the step of the checkpoint recoverFromDivergence() goes back to (0: a
    // fresh start); cause names the settings whose change started the trouble ("lr_g"),
    // empty when none did (then the learning rates are divided by ten).
    void diverged(const QString& message, qint64 step, qint64 recoveryStep, const QString& cause);
    // The trained steps after `step` are gone (a recovery went back to a checkpoint): views
    // drop what they show after it.
    void rewound(qint64 step);
    // The configuration the session now runs (after resumeRun).
    void configurationChanged(const genlab::training::TrainingConfig& config);
    // The run folder whose newest checkpoint is now current (empty when there is no run).
    void checkpointReady(const QString& runPath);
    void metricsReady(const genlab::run::MetricsBatch& batch);
    void previewReady(const genlab::run::SamplePreview& preview);
    // A frozen copy of the model and its data, sent with every preview so that the latent
    // explorer and the 2-D views work on the newest weights without touching the trained
    // ones. Null after configure() (no model yet).
    void snapshotReady(const genlab::snapshot::ModelSnapshotPtr& snapshot);
    void statusChanged(const genlab::run::SessionStatus& status);
    // A hyper-parameter change (or another event) at a step, for the plot's markers.
    void eventLogged(qint64 step, const QString& text);
    // Bad settings, unreadable data, a diverging model: the message says what and where.
    // The session pauses and keeps its last good state.
    void failed(const QString& message);

private:
    training::TrainingConfig runConfig() const;
    void runSlice();
    bool ensureTrainer();
    void updateStory(); // the status's verdict fields from the trainer's
    bool doStep(models::StepPart part);
    void flushMetrics(bool force);
    void publishPreview();
    void publishStatus();
    void setState(run::SessionStatus::State state);
    void saveCheckpointQuietly();
    void adoptTrainer(std::unique_ptr<training::Trainer> trainer);
    void planRecovery(qint64 troubleStep);

    training::TrainingConfig m_config;
    std::unique_ptr<training::Trainer> m_trainer;
    run::SessionStatus m_status;
    run::MetricsBatch m_pending;
    QVector<QPointF> m_realPoints; // the fixed real sample shown under 2-D previews
    QElapsedTimer m_sinceMetrics;
    QElapsedTimer m_sincePreview;
    QElapsedTimer m_rateClock;
    QElapsedTimer m_sinceAutosave;
    QElapsedTimer m_sinceSampleFile; // invalid: none written yet in this run
    qint64 m_rateStep = 0;
    qint64 m_lastCheckpointStep = 0;
    bool m_running = false;
    bool m_sliceQueued = false;
    bool m_previewDirty = false;
    bool m_diverged = false; // the trainer's weights are not to be trusted until a recovery
    // The user's changes of settings in this run, so that a divergence can be traced to one.
    struct UserChange {
        qint64 step = 0;
        QString name;
        QVariant before;
    };
    QVector<UserChange> m_userChanges;
    // What recoverFromDivergence() does (planned when the divergence is reported).
    struct Recovery {
        QString checkpoint;       // empty: a fresh start
        QVector<UserChange> undo; // the changes to take back (empty: divide the rates by ten)
    };
    Recovery m_recovery;
};

} // namespace genlab::session

Q_DECLARE_METATYPE(genlab::models::StepPart)
