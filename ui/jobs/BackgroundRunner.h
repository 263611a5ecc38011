#pragma once

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <mutex>

namespace genlab::ui {

// Runs the explorer's slow work (decoding grids, PCA, nearest images) on one worker thread,
// newest request first: per key at most one job waits, and a newer request for the same key
// replaces it, since its result would be stale before it was shown. A job returns the code
// that shows its result; that runs on the GUI thread. Destroying the runner cancels and
// waits, so a job never outlives what it reports to.
class BackgroundRunner : public QObject
{
    Q_OBJECT

public:
    using Apply = std::function<void()>;
    using Job = std::function<Apply()>;

    explicit BackgroundRunner(QObject* parent = nullptr);
    ~BackgroundRunner() override;

    void submit(const QString& key, Job job);
    // Raised on destruction: long jobs check it between chunks and give up.
    const std::atomic<bool>* cancelFlag() const { return &m_cancel; }
    bool isIdle() const;
    // Stops accepting jobs and waits for the running one (the owner calls it first thing in
    // its destructor, while the widgets the results go to still exist).
    void shutdown();

signals:
    void idle(); // no job running or waiting any more

private:
    void runNext(const QString& key);

    QThreadPool m_pool;
    mutable std::mutex m_mutex;
    QHash<QString, Job> m_waiting;
    int m_active = 0; // jobs started or queued in the pool, GUI thread only
    std::atomic<bool> m_cancel{false};
};

} // namespace genlab::ui
