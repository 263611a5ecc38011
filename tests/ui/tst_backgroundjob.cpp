#include "ui/jobs/BackgroundJob.h"

#include <QThread>
#include <QtTest>

#include <atomic>
#include <functional>

using genlab::ui::BackgroundJob;

namespace {

struct Sum {
    long long value = 0;
    QThread* computedIn = nullptr;
};

// Owns a job the way a panel does: waits for it first thing in its destructor.
class Owner : public QObject
{
public:
    ~Owner() override { job.waitForFinished(); }

    QList<long long> results;
    QList<QThread*> deliveredIn;
    QList<bool> runningWhenDelivered;
    static inline int deliveries = 0; // over every Owner
    BackgroundJob<Sum> job{this, [this](const Sum& sum) {
                               ++deliveries;
                               results += sum.value;
                               deliveredIn += QThread::currentThread();
                               runningWhenDelivered += job.isRunning();
                           }};
};

Sum sumUpTo(int n)
{
    Sum sum;
    for (int i = 1; i <= n; ++i)
        sum.value += i;
    sum.computedIn = QThread::currentThread();
    return sum;
}

} // namespace

class BackgroundJobTest : public QObject
{
    Q_OBJECT

private slots:
    void start_computesOffTheOwnersThread_deliversInIt()
    {
        Owner owner;
        QThread* computedIn = nullptr;
        owner.job.start([&computedIn] {
            Sum sum = sumUpTo(1000);
            computedIn = sum.computedIn;
            return sum;
        });
        QVERIFY(owner.job.isRunning());
        QTRY_COMPARE(owner.results.size(), 1);
        QCOMPARE(owner.results.first(), 500500LL);
        QCOMPARE(owner.deliveredIn.first(), QThread::currentThread());
        QVERIFY(computedIn != QThread::currentThread());
        QVERIFY(!owner.runningWhenDelivered.first());
        QVERIFY(!owner.job.isRunning());
    }

    void start_fromTheResult_chainsJobsInOrder()
    {
        Owner owner;
        int next = 1;
        std::function<void()> startNext = [&] {
            const int n = next++;
            owner.job.start([n] { return sumUpTo(n); });
        };
        startNext();
        QTRY_COMPARE(owner.results.size(), 1);
        startNext();
        QTRY_COMPARE(owner.results.size(), 2);
        QCOMPARE(owner.results, (QList<long long>{1, 3}));
    }

    void waitForFinished_blocksUntilTheWorkIsDone()
    {
        Owner owner;
        std::atomic<bool> done{false};
        owner.job.start([&done] {
            QThread::msleep(200);
            done = true;
            return Sum{};
        });
        owner.job.waitForFinished();
        QVERIFY(done);
    }

    void ownerDestroyedWhileRunning_resultIsDropped()
    {
        const int deliveriesBefore = Owner::deliveries;
        {
            Owner owner;
            owner.job.start([] {
                QThread::msleep(100);
                return sumUpTo(10);
            });
        } // waits for the work, then drops the result queued for the gone owner
        QCoreApplication::processEvents();
        QCOMPARE(Owner::deliveries, deliveriesBefore);
    }
};

QTEST_GUILESS_MAIN(BackgroundJobTest)
#include "tst_backgroundjob.moc"
