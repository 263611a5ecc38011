#include "common/CrossThread.h"
#include "common/HandedOff.h"

#include <QList>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>
#include <mutex>
#include <numeric>
#include <vector>

using namespace genlab;

namespace {

// Lives in a worker thread; records what reached it and in which thread.
class Mailbox : public QObject
{
    Q_OBJECT

public:
    void take(const QString& text)
    {
        std::lock_guard lock(m_mutex);
        m_texts.push_back(text);
        m_threads.push_back(QThread::currentThread());
    }
    std::vector<QString> texts() const
    {
        std::lock_guard lock(m_mutex);
        return m_texts;
    }
    std::vector<QThread*> threads() const
    {
        std::lock_guard lock(m_mutex);
        return m_threads;
    }

signals:
    void produced(const QString& label, const QList<double>& values);

private:
    mutable std::mutex m_mutex;
    std::vector<QString> m_texts;
    std::vector<QThread*> m_threads;
};

class Collector : public QObject
{
    Q_OBJECT

public:
    void collect(const QString& label, const QList<double>& values)
    {
        labels += label;
        sums += std::accumulate(values.begin(), values.end(), 0.0);
        threads += QThread::currentThread();
    }

    QStringList labels;
    QList<double> sums;
    QList<QThread*> threads;
};

// The probe run by the TSan build's tests common.crossthread.plainhandoff/handedoff
// (tests/CMakeLists.txt): 2,000 values cross to a worker thread as queued calls, plain or
// through postCall. Every post writes the event loop's wake-up eventfd, and TSan orders a
// thread that reads it after the writer, which hides most unannotated hand-offs (and makes
// such races show up only now and then). So the worker is held in a first call, by a relaxed
// atomic that gives TSan no ordering, until all are queued, and then delivers them itself
// with sendPostedEvents, never reading the eventfd: only the hand-off can order them.
int runHandoffProbe(bool handedOff)
{
    QThread worker;
    auto* sink = new QObject;
    sink->moveToThread(&worker);
    worker.start();
    std::atomic<bool> go{false};
    std::atomic<int> done{0};
    std::atomic<long long> total{0};
    const auto post = [&](auto function) {
        if (handedOff)
            postCall(sink, std::move(function));
        else
            QMetaObject::invokeMethod(sink, std::move(function), Qt::QueuedConnection);
    };
    post([&go] {
        while (!go.load(std::memory_order_relaxed))
            QThread::msleep(1);
        QCoreApplication::sendPostedEvents();
    });
    const int calls = 2000;
    for (int i = 0; i < calls; ++i)
        post([&done, &total, text = QString::number(i), values = std::vector<double>(4, i)] {
            total.fetch_add(text.size() + (long long)values[0], std::memory_order_relaxed);
            done.fetch_add(1, std::memory_order_relaxed);
        });
    go.store(true, std::memory_order_relaxed);
    while (done.load(std::memory_order_relaxed) < calls)
        QThread::msleep(1);
    post([sink] { delete sink; });
    worker.quit();
    worker.wait();
    return 0;
}

} // namespace

class CrossThreadTest : public QObject
{
    Q_OBJECT

private slots:
    void handedOff_copyAndMove_keepTheValue()
    {
        HandedOff<QString> original(QStringLiteral("weights"));
        HandedOff<QString> copy(original);
        HandedOff<QString> moved(std::move(copy));
        QCOMPARE(original.value(), QStringLiteral("weights"));
        QCOMPARE(moved.value(), QStringLiteral("weights"));
        moved.set(QStringLiteral("samples"));
        QCOMPARE(moved.value(), QStringLiteral("samples"));
        QCOMPARE(original.value(), QStringLiteral("weights"));
    }

    void handedOff_call_forwardsArgumentsAndResult()
    {
        HandedOff twice([](int value) { return 2 * value; });
        QCOMPARE(twice(21), 42);
    }

    void postCall_runsInTheContextThread_inTheOrderPosted()
    {
        QThread worker;
        auto* mailbox = new Mailbox;
        mailbox->moveToThread(&worker);
        worker.start();
        const int calls = 200;
        for (int i = 0; i < calls; ++i) {
            const QString text = QString::number(i);
            postCall(mailbox, [mailbox, text] { mailbox->take(text); });
        }
        QTRY_COMPARE(int(mailbox->texts().size()), calls);
        const std::vector<QString> texts = mailbox->texts();
        for (int i = 0; i < calls; ++i)
            QCOMPARE(texts[size_t(i)], QString::number(i));
        for (QThread* thread : mailbox->threads())
            QCOMPARE(thread, &worker);
        postCall(mailbox, [mailbox] { delete mailbox; });
        worker.quit();
        QVERIFY(worker.wait(10000));
    }

    void postCall_contextDestroyedFirst_dropsTheCallAndItsValues()
    {
        auto target = std::make_unique<QObject>();
        auto payload = std::make_shared<int>(7);
        bool ran = false;
        postCall(target.get(), [payload, &ran] { ran = *payload == 7; });
        QCOMPARE(payload.use_count(), 2L); // held by the waiting call
        target.reset();
        QCoreApplication::processEvents();
        QVERIFY(!ran);
        QCOMPARE(payload.use_count(), 1L);
    }

    void relayQueued_deliversCopiesInTheReceiversThread()
    {
        QThread worker;
        auto* mailbox = new Mailbox;
        mailbox->moveToThread(&worker);
        Collector collector;
        relayQueued(mailbox, &Mailbox::produced, &collector, &Collector::collect);
        worker.start();
        const int signalsSent = 100;
        postCall(mailbox, [mailbox] {
            QList<double> values{1.0, 2.0};
            for (int i = 0; i < signalsSent; ++i) {
                emit mailbox->produced(QStringLiteral("step %1").arg(i), values);
                // The receiver got a copy: changing ours afterwards must not reach it.
                values[0] += 1.0;
            }
        });
        QTRY_COMPARE(collector.labels.size(), signalsSent);
        for (int i = 0; i < signalsSent; ++i) {
            QCOMPARE(collector.labels[i], QStringLiteral("step %1").arg(i));
            QCOMPARE(collector.sums[i], 3.0 + i);
            QCOMPARE(collector.threads[i], QThread::currentThread());
        }
        postCall(mailbox, [mailbox] { delete mailbox; });
        worker.quit();
        QVERIFY(worker.wait(10000));
    }

    void relayQueued_toAFunction_runsItWithTheArguments()
    {
        QThread worker;
        auto* mailbox = new Mailbox;
        mailbox->moveToThread(&worker);
        QObject receiver;
        QStringList seen;
        relayQueued(mailbox, &Mailbox::produced, &receiver,
                    [&seen](const QString& label, const QList<double>& values) {
                        seen += label + QLatin1Char('=') + QString::number(values.size());
                    });
        worker.start();
        postCall(mailbox, [mailbox] { emit mailbox->produced(QStringLiteral("loss"), {1.0, 2.0, 3.0}); });
        QTRY_COMPARE(seen, QStringList{QStringLiteral("loss=3")});
        postCall(mailbox, [mailbox] { delete mailbox; });
        worker.quit();
        QVERIFY(worker.wait(10000));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QByteArray probe = qgetenv("GENLAB_HANDOFF_PROBE");
    if (!probe.isEmpty())
        return runHandoffProbe(probe == "handedoff");
    CrossThreadTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_crossthread.moc"
