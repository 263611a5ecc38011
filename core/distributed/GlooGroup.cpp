#include "GlooGroup.h"

#include "JobError.h"
#include "common/InputError.h"
#include "common/TorchApi.h"

#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <glog/logging.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>

#include <cstdlib>

namespace genlab::distributed {

namespace {

const char* const kJoinedKey = "genlab/joined";
constexpr int kJoinPollMs = 20;

// LibTorch's and Gloo's messages carry a source location and a backtrace; the user gets the
// reason alone ("Connection closed by peer [127.0.0.1]:41352").
QString reasonOf(const std::exception& error)
{
    const auto* torchError = dynamic_cast<const c10::Error*>(&error);
    QString text = QString::fromStdString(torchError ? torchError->what_without_backtrace() : error.what());
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    // A system call's failure says it best: "... (errno: 98 - Address already in use) ...".
    static const QRegularExpression systemError(QStringLiteral("errno: \\d+ - ([^)]+)\\)"));
    if (const QRegularExpressionMatch match = systemError.match(text); match.hasMatch())
        return match.captured(1).trimmed();
    if (text.startsWith(QLatin1Char('['))) // "[./gloo/transport/tcp/pair.cc:598] ..."
        text = text.section(QLatin1Char(']'), 1).trimmed();
    return text;
}

} // namespace

struct GlooGroup::Private {
    JobAddress address;
    c10::intrusive_ptr<c10d::TCPStore> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;
    int shared = 0; // shareBytes() calls so far: each gets its own key

    // during: what was under way, a text marked with QT_TRANSLATE_NOOP below.
    [[noreturn]] void lost(const char* during, const std::exception& error) const
    {
        throw JobError(QCoreApplication::translate("genlab::Errors",
                                                   "rank %1: lost the other processes of the job during %2 "
                                                   "(%3); waited at most %4 s")
                           .arg(address.rank)
                           .arg(QCoreApplication::translate("genlab::Errors", during), reasonOf(error))
                           .arg(address.timeout.count()));
    }

    // Every process counts itself in; all wait until the count is the world size, so that a
    // missing process is named as such instead of as a timeout deep inside Gloo.
    void waitForEveryone() const
    {
        store->add(kJoinedKey, 1);
        QElapsedTimer clock;
        clock.start();
        const qint64 limit = std::chrono::duration_cast<std::chrono::milliseconds>(address.timeout).count();
        int64_t joined = 0;
        while ((joined = store->add(kJoinedKey, 0)) < address.worldSize) {
            if (clock.elapsed() > limit)
                throw JobError(
                    QCoreApplication::translate("genlab::Errors",
                                                "rank %1: only %2 of %3 processes joined at %4 within %5 s")
                        .arg(address.rank)
                        .arg(joined)
                        .arg(address.worldSize)
                        .arg(address.master())
                        .arg(address.timeout.count()));
            QThread::msleep(kJoinPollMs);
        }
    }

