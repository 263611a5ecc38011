#include "ComparisonSession.h"

#include "compare/ComparisonRun.h"

#include <QThread>

#include <algorithm>
#include <exception>

namespace genlab::session {

ComparisonSession::ComparisonSession(QObject* parent) : QObject(parent)
{
}

ComparisonSession::~ComparisonSession() = default;

void ComparisonSession::start(const compare::ComparisonPlan& plan)
{
    m_run.reset();
    QThread* thread = QThread::currentThread();
    try {
        // Training gets the cores the window does not need: one is left for the GUI thread.
        m_run = std::make_unique<compare::ComparisonRun>(
            plan, QString(), std::max(1, QThread::idealThreadCount() - 1),
            [thread] { return thread->isInterruptionRequested(); });
        emit started(m_run->start());
        m_sinceFrame = QVector<QElapsedTimer>(m_run->entryCount());
        for (int entry = 0; entry < m_run->entryCount(); ++entry) {
            emit frameReady(m_run->measure(entry));
            m_sinceFrame[entry].start();
        }
    } catch (const std::exception& error) {
        m_run.reset();
        emit failed(QString::fromUtf8(error.what()));
        return;
    }
    if (!m_sliceQueued) {
        m_sliceQueued = true;
        QMetaObject::invokeMethod(this, &ComparisonSession::runSlice, Qt::QueuedConnection);
    }
}

void ComparisonSession::stop()
{
    if (!m_run)
        return;
    m_run.reset();
    emit finished(false);
}

void ComparisonSession::runSlice()
{
    m_sliceQueued = false;
    if (!m_run)
        return;
    QThread* thread = QThread::currentThread();
    QElapsedTimer slice;
    slice.start();
    try {
        while (slice.elapsed() < kSliceMs && !thread->isInterruptionRequested() && !m_run->finished()) {
            bool measured = false;
            const int entry = m_run->step(&measured);
            const bool gridDue = m_run->start().images && m_sinceFrame[entry].elapsed() >= kGridIntervalMs;
            if (measured || gridDue) {
                emit frameReady(measured ? m_run->measure(entry) : m_run->preview(entry));
                m_sinceFrame[entry].restart();
            }
        }
    } catch (const std::exception& error) {
        m_run.reset();
        emit failed(QString::fromUtf8(error.what()));
        return;
    }
    if (thread->isInterruptionRequested())
        return;
    if (m_run->finished()) {
        m_run.reset();
        emit finished(true);
        return;
    }
    m_sliceQueued = true;
    // Queued, not direct: a stop() posted meanwhile is handled before the next slice.
    QMetaObject::invokeMethod(this, &ComparisonSession::runSlice, Qt::QueuedConnection);
}

} // namespace genlab::session
