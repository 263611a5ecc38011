#include "TrainingSession.h"

#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/DataSet.h"
#include "data/MixtureGenerator.h"
#include "data/PointList.h"
#include "models/ModelCatalog.h"
#include "run/RunDirectory.h"
#include "training/DivergenceError.h"
#include "training/Trainer.h"
#include "training/TrainerSnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

namespace genlab::session {

namespace {
// Real points drawn under the generated ones in a 2-D preview.
constexpr int64_t kRealPreviewPoints = 1000;

QVariant validatedSetting(const QString& model, const QString& dataName, const QString& name,
                          const QVariant& value)
{
    // The data decide only defaults, not ranges; points for a mixture or a CSV, images otherwise.
    const bool points = data::MixtureGenerator::isMixture(dataName) ||
                        dataName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const models::HyperParameterSpecs specs = models::ModelCatalog::hyperParameters(
        model, points ? data::DataKind::Points2D : data::DataKind::Images);
    for (const models::HyperParameterSpec& spec : specs)
        if (spec.name == name)
            return spec.validated(value);
    throw InputError(
        QCoreApplication::translate("genlab::Errors", "model %1 has no setting '%2'").arg(model, name));
}

} // namespace

TrainingSession::TrainingSession(QObject* parent) : QObject(parent)
{
}

TrainingSession::~TrainingSession() = default;

void TrainingSession::configure(const training::TrainingConfig& config)
{
    m_running = false;
    m_trainer.reset();
    m_config = config;
    m_pending = {};
    m_status = run::SessionStatus{};
    m_status.totalSteps = config.steps;
    setState(run::SessionStatus::State::Idle);
    emit snapshotReady(nullptr);
}

training::TrainingConfig TrainingSession::runConfig() const
{
    training::TrainingConfig config = m_config;
    config.openEnded = config.steps <= 0 && config.epochs <= 0;
    // Training gets the cores the window does not need: one is left for the GUI thread.
    config.threads = std::max(1, QThread::idealThreadCount() - 1);
    if (!m_config.outDir.isEmpty()) {
        // Every run (each Train after a Reset or a new choice) gets a folder of its own.
        const QString data = QFileInfo(m_config.data).fileName().isEmpty()
                                 ? m_config.data
                                 : QFileInfo(m_config.data).fileName();
        config.outDir =
            QDir(m_config.outDir)
                .filePath(
                    QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
                    QLatin1Char('-') +
                    // Named after the preset it ran (collapse and saturating GANs are both gan-ring8).
                    (m_config.preset.isEmpty() ? m_config.model + QLatin1Char('-') + data : m_config.preset));
    }
    return config;
}

bool TrainingSession::ensureTrainer()
{
    if (m_trainer)
        return true;
    setState(run::SessionStatus::State::Loading);
    try {
        adoptTrainer(std::make_unique<training::Trainer>(runConfig()));
    } catch (const std::exception& error) {
        m_running = false;
        setState(run::SessionStatus::State::Failed);
        emit failed(QString::fromUtf8(error.what()));
        return false;
    }
    return true;
}

void TrainingSession::adoptTrainer(std::unique_ptr<training::Trainer> trainer)
{
    m_trainer = std::move(trainer);
    m_diverged = false;
    m_userChanges.clear();
    m_pending = {};
    m_realPoints.clear();
    if (!m_trainer->isImageModel())
        m_realPoints = data::toPointList(m_trainer->dataSet().train, kRealPreviewPoints);
    m_status.step = m_trainer->currentStep();
    m_status.epoch = m_trainer->epoch();
    m_status.elapsedSeconds = m_trainer->elapsedSeconds();
    m_status.totalSteps = m_trainer->totalSteps();
    m_status.runPath = m_trainer->runPath();
    // A fresh model has nothing to save at step 0; a resumed one has its checkpoint on disk.
    m_lastCheckpointStep = m_status.step;
    m_rateStep = m_status.step;
    m_rateClock.start();
    m_sinceMetrics.start();
    m_sincePreview.start();
    m_sinceAutosave.start();
    m_sinceSampleFile.invalidate();
    publishPreview();
}

void TrainingSession::start()
{
    if (m_running || !ensureTrainer())
        return;
    if (m_trainer->finished()) {
        setState(run::SessionStatus::State::Finished);
        return;
    }
    m_running = true;
    m_rateStep = m_status.step;
    m_rateClock.restart();
    setState(run::SessionStatus::State::Running);
    if (!m_sliceQueued) {
        m_sliceQueued = true;
        QTimer::singleShot(0, this, &TrainingSession::runSlice);
    }
}

void TrainingSession::pause()
{
    if (!m_running)
        return;
    m_running = false;
    flushMetrics(true);
    publishPreview();
    saveCheckpointQuietly();
    setState(run::SessionStatus::State::Paused);
}

void TrainingSession::step(models::StepPart part)
{
    if (m_running)
        pause();
    if (!ensureTrainer())
        return;
    if (doStep(part)) {
        flushMetrics(true);
        publishPreview();
        setState(m_trainer && m_trainer->finished() ? run::SessionStatus::State::Finished
                                                    : run::SessionStatus::State::Paused);
    }
}

void TrainingSession::reset()
{
    const bool hadRun = m_trainer != nullptr;
    if (hadRun)
        saveCheckpointQuietly();
    configure(m_config);
}

void TrainingSession::stop()
{
    m_running = false;
    if (m_trainer) {
        flushMetrics(true);
        try {
            m_trainer->writeSamples();
            m_trainer->writeCheckpoint();
        } catch (const std::exception& error) {
            emit failed(QString::fromUtf8(error.what()));
        }
    }
    const run::SessionStatus last = m_status;
    m_trainer.reset();
    m_status = last;
    setState(run::SessionStatus::State::Finished);
}

void TrainingSession::setHyperParameter(const QString& name, const QVariant& value)
{
    try {
        if (m_trainer) {
            // A new setting may send the model off: the step before it is kept on disk.
            if (!m_diverged)
                saveCheckpointQuietly();
            const QVariant before = m_trainer->hyperParameters().value(name);
            const run::SettingChange change = m_trainer->setHyperParameter(name, value);
            m_userChanges.append({change.step, name, before});
            m_config.settings.insert(name, m_trainer->hyperParameters().value(name));
            emit eventLogged(m_status.step, change.text());
        } else {
            // No model yet: the value is checked now, against the settings of the chosen model,
            // so that a bad one is refused with its name instead of failing the next Train.
            m_config.settings.insert(name, validatedSetting(m_config.model, m_config.data, name, value));
        }
    } catch (const std::exception& error) {
        emit failed(QString::fromUtf8(error.what()));
    }
}

void TrainingSession::planRecovery(qint64 troubleStep)
{
    m_recovery = {};
    // The newest change of settings made before the trouble began is taken as its cause: the
    // session wrote a checkpoint just before applying it, which still has the old values.
    qint64 causeStep = -1;
    for (const UserChange& change : m_userChanges)
        if (change.step <= troubleStep)
            causeStep = std::max(causeStep, change.step);
    for (const UserChange& change : m_userChanges)
        if (change.step == causeStep)
            m_recovery.undo.append(change);
    const QString runPath = m_trainer ? m_trainer->runPath() : QString();
    if (!runPath.isEmpty())
        // Without a cause: the newest checkpoint from before the first sign (later ones may
        // already hold ruined weights).
        m_recovery.checkpoint =
            run::RunDirectory::checkpointAtOrBefore(runPath, causeStep >= 0 ? causeStep : troubleStep - 1);
}

void TrainingSession::recoverFromDivergence()
{
    m_running = false;
    if (!m_trainer)
        return;
    const Recovery recovery = m_recovery;
    std::unique_ptr<training::Trainer> restored;
    try {
        // The diverged trainer goes first: it holds the run's log files open.
        m_trainer.reset();
        setState(run::SessionStatus::State::Loading);
        if (recovery.checkpoint.isEmpty()) {
            restored = std::make_unique<training::Trainer>(runConfig());
        } else {
            restored = training::Trainer::resume(recovery.checkpoint);
            // A later resume (after a crash) must not pick a newer, ruined checkpoint.
            run::RunDirectory::pointLatestAt(recovery.checkpoint);
        }
        QVector<run::SettingChange> changes;
        if (!recovery.undo.isEmpty()) {
            // The settings as they were before the change that started it.
            for (const UserChange& change : recovery.undo)
                if (restored->hyperParameters().value(change.name) != change.before)
                    changes.append(restored->setHyperParameter(change.name, change.before));
        } else {
            // No change to blame: the recipe itself went off; every learning rate lowered.
            const QVariantMap settings = restored->hyperParameters();
            for (auto it = settings.begin(); it != settings.end(); ++it)
                if (it.key().startsWith(QLatin1String("lr")))
                    changes.append(restored->setHyperParameter(it.key(), it.value().toDouble() *
                                                                             kRecoveryLearningRateFactor));
        }
        m_config.settings = restored->hyperParameters();
        for (const run::SettingChange& change : changes)
            emit eventLogged(change.step, change.text());
    } catch (const std::exception& error) {
        setState(run::SessionStatus::State::Failed);
        emit failed(QString::fromUtf8(error.what()));
        return;
    }
    const qint64 step = restored->currentStep();
    adoptTrainer(std::move(restored));
    emit configurationChanged(m_config);
    emit rewound(step);
    setState(run::SessionStatus::State::Paused);
}

void TrainingSession::resumeRun(const QString& runPath)
{
    m_running = false;
    m_trainer.reset();
    setState(run::SessionStatus::State::Loading);
    std::unique_ptr<training::Trainer> resumed;
    try {
        resumed = training::Trainer::resume(runPath);
    } catch (const std::exception& error) {
        setState(run::SessionStatus::State::Failed);
        emit failed(QString::fromUtf8(error.what()));
        return;
    }
    m_config = resumed->config();
    // New runs after this one still go beside it, not into it.
    m_config.outDir = QFileInfo(resumed->runPath()).absolutePath();
    emit configurationChanged(m_config);
    adoptTrainer(std::move(resumed));
    emit rewound(m_status.step);
    setState(m_trainer->finished() ? run::SessionStatus::State::Finished : run::SessionStatus::State::Paused);
}

void TrainingSession::writeCheckpointNow()
{
    if (m_running)
        pause();
    saveCheckpointQuietly();
    emit checkpointReady(m_trainer ? m_trainer->runPath() : QString());
}

void TrainingSession::runSlice()
{
    m_sliceQueued = false;
    if (!m_running || !m_trainer)
        return;
    QElapsedTimer slice;
    slice.start();
    QThread* thread = QThread::currentThread();
    while (m_running && slice.elapsed() < kSliceMs && !thread->isInterruptionRequested()) {
        if (!doStep(models::StepPart::Both))
            return;
        if (m_trainer->finished()) {
            m_running = false;
            flushMetrics(true);
            publishPreview();
            saveCheckpointQuietly();
            setState(run::SessionStatus::State::Finished);
            return;
        }
    }
    if (thread->isInterruptionRequested()) {
        m_running = false;
        return;
    }
    flushMetrics(false);
    if (m_previewDirty && m_sincePreview.elapsed() >= kPreviewIntervalMs)
        publishPreview();
    if (m_sinceAutosave.elapsed() >= kAutosaveIntervalMs)
        saveCheckpointQuietly();
    if (m_running) {
        m_sliceQueued = true;
        // Queued, not direct: commands posted meanwhile are handled before the next slice.
        QMetaObject::invokeMethod(this, &TrainingSession::runSlice, Qt::QueuedConnection);
    }
}

void TrainingSession::updateStory()
{
    if (!m_trainer)
        return; // a stopped run keeps its last word; a new configuration starts from a fresh status
    const training::VerdictWatch& verdict = m_trainer->verdict();
    m_status.story = m_trainer->finished() ? verdict.endLine(m_trainer->currentStep()) : verdict.line();
    m_status.storyTold = verdict.told();
    m_status.storyStep = verdict.toldStep();
    m_status.storySeconds = verdict.toldSeconds();
}

bool TrainingSession::doStep(models::StepPart part)
{
    try {
        const training::StepResult result = m_trainer->step(part);
        if (!result.scheduled.isEmpty()) {
            // The run's schedule changed settings: marked on the plot, and shown in the panel.
            for (const run::SettingChange& change : result.scheduled) {
                m_config.settings.insert(change.name, m_trainer->hyperParameters().value(change.name));
                emit eventLogged(change.step, change.text());
            }
            emit configurationChanged(m_config);
        }
        m_pending.steps.append(result.step);
        m_pending.rows.append(result.metrics);
        m_status.step = result.step;
        m_status.epoch = result.epoch;
        m_status.elapsedSeconds = result.seconds;
        if (result.storyTold) {
            updateStory();
            emit eventLogged(result.step, m_status.story);
        }
        m_previewDirty = true;
        return true;
    } catch (const training::DivergenceError& error) {
        m_running = false;
        m_diverged = true;
        m_status.step = m_trainer->currentStep(); // the step that produced it
        flushMetrics(true);
        setState(run::SessionStatus::State::Paused);
        planRecovery(error.troubleStep());
        QStringList cause;
        for (const UserChange& change : m_recovery.undo)
            cause << change.name;
        emit diverged(error.message(), error.step(),
                      m_recovery.checkpoint.isEmpty() ? 0
                                                      : run::RunDirectory::stepOfFile(m_recovery.checkpoint),
                      cause.join(QStringLiteral(", ")));
    } catch (const std::exception& error) {
        m_running = false;
        flushMetrics(true);
        setState(run::SessionStatus::State::Failed);
        emit failed(QString::fromUtf8(error.what()));
    }
    return false;
}

void TrainingSession::flushMetrics(bool force)
{
    if (!force && m_sinceMetrics.elapsed() < kMetricsIntervalMs)
        return;
    const qint64 ms = m_rateClock.elapsed();
    if (ms >= 200 && m_running) {
        m_status.stepsPerSecond = double(m_status.step - m_rateStep) * 1000.0 / double(ms);
        m_rateStep = m_status.step;
        m_rateClock.restart();
    }
    if (!m_pending.steps.isEmpty()) {
        emit metricsReady(m_pending);
        m_pending = {};
    }
    publishStatus();
    m_sinceMetrics.restart();
}

void TrainingSession::publishPreview()
{
    if (!m_trainer)
        return;
    run::SamplePreview preview;
    preview.step = m_trainer->currentStep();
    preview.noiseSeed = m_trainer->config().seed;
    preview.noiseCount = m_trainer->config().sampleCount;
    snapshot::ModelSnapshotPtr snapshot;
    try {
        if (m_trainer->isImageModel()) {
            preview.grid = m_trainer->sampleGrid();
        } else {
            preview.generated = m_trainer->samplePoints();
            preview.real = m_realPoints;
        }
        snapshot = training::TrainerSnapshot::capture(*m_trainer);
    } catch (const std::exception& error) {
        emit failed(QString::fromUtf8(error.what()));
        return;
    }
    m_previewDirty = false;
    m_sincePreview.restart();
    if (m_trainer->config().sampleEvery == 0 && !m_trainer->runPath().isEmpty() &&
        (!m_sinceSampleFile.isValid() || m_sinceSampleFile.elapsed() >= kSampleFileIntervalMs)) {
        try {
            m_trainer->writeSamples();
            m_sinceSampleFile.restart();
        } catch (const std::exception& error) {
            emit failed(QString::fromUtf8(error.what()));
        }
    }
    emit previewReady(preview);
    emit snapshotReady(snapshot);
}

void TrainingSession::publishStatus()
{
    // The verdict's line is made when the status goes out, not at every step.
    updateStory();
    emit statusChanged(m_status);
}

void TrainingSession::setState(run::SessionStatus::State state)
{
    m_status.state = state;
    if (state != run::SessionStatus::State::Running)
        m_status.stepsPerSecond = 0.0;
    publishStatus();
}

void TrainingSession::saveCheckpointQuietly()
{
    m_sinceAutosave.restart();
    if (m_diverged)
        return; // never overwrite the last good checkpoint with broken weights
    if (!m_trainer || m_trainer->runPath().isEmpty() || m_trainer->currentStep() == m_lastCheckpointStep)
        return;
    try {
        m_trainer->writeCheckpoint();
        m_lastCheckpointStep = m_trainer->currentStep();
    } catch (const std::exception& error) {
        emit failed(QString::fromUtf8(error.what()));
    }
}

} // namespace genlab::session
