#pragma once

#include "common/CrossThread.h"
#include "common/HandedOff.h"

#include <QObject>
#include <QThreadPool>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace genlab::ui {

// One slow computation at a time on Qt's shared thread pool, its result handed back to the
// owner's thread. It replaces QtConcurrent::run + QFutureWatcher because every hand-off here
// is visible to ThreadSanitizer (see HandedOff), where QtConcurrent's task and result store
// are synchronised only inside Qt. The owner calls waitForFinished() in its destructor, before
// its members go: the result then never reaches a half-destroyed owner (Qt drops the call).
template <typename Result> class BackgroundJob
{
public:
    // onDone runs in owner's thread, once per job, after isRunning() has turned false.
    BackgroundJob(QObject* owner, std::function<void(const Result&)> onDone)
        : m_owner(owner), m_onDone(std::move(onDone))
    {
    }
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;
    ~BackgroundJob() { waitForFinished(); }

    // Owner's thread only.
    bool isRunning() const { return m_running; }

    // Starts work on a pool thread; the owner starts the next job from onDone at the earliest.
    void start(std::function<Result()> work)
    {
        m_running = true;
        {
            std::lock_guard lock(m_state->mutex);
            m_state->busy = true;
        }
        QThreadPool::globalInstance()->start(
            HandedOff([state = m_state, work = std::move(work), owner = m_owner, this] {
                Result result = work();
                // The owner waits in waitForFinished() until busy is false, so it is alive here.
                postCall(owner, [this, result = std::move(result)] {
                    m_running = false;
                    m_onDone(result);
                });
                std::lock_guard lock(state->mutex);
                state->busy = false;
                state->changed.notify_all();
            }));
    }

    void waitForFinished()
    {
        std::unique_lock lock(m_state->mutex);
        m_state->changed.wait(lock, [this] { return !m_state->busy; });
    }

private:
    struct State {
        std::mutex mutex;
        std::condition_variable changed;
        bool busy = false;
    };

    QObject* m_owner;
    std::function<void(const Result&)> m_onDone;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    bool m_running = false;
};

} // namespace genlab::ui
