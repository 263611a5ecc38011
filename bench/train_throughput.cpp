// bench_train_throughput NAME [--seconds S] [--warmup N] [--threads T]
//
// Training throughput of GenLab's own step loop (training::Trainer: batch sampling, the
// model's step, its metrics and the divergence check, exactly what `genlab train` runs) for
// the benchmarks that bench/run.sh races against the plain-PyTorch scripts in
// bench/reference/. Prints one line: `NAME genlab=<figure> unit=<unit>`.
//
//   vae-mlp      784-400-20 VAE on Fashion-MNIST, batch 256, Adam, 2 threads   images/s
//   dcgan-mnist  the dcgan-mnist preset (DCGAN-style GAN, MNIST digits, batch 64) images/s
//   toy-gan      the default MLP GAN (3x256) on ring8, batch 256                G steps/s
//   wgan-gp-toy  the default WGAN-GP on ring8 (5 critic steps + double backward) G steps/s

#include "BenchArguments.h"
#include "training/PresetCatalog.h"
#include "training/Trainer.h"
#include "training/TrainingConfig.h"

#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <cstdio>

namespace {

using genlab::training::TrainingConfig;

struct Benchmark {
    TrainingConfig config;
    bool perImage = false; // images/s (the trained batch size per step) rather than steps/s
    const char* unit = "steps/s";
};

bool makeBenchmark(const QString& name, Benchmark& benchmark)
{
    TrainingConfig& config = benchmark.config;
    if (name == QLatin1String("vae-mlp")) {
        config = genlab::training::PresetCatalog::load(QStringLiteral("vae-fashion")).config;
        config.threads = 2;
        benchmark.perImage = true;
        benchmark.unit = "images/s";
    } else if (name == QLatin1String("dcgan-mnist")) {
        config = genlab::training::PresetCatalog::load(QStringLiteral("dcgan-mnist")).config;
        config.threads = 2;
        benchmark.perImage = true;
        benchmark.unit = "images/s";
    } else if (name == QLatin1String("toy-gan")) {
        config.model = QStringLiteral("gan");
        config.data = QStringLiteral("ring8");
        config.threads = 1;
        benchmark.unit = "gsteps/s";
    } else if (name == QLatin1String("wgan-gp-toy")) {
        config.model = QStringLiteral("wgan-gp");
        config.data = QStringLiteral("ring8");
        config.threads = 1;
        benchmark.unit = "gsteps/s";
    } else {
        return false;
    }
    config.seed = 1;
    genlab::bench::runWithoutEnd(config);
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() < 2) {
        err << "usage: bench_train_throughput vae-mlp|dcgan-mnist|toy-gan|wgan-gp-toy [--seconds S] "
               "[--warmup N] [--threads T]\n";
        return 2;
    }
    const QString name = arguments.at(1);
    double seconds = 8.0;
    int warmup = 20;
    int threads = 0;
    for (int i = 2; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--seconds"))
            seconds = genlab::bench::numberArgument("bench_train_throughput", arguments.at(i),
                                                    arguments.at(i + 1), 0.1, 3600);
        else if (arguments.at(i) == QLatin1String("--warmup"))
            warmup = int(genlab::bench::numberArgument("bench_train_throughput", arguments.at(i),
                                                       arguments.at(i + 1), 0, 100000));
        else if (arguments.at(i) == QLatin1String("--threads"))
            threads = int(genlab::bench::numberArgument("bench_train_throughput", arguments.at(i),
                                                        arguments.at(i + 1), 1, 256));
    }
    Benchmark benchmark;
    if (!makeBenchmark(name, benchmark)) {
        err << "bench_train_throughput: unknown benchmark '" << name << "'\n";
        return 2;
    }
    if (threads > 0)
        benchmark.config.threads = threads;

    genlab::training::Trainer trainer(benchmark.config);
    // The batch the model trains on, a default included when the preset leaves it out.
    const double itemsPerStep =
        benchmark.perImage ? trainer.hyperParameters().value(QStringLiteral("batch_size")).toDouble() : 1.0;
    for (int i = 0; i < warmup; ++i)
        trainer.step();
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    int64_t steps = 0;
    double elapsed = 0.0;
    while (elapsed < seconds) {
        trainer.step();
        ++steps;
        elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    }
    std::printf("%s genlab=%.2f unit=%s steps=%lld threads=%d\n", qPrintable(name),
                double(steps) * itemsPerStep / elapsed, benchmark.unit, static_cast<long long>(steps),
                benchmark.config.threads);
    return 0;
}
