// bench_step_profile PRESET [--steps N] [--threads T]: where a preset's training step spends its
// time. Runs N steps (default 200, after 30 unprofiled) of the preset's recipe under LibTorch's
// profiler and prints each operator's self time per step, largest first, with the share of the
// step that no operator accounts for (GenLab's own code: data sampling, metrics, the loop).
// Nothing is written. It is the tool behind "win by doing less work": it names the work.
#include "BenchArguments.h"

#include "common/TorchApi.h"
#include "training/PresetCatalog.h"
#include "training/Trainer.h"

#include <torch/csrc/autograd/profiler_legacy.h>

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace {

namespace profiler = torch::autograd::profiler;

struct OperatorTime {
    double selfMicroseconds = 0.0;
    int64_t calls = 0;
};

// Self time of every operator: its span minus the spans of the operators it called.
std::map<std::string, OperatorTime> selfTimes(const profiler::thread_event_lists& threads, double& topLevel)
{
    std::map<std::string, OperatorTime> result;
    topLevel = 0.0;
    for (const auto& events : threads) {
        struct Open {
            const profiler::LegacyEvent* push;
            double children;
        };
        std::vector<Open> stack;
        for (const profiler::LegacyEvent& event : events) {
            if (event.kind() == profiler::EventKind::PushRange) {
                stack.push_back({&event, 0.0});
            } else if (event.kind() == profiler::EventKind::PopRange && !stack.empty()) {
                const Open open = stack.back();
                stack.pop_back();
                const double span = open.push->cpuElapsedUs(event);
                OperatorTime& time = result[open.push->name()];
                time.selfMicroseconds += span - open.children;
                ++time.calls;
                if (stack.empty())
                    topLevel += span;
                else
                    stack.back().children += span;
            }
        }
    }
    return result;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() < 2) {
        err << "usage: bench_step_profile PRESET [--steps N] [--threads T]\n";
        return 2;
    }
    int steps = 200;
    int threads = 1;
    for (int i = 2; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--steps"))
            steps = int(genlab::bench::numberArgument("bench_step_profile", arguments.at(i),
                                                      arguments.at(i + 1), 1, 100000));
        else if (arguments.at(i) == QLatin1String("--threads"))
            threads = int(genlab::bench::numberArgument("bench_step_profile", arguments.at(i),
                                                        arguments.at(i + 1), 1, 256));
    }
    genlab::training::TrainingConfig config;
    try {
        config = genlab::training::PresetCatalog::load(arguments.at(1)).config;
    } catch (const std::exception& error) {
        err << "bench_step_profile: " << error.what() << "\n";
        return 2;
    }
    config.threads = threads;
    genlab::bench::runWithoutEnd(config);
    genlab::training::Trainer trainer(config);
    for (int i = 0; i < 30; ++i)
        trainer.step();

    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    profiler::enableProfilerLegacy(
        torch::profiler::impl::ProfilerConfig(torch::profiler::impl::ProfilerState::CPU));
    for (int i = 0; i < steps; ++i)
        trainer.step();
    const profiler::thread_event_lists events = profiler::disableProfilerLegacy();
    const double wallMicroseconds = std::chrono::duration<double, std::micro>(Clock::now() - start).count();

    double topLevel = 0.0;
    std::map<std::string, OperatorTime> times = selfTimes(events, topLevel);
    std::vector<std::pair<std::string, OperatorTime>> sorted(times.begin(), times.end());
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return a.second.selfMicroseconds > b.second.selfMicroseconds;
    });
    const double perStep = wallMicroseconds / steps;
    std::printf("%s: %.1f us a step (profiled, %d steps, %d threads); operators cover %.0f%%\n",
                qPrintable(arguments.at(1)), perStep, steps, threads, 100.0 * topLevel / wallMicroseconds);
    std::printf("%-44s %10s %8s %8s\n", "operator", "us/step", "share", "calls/step");
    for (size_t i = 0; i < sorted.size() && i < 30; ++i)
        std::printf("%-44s %10.1f %7.1f%% %8.1f\n", sorted[i].first.c_str(),
                    sorted[i].second.selfMicroseconds / steps,
                    100.0 * sorted[i].second.selfMicroseconds / wallMicroseconds,
                    double(sorted[i].second.calls) / steps);
    return 0;
}
