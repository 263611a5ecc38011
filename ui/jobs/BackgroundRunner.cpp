#include "BackgroundRunner.h"

#include "common/CrossThread.h"

#include <QtGlobal>

#include <exception>

namespace genlab::ui {

BackgroundRunner::BackgroundRunner(QObject* parent) : QObject(parent)
{
    // One thread: the jobs share a model snapshot whose calls are serialised anyway, and the
    // training thread needs the other core.
    m_pool.setMaxThreadCount(1);
}

BackgroundRunner::~BackgroundRunner()
{
    shutdown();
}

void BackgroundRunner::shutdown()
{
    m_cancel = true;
    {
        std::lock_guard lock(m_mutex);
        m_waiting.clear();
    }
    m_pool.waitForDone();
}

bool BackgroundRunner::isIdle() const
{
    std::lock_guard lock(m_mutex);
    return m_active == 0 && m_waiting.isEmpty();
}

void BackgroundRunner::submit(const QString& key, Job job)
{
    if (m_cancel)
        return;
    bool alreadyQueued = false;
    {
        std::lock_guard lock(m_mutex);
        alreadyQueued = m_waiting.contains(key);
        m_waiting.insert(key, std::move(job));
        if (!alreadyQueued)
            ++m_active;
    }
    if (!alreadyQueued)
        m_pool.start(HandedOff([this, key] { runNext(key); }));
}

void BackgroundRunner::runNext(const QString& key)
{
    Job job;
    {
        std::lock_guard lock(m_mutex);
        job = m_waiting.take(key);
    }
    Apply apply;
    if (job && !m_cancel) {
        try {
            apply = job();
        } catch (const std::exception& error) {
            // A snapshot of a run that went away, a model without an encoder...: the view
            // keeps what it shows; the message is for whoever reads the log.
            qWarning("explorer: %s", error.what());
        }
    }
    // Back on the GUI thread: show the result (unless the runner is going away) and report
    // when the queue has run dry.
    postCall(this, [this, apply] {
        if (apply && !m_cancel)
            apply();
        bool nowIdle = false;
        {
            std::lock_guard lock(m_mutex);
            --m_active;
            nowIdle = m_active == 0 && m_waiting.isEmpty();
        }
        if (nowIdle)
            emit idle();
    });
}

} // namespace genlab::ui