    std::shared_ptr<gloo::transport::Device> device() const
    {
        // A job on one machine talks over the loopback; across machines over the interface that
        // GLOO_SOCKET_IFNAME names (as in PyTorch), else the one the host name resolves to.
        if (address.isLoopback())
            return c10d::ProcessGroupGloo::createDeviceForHostname(address.host.toStdString());
        if (const char* interface = std::getenv("GLOO_SOCKET_IFNAME"); interface && *interface)
            return c10d::ProcessGroupGloo::createDeviceForInterface(interface);
        return c10d::ProcessGroupGloo::createDefaultDevice();
    }
};

std::shared_ptr<GlooGroup> GlooGroup::join(const JobAddress& address)
{
    address.validate();
    // c10d logs every retry and failure through glog on stderr; the one line a failure ends
    // with says what matters (JobError), so only glog's fatal messages remain.
    FLAGS_minloglevel = google::GLOG_FATAL;
    auto d = std::make_unique<Private>();
    d->address = address;
    c10d::TCPStoreOptions options;
    options.port = address.port;
    options.isServer = address.rank == 0;
    options.numWorkers = static_cast<std::size_t>(address.worldSize);
    options.waitWorkers = false; // waitForEveryone() does it, with a message that says who is missing
    options.timeout = address.timeout;
    try {
        d->store = c10::make_intrusive<c10d::TCPStore>(address.host.toStdString(), options);
    } catch (const std::exception& error) {
        if (address.rank == 0)
            throw InputError(QCoreApplication::translate("genlab::Errors", "rank 0: cannot listen on %1 (%2)")
                                 .arg(address.master(), reasonOf(error)));
        throw JobError(
            QCoreApplication::translate(
                "genlab::Errors",
                "rank %1: no rank 0 answered at %2 within %3 s (is it started, is the address right?)")
                .arg(address.rank)
                .arg(address.master())
                .arg(address.timeout.count()));
    }
    try {
        d->waitForEveryone();
        auto groupOptions = c10d::ProcessGroupGloo::Options::create(address.timeout);
        groupOptions->devices.push_back(d->device());
        groupOptions->threads = 1; // one exchange at a time: the training loop waits for each
        d->group = c10::make_intrusive<c10d::ProcessGroupGloo>(d->store, address.rank, address.worldSize,
                                                               groupOptions);
    } catch (const JobError&) {
        throw;
    } catch (const std::exception& error) {
        d->lost(QT_TRANSLATE_NOOP("genlab::Errors", "the rendezvous"), error);
    }
    return std::shared_ptr<GlooGroup>(new GlooGroup(std::move(d)));
}

GlooGroup::GlooGroup(std::unique_ptr<Private> state) : d(std::move(state))
{
}

GlooGroup::~GlooGroup() = default;

int GlooGroup::rank() const
{
    return d->address.rank;
}

int GlooGroup::size() const
{
    return d->address.worldSize;
}

namespace {

// Runs one collective on each tensor in turn: c10d reads a list as one tensor per device and
// would add them up. Debian's Gloo moves host memory only, so a tensor on a GPU travels through
// a host copy (a CUDA build of LibTorch trains unchanged, if not at NCCL's speed).
template <typename Collective> void eachOnHost(std::vector<at::Tensor>& tensors, Collective collective)
{
    for (at::Tensor& tensor : tensors) {
        const bool onHost = tensor.device().is_cpu() && tensor.is_contiguous();
        std::vector<at::Tensor> one{onHost ? tensor : tensor.to(torch::kCPU).contiguous()};
        collective(one)->wait();
        if (!onHost)
            tensor.copy_(one[0]);
    }
}

} // namespace

void GlooGroup::sumInPlace(std::vector<at::Tensor>& tensors)
{
    try {
        eachOnHost(tensors, [this](std::vector<at::Tensor>& one) { return d->group->allreduce(one); });
    } catch (const std::exception& error) {
        d->lost(QT_TRANSLATE_NOOP("genlab::Errors", "a gradient exchange"), error);
    }
}

void GlooGroup::broadcastInPlace(std::vector<at::Tensor>& tensors)
{
    try {
        eachOnHost(tensors, [this](std::vector<at::Tensor>& one) { return d->group->broadcast(one); });
    } catch (const std::exception& error) {
        d->lost(QT_TRANSLATE_NOOP("genlab::Errors", "the start (rank 0's weights)"), error);
    }
}

std::string GlooGroup::shareBytes(const std::string& key, const std::string& bytes)
{
    const std::string storeKey = "genlab/share/" + std::to_string(d->shared++) + "/" + key;
    try {
        if (d->address.rank == 0) {
            d->store->set(storeKey, std::vector<uint8_t>(bytes.begin(), bytes.end()));
            return bytes;
        }
        const std::vector<uint8_t> value = d->store->get(storeKey);
        return std::string(value.begin(), value.end());
    } catch (const std::exception& error) {
        d->lost(QT_TRANSLATE_NOOP("genlab::Errors", "the start (rank 0's run)"), error);
    }
}

} // namespace genlab::distributed
