#include "LocalJobLauncher.h"

#include "TrainCommand.h"

#include "common/InputError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace genlab::cli {

namespace {

constexpr int kPollMs = 50;
constexpr int kGraceSeconds = 10; // beyond the processes' own timeout, before they are stopped

// A port nobody listens on now: the kernel picks it for a socket bound to port 0.
uint16_t freeLoopbackPort()
{
    const int socket = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    const bool ok = socket >= 0 &&
                    ::bind(socket, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
                    ::getsockname(socket, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    if (socket >= 0)
        ::close(socket);
    if (!ok)
        throw InputError(QStringLiteral("--nproc: no free port on the loopback interface"));
    return ntohs(address.sin_port);
}

struct Rank {
    int rank = 0;
    std::unique_ptr<QProcess> process;
    bool done = false;
};

// What a failed process said, without the "genlab train: " its main() put in front.
QString failureOf(const Rank& rank)
{
    if (rank.process->exitStatus() == QProcess::CrashExit || rank.process->error() == QProcess::FailedToStart)
        return QStringLiteral("rank %1 stopped without a word (killed, or crashed)").arg(rank.rank);
    const QString said = QString::fromLocal8Bit(rank.process->readAllStandardError()).trimmed();
    QString line = said.section(QLatin1Char('\n'), -1).trimmed();
    line.remove(QRegularExpression(QStringLiteral("^genlab train: ")));
    if (line.isEmpty())
        return QStringLiteral("rank %1 ended with status %2").arg(rank.rank).arg(rank.process->exitCode());
    return line.startsWith(QLatin1String("rank ")) ? line
                                                   : QStringLiteral("rank %1: %2").arg(rank.rank).arg(line);
}

} // namespace

int LocalJobLauncher::run(const QStringList& trainArguments, int processes, int timeoutSeconds)
{
    const QString master = QStringLiteral("127.0.0.1:%1").arg(freeLoopbackPort());
    std::vector<Rank> ranks(static_cast<std::size_t>(processes));
    for (int r = 0; r < processes; ++r) {
        Rank& rank = ranks[static_cast<std::size_t>(r)];
        rank.rank = r;
        rank.process = std::make_unique<QProcess>();
        // Output goes straight to this terminal (only rank 0 prints); what a process says
        // when it fails is kept, so that one line can be chosen.
        rank.process->setProcessChannelMode(QProcess::ForwardedOutputChannel);
        QStringList arguments{QStringLiteral("train")};
        arguments << trainArguments << QStringLiteral("--world-size") << QString::number(processes)
                  << QStringLiteral("--rank") << QString::number(r) << QStringLiteral("--master") << master
                  << QStringLiteral("--timeout") << QString::number(timeoutSeconds);
        rank.process->start(QCoreApplication::applicationFilePath(), arguments);
    }

    // Failed processes in the order they ended. One that lost the others (exit status 3) only
    // reports what another one caused, so the first failure of another kind is the one shown.
    std::vector<const Rank*> failures;
    QElapsedTimer sinceFailure;
    int running = processes;
    while (running > 0) {
        for (Rank& rank : ranks) {
            if (rank.done)
                continue;
            if (rank.process->state() != QProcess::NotRunning &&
                !rank.process->waitForFinished(std::max(1, kPollMs / processes)))
                continue;
            rank.done = true;
            --running;
            if (rank.process->exitStatus() != QProcess::NormalExit || rank.process->exitCode() != 0) {
                if (failures.empty())
                    sinceFailure.start();
                failures.push_back(&rank);
            }
        }
        if (!failures.empty() && running > 0 &&
            sinceFailure.elapsed() > (timeoutSeconds + kGraceSeconds) * 1000LL) {
            for (Rank& rank : ranks)
                if (!rank.done)
                    rank.process->kill();
        }
    }
    if (failures.empty())
        return 0;
    const Rank* cause = failures.front();
    for (const Rank* rank : failures) {
        if (rank->process->exitStatus() != QProcess::NormalExit ||
            rank->process->exitCode() != TrainCommand::kJobLostStatus) {
            cause = rank;
            break;
        }
    }
    QTextStream(stderr) << "genlab train: " << failureOf(*cause) << '\n';
    if (cause->process->exitStatus() != QProcess::NormalExit)
        return 1;
    return cause->process->exitCode();
}

} // namespace genlab::cli
