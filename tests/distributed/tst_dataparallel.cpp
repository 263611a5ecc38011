// Data-parallel training end to end: `genlab train --nproc 2` against one process, a resumed
// job, and the ways a job can break (a peer that dies or never comes, bad arguments).
#include "common/TorchApi.h"
#include "models/NamedTensor.h"
#include "run/RunFollower.h"
#include "training/Trainer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace genlab;

namespace {

QString genlabExecutable()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../app/genlab");
}

struct Finished {
    int exitCode = -1;
    QString out;
    QString err;
    double seconds = 0.0;
};

Finished finish(QProcess& process, int limitMs = 120000)
{
    QElapsedTimer clock;
    clock.start();
    process.waitForFinished(limitMs);
    Finished result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -9;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}

Finished runGenlab(const QStringList& arguments, int limitMs = 120000)
{
    QProcess process;
    process.start(genlabExecutable(), arguments);
    return finish(process, limitMs);
}

void start(QProcess& process, const QStringList& arguments)
{
    process.start(genlabExecutable(), arguments);
    QVERIFY(process.waitForStarted());
}

// A loopback socket on a port the kernel picks; listening when asked (a port in use).
struct LoopbackSocket {
    explicit LoopbackSocket(bool listening)
    {
        descriptor = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        ::bind(descriptor, reinterpret_cast<sockaddr*>(&address), sizeof(address));
        ::getsockname(descriptor, reinterpret_cast<sockaddr*>(&address), &length);
        port = ntohs(address.sin_port);
        if (listening)
            ::listen(descriptor, 1);
    }
    ~LoopbackSocket() { ::close(descriptor); }
    int descriptor = -1;
    uint16_t port = 0;
};

uint16_t freePort()
{
    return LoopbackSocket(false).port;
}

