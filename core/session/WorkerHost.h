#pragma once

#include "common/CrossThread.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <utility>

namespace genlab::session {

// The thread plumbing both controllers need: a QThread of its own in which a Worker (a
// QObject) lives, commands posted to it in order, and an orderly end. Destroying the host
// asks the thread to stop (a running slice of steps sees the interruption after its current
// step), ends its event loop and waits; the worker is deleted in its own thread.
//
// Worker only needs to be complete where the host is constructed, destroyed or posted to (the
// controller's .cpp), so a controller's header can forward-declare it.
template <typename Worker> class WorkerHost
{
public:
    explicit WorkerHost(const QString& threadName)
    {
        m_thread.setObjectName(threadName);
        m_worker = new Worker; // no parent: it moves to the worker thread
        m_worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    }

    ~WorkerHost()
    {
        m_thread.requestInterruption();
        m_thread.quit();
        m_thread.wait();
    }

    WorkerHost(const WorkerHost&) = delete;
    WorkerHost& operator=(const WorkerHost&) = delete;

    // Starts the thread. Connect the relays from worker() first, so that no result is missed.
    void start() { m_thread.start(); }

    // The worker, to connect its signals with relayQueued; it lives in the other thread, so
    // nothing else may touch it from here.
    Worker* worker() const { return m_worker; }

    // Runs command(worker) in the worker's thread, after every command posted before it;
    // returns at once.
    template <typename Command> void post(Command command)
    {
        postCall(m_worker, [worker = m_worker, command = std::move(command)] { command(*worker); });
    }

private:
    QThread m_thread;
    Worker* m_worker = nullptr; // deleted in its thread when the thread finishes
};

} // namespace genlab::session
