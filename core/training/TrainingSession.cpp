#include "TrainingSession.h"

#include "DivergenceError.h"
#include "Trainer.h"
#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/DataSet.h"
#include "data/PointList.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

namespace genlab::training {

namespace {
// Real points drawn under the generated ones in a 2-D preview.
constexpr int64_t kRealPreviewPoints = 1000;
} // namespace

TrainingSession::TrainingSession(QObject* parent) : QObject(parent)
{
}

TrainingSession::~TrainingSession() = default;

void TrainingSession::configure(const TrainingConfig& config)
{
    m_running = false;
    m_trainer.reset();
    m_config = config;
    m_pending = {};
    m_status = SessionStatus{};
    m_status.totalSteps = config.steps;
    setState(SessionStatus::State::Idle);
    emit snapshotReady(nullptr);
}

TrainingConfig TrainingSession::runConfig() const
{
    TrainingConfig config = m_config;
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
                .filePath(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
                          QLatin1Char('-') + m_config.model + QLatin1Char('-') + data);
    }
    return config;
}

bool TrainingSession::ensureTrainer()
{
    if (m_trainer)
        return true;
    setState(SessionStatus::State::Loading);
    try {
        m_trainer = std::make_unique<Trainer>(runConfig());
    } catch (const std::exception& error) {
        m_running = false;
        setState(SessionStatus::State::Failed);
        emit failed(QString::fromLocal8Bit(error.what()));
        return false;
    }
    m_realPoints.clear();
    if (!m_trainer->isImageModel())
        m_realPoints = data::toPointList(m_trainer->dataSet().train, kRealPreviewPoints);
    m_status.step = m_trainer->currentStep();
    m_status.totalSteps = m_trainer->totalSteps();
    m_status.runPath = m_trainer->runPath();
    m_lastCheckpointStep = m_status.step;
    m_rateStep = m_status.step;
    m_rateClock.start();
    m_sinceMetrics.start();
    m_sincePreview.start();
    publishPreview();
    return true;
}

void TrainingSession::start()
{
    if (m_running || !ensureTrainer())
        return;
    if (m_trainer->finished()) {
        setState(SessionStatus::State::Finished);
        return;
    }
    m_running = true;
    m_rateStep = m_status.step;
    m_rateClock.restart();
    setState(SessionStatus::State::Running);
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
    setState(SessionStatus::State::Paused);
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
        setState(m_trainer && m_trainer->finished() ? SessionStatus::State::Finished
                                                    : SessionStatus::State::Paused);
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
            emit failed(QString::fromLocal8Bit(error.what()));
        }
    }
    const SessionStatus last = m_status;
    m_trainer.reset();
    m_status = last;
    setState(SessionStatus::State::Finished);
}

void TrainingSession::setHyperParameter(const QString& name, const QVariant& value)
{
    try {
        if (m_trainer) {
            const QVariant before = m_trainer->hyperParameters().value(name);
            m_trainer->setHyperParameter(name, value);
            const QVariant after = m_trainer->hyperParameters().value(name);
            m_config.settings.insert(name, after);
            emit eventLogged(
                m_status.step,
                QStringLiteral("%1 %2 \u2192 %3").arg(name, before.toString(), after.toString()));
        } else {
            m_config.settings.insert(name, value);
        }
    } catch (const std::exception& error) {
        emit failed(QString::fromLocal8Bit(error.what()));
    }
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
            setState(SessionStatus::State::Finished);
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
    if (m_running) {
        m_sliceQueued = true;
        // Queued, not direct: commands posted meanwhile are handled before the next slice.
        QMetaObject::invokeMethod(this, &TrainingSession::runSlice, Qt::QueuedConnection);
    }
}

bool TrainingSession::doStep(models::StepPart part)
{
    try {
        const StepResult result = m_trainer->step(part);
        m_pending.steps.append(result.step);
        m_pending.rows.append(result.metrics);
        m_status.step = result.step;
        m_status.epoch = result.epoch;
        m_status.elapsedSeconds = result.seconds;
        m_previewDirty = true;
        return true;
    } catch (const DivergenceError& error) {
        m_running = false;
        flushMetrics(true);
        setState(SessionStatus::State::Failed);
        emit failed(error.message());
    } catch (const std::exception& error) {
        m_running = false;
        flushMetrics(true);
        setState(SessionStatus::State::Failed);
        emit failed(QString::fromLocal8Bit(error.what()));
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
    SamplePreview preview;
    preview.step = m_trainer->currentStep();
    ModelSnapshotPtr snapshot;
    try {
        if (m_trainer->isImageModel()) {
            preview.grid = m_trainer->sampleGrid();
        } else {
            preview.generated = m_trainer->samplePoints();
            preview.real = m_realPoints;
        }
        snapshot = ModelSnapshot::capture(*m_trainer);
    } catch (const std::exception& error) {
        emit failed(QString::fromLocal8Bit(error.what()));
        return;
    }
    m_previewDirty = false;
    m_sincePreview.restart();
    emit previewReady(preview);
    emit snapshotReady(snapshot);
}

void TrainingSession::publishStatus()
{
    emit statusChanged(m_status);
}

void TrainingSession::setState(SessionStatus::State state)
{
    m_status.state = state;
    if (state != SessionStatus::State::Running)
        m_status.stepsPerSecond = 0.0;
    publishStatus();
}

void TrainingSession::saveCheckpointQuietly()
{
    if (!m_trainer || m_trainer->runPath().isEmpty() || m_trainer->currentStep() == m_lastCheckpointStep)
        return;
    try {
        m_trainer->writeCheckpoint();
        m_lastCheckpointStep = m_trainer->currentStep();
    } catch (const std::exception& error) {
        emit failed(QString::fromLocal8Bit(error.what()));
    }
}

} // namespace genlab::training