QString master(uint16_t port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

// A small run of each kind of model, with its critic updates and networks: 24 steps of a
// global batch of 32 (16 a process for two).
QStringList recipe(const QString& model, const QString& out, int steps = 24)
{
    QStringList arguments{
        QStringLiteral("train"),   QStringLiteral("--model"),  model,
        QStringLiteral("--data"),  QStringLiteral("ring8"),    QStringLiteral("--steps"),
        QString::number(steps),    QStringLiteral("--seed"),   QStringLiteral("3"),
        QStringLiteral("--set"),   QStringLiteral("width=32"), QStringLiteral("--set"),
        QStringLiteral("depth=2"), QStringLiteral("--set"),    QStringLiteral("batch_size=32"),
        QStringLiteral("--quiet"), QStringLiteral("--out"),    out};
    if (model == QLatin1String("wgan-gp"))
        arguments << QStringLiteral("--set") << QStringLiteral("d_steps=3");
    return arguments;
}

// metrics.csv as rows of numbers (header dropped).
QVector<QVector<double>> metricRows(const QString& run)
{
    QFile file(run + QStringLiteral("/metrics.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QVector<QVector<double>> rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        QVector<double> row;
        for (const QByteArray& cell : lines[i].split(','))
            row << cell.toDouble();
        rows << row;
    }
    return rows;
}

std::vector<models::NamedTensor> finalParameters(const QString& run)
{
    auto trainer = training::Trainer::open(run);
    std::vector<models::NamedTensor> parameters = trainer->model().trainedParameters();
    for (models::NamedTensor& parameter : parameters)
        parameter.tensor = parameter.tensor.detach().clone();
    return parameters;
}

// The two runs made the same steps: every loss (not the seconds column) and every final
// weight agree to float rounding, summed in another order.
void compareRuns(const QString& single, const QString& job)
{
    const auto one = metricRows(single);
    const auto two = metricRows(job);
    QCOMPARE(two.size(), one.size());
    QVERIFY(!one.isEmpty());
    for (int r = 0; r < one.size(); ++r) {
        QCOMPARE(two[r].size(), one[r].size());
        QCOMPARE(two[r][0], one[r][0]);         // the step
        for (int c = 2; c < one[r].size(); ++c) // 1 is the wall time
            QVERIFY2(std::abs(two[r][c] - one[r][c]) <= 1e-3 * (1.0 + std::abs(one[r][c])),
                     qPrintable(QStringLiteral("row %1 column %2: %3 in one process, %4 in two")
                                    .arg(r)
                                    .arg(c)
                                    .arg(one[r][c])
                                    .arg(two[r][c])));
    }
    const auto a = finalParameters(single);
    const auto b = finalParameters(job);
    QCOMPARE(b.size(), a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double difference = (a[i].tensor - b[i].tensor).abs().max().item<double>();
        const double scale = a[i].tensor.abs().max().item<double>();
        QVERIFY2(difference <= 1e-4 * (1.0 + scale),
                 qPrintable(QStringLiteral("%1 differs by %2").arg(a[i].name).arg(difference)));
    }
}

QJsonObject configOf(const QString& run)
{
    QFile file(run + QStringLiteral("/config.json"));
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestDataParallel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        at::set_num_threads(1);
        QVERIFY2(QFileInfo::exists(genlabExecutable()), "the genlab program is built beside the tests");
    }

    void twoProcesses_equalOneProcess_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("gan") << QStringLiteral("gan");
        QTest::newRow("wgan-gp, 3 critic steps") << QStringLiteral("wgan-gp");
        QTest::newRow("vae") << QStringLiteral("vae");
        QTest::newRow("vae-gan, three networks") << QStringLiteral("vae-gan");
    }

    void twoProcesses_equalOneProcess()
    {
        QFETCH(QString, model);
        QTemporaryDir dir;
        const QString single = dir.filePath(QStringLiteral("single"));
        const QString job = dir.filePath(QStringLiteral("job"));
        const Finished one = runGenlab(recipe(model, single));
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        const Finished two =
            runGenlab(recipe(model, job) << QStringLiteral("--nproc") << QStringLiteral("2"));
        QVERIFY2(two.exitCode == 0, qPrintable(two.err));
        QVERIFY(two.err.isEmpty());
        compareRuns(single, job);
        QCOMPARE(configOf(job).value(QStringLiteral("world_size")).toInt(), 2);
        QCOMPARE(configOf(single).value(QStringLiteral("world_size")).toInt(), 1);
        // Rank 0 alone wrote, and printed the summary once.
        QCOMPARE(two.out.count(QStringLiteral("run: ")), 1);
    }

    void resumedJob_continuesAsOneUninterruptedRun()
    {
        QTemporaryDir dir;
        const QString straight = dir.filePath(QStringLiteral("straight"));
        const QString job = dir.filePath(QStringLiteral("job"));
        QCOMPARE(runGenlab(recipe(QStringLiteral("gan"), straight, 30)).exitCode, 0);
        const Finished first = runGenlab(recipe(QStringLiteral("gan"), job, 18)
                                         << QStringLiteral("--nproc") << QStringLiteral("2"));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const Finished resumed =
            runGenlab({QStringLiteral("train"), QStringLiteral("--resume"), job, QStringLiteral("--steps"),
                       QStringLiteral("30"), QStringLiteral("--quiet"), QStringLiteral("--nproc"),
                       QStringLiteral("2")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        compareRuns(straight, job);
    }

    void theWindowFollowsAJobsFolder()
    {
        QTemporaryDir dir;
        const QString job = dir.filePath(QStringLiteral("job"));
        QCOMPARE(
            runGenlab(recipe(QStringLiteral("gan"), job) << QStringLiteral("--nproc") << QStringLiteral("2"))
                .exitCode,
            0);
        run::RunFollower follower;
        qint64 rows = 0;
        connect(&follower, &run::RunFollower::metricsReady, this,
                [&](const run::MetricsBatch& batch) { rows += batch.steps.size(); });
        follower.open(job);
        QCOMPARE(follower.lastStep(), 24);
        QCOMPARE(rows, 24);
    }

    void aRankThatDies_stopsTheOthersWithOneLine_andTheFolderStays()
    {
        QTemporaryDir dir;
        const QString job = dir.filePath(QStringLiteral("job"));
        const QString address = master(freePort());
        QStringList arguments = recipe(QStringLiteral("gan"), job, 1000000);
        arguments << QStringLiteral("--world-size") << QStringLiteral("2") << QStringLiteral("--master")
                  << address << QStringLiteral("--timeout") << QStringLiteral("5")
                  << QStringLiteral("--checkpoint-every") << QStringLiteral("200");
        QProcess first;
        QProcess second;
        start(first, QStringList(arguments) << QStringLiteral("--rank") << QStringLiteral("0"));
        start(second, QStringList(arguments) << QStringLiteral("--rank") << QStringLiteral("1"));
        // Let them train past a checkpoint, then take one away as a crash would.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(job + QStringLiteral("/checkpoints/step-00000200.pt")),
                                 60000);
        second.kill();
        const Finished survivor = finish(first, 30000);
        QCOMPARE(survivor.exitCode, 3);
        QVERIFY2(survivor.seconds < 10.0, qPrintable(QString::number(survivor.seconds)));
        QCOMPARE(survivor.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(survivor.err.contains(QStringLiteral("rank 0: lost the other processes")),
                 qPrintable(survivor.err));
        QVERIFY(QFileInfo::exists(job + QStringLiteral("/config.json")));
        QVERIFY(QFileInfo::exists(job + QStringLiteral("/checkpoints/step-00000200.pt")));
        QVERIFY(metricRows(job).size() >= 200);
        second.waitForFinished();
    }

    void aMasterThatNeverComes_orAMissingRank_endsWithinTheTimeout_data()
    {
        QTest::addColumn<int>("rank");
        QTest::addColumn<QString>("message");
        QTest::newRow("rank 1 without rank 0")
            << 1 << QStringLiteral("rank 1: no rank 0 answered at 127.0.0.1:");
        QTest::newRow("rank 0 without rank 1") << 0 << QStringLiteral("rank 0: only 1 of 2 processes joined");
    }

    void aMasterThatNeverComes_orAMissingRank_endsWithinTheTimeout()
    {
        QFETCH(int, rank);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Finished alone =
            runGenlab(recipe(QStringLiteral("gan"), dir.filePath(QStringLiteral("run")))
                      << QStringLiteral("--world-size") << QStringLiteral("2") << QStringLiteral("--rank")
                      << QString::number(rank) << QStringLiteral("--master") << master(freePort())
                      << QStringLiteral("--timeout") << QStringLiteral("2"));
        QCOMPARE(alone.exitCode, 3);
        QVERIFY2(alone.seconds < 8.0, qPrintable(QString::number(alone.seconds)));
        QVERIFY2(alone.err.startsWith(QStringLiteral("genlab train: ") + message), qPrintable(alone.err));
        QCOMPARE(alone.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void badArguments_exitTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("rank beyond the world")
            << QStringList{QStringLiteral("--world-size"), QStringLiteral("2"), QStringLiteral("--rank"),
                           QStringLiteral("2")}
            << QStringLiteral("rank 2: a job of 2 processes has ranks 0 to 1");
        QTest::newRow("master without a port")
            << QStringList{QStringLiteral("--world-size"), QStringLiteral("2"), QStringLiteral("--master"),
                           QStringLiteral("somehost")}
            << QStringLiteral("master 'somehost': expected HOST:PORT");
        QTest::newRow("nproc with a rank") << QStringList{QStringLiteral("--nproc"), QStringLiteral("2"),
                                                          QStringLiteral("--rank"), QStringLiteral("1")}
                                           << QStringLiteral("--nproc starts the processes of a job itself");
        QTest::newRow("a bad setting in every process of --nproc")
            << QStringList{QStringLiteral("--nproc"), QStringLiteral("2"), QStringLiteral("--set"),
                           QStringLiteral("lr_g=-1")}
            << QStringLiteral("rank ");
    }

    void badArguments_exitTwoWithOneLine()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Finished result =
            runGenlab(recipe(QStringLiteral("gan"), dir.filePath(QStringLiteral("run"))) << extra, 60000);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith(QStringLiteral("genlab train: ") + message), qPrintable(result.err));
        QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void aPortInUse_isBadInputForRankZero()
    {
        const LoopbackSocket squatter(/*listening=*/true);
        QTemporaryDir dir;
        const Finished result =
            runGenlab(recipe(QStringLiteral("gan"), dir.filePath(QStringLiteral("run")))
                      << QStringLiteral("--world-size") << QStringLiteral("2") << QStringLiteral("--master")
                      << master(squatter.port) << QStringLiteral("--timeout") << QStringLiteral("2"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith(QStringLiteral("genlab train: rank 0: cannot listen on 127.0.0.1:")),
                 qPrintable(result.err));
    }

    void processesWithDifferentRecipes_refuseToStart()
    {
        QTemporaryDir dir;
        const QString address = master(freePort());
        QStringList arguments = recipe(QStringLiteral("gan"), dir.filePath(QStringLiteral("run")));
        arguments << QStringLiteral("--world-size") << QStringLiteral("2") << QStringLiteral("--master")
                  << address << QStringLiteral("--timeout") << QStringLiteral("10");
        QProcess first;
        QProcess second;
        start(first, QStringList(arguments) << QStringLiteral("--rank") << QStringLiteral("0"));
        QStringList other = arguments;
        other[other.indexOf(QStringLiteral("--seed")) + 1] = QStringLiteral("4");
        start(second, other << QStringLiteral("--rank") << QStringLiteral("1"));
        const Finished a = finish(first);
        const Finished b = finish(second);
        QCOMPARE(a.exitCode, 2);
        QCOMPARE(b.exitCode, 2);
        QVERIFY2(b.err.contains(QStringLiteral("rank 1: its seed differs from rank 0's")), qPrintable(b.err));
        QVERIFY2(
            a.err.contains(QStringLiteral("rank 0: another process of the job was given another recipe")),
            qPrintable(a.err));
    }
};

QTEST_GUILESS_MAIN(TestDataParallel)
#include "tst_dataparallel.moc"
