#include "TrainCommand.h"

#include "CommandRegistry.h"
#include "LocalJobLauncher.h"
#include "VerbArguments.h"
#include "common/InputError.h"
#include "data/MixtureGenerator.h"
#include "distributed/GlooGroup.h"
#include "distributed/JobError.h"
#include "models/ModelCatalog.h"
#include "training/DivergenceError.h"
#include "training/PresetCatalog.h"
#include "training/Trainer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace genlab::cli {

namespace {

constexpr int kBarWidth = 30;
constexpr int kPlainProgressLines = 20; // lines a non-terminal run prints at most (plus the last)
// A run given in steps without --sample-every keeps about this many sample pictures, so that
// its course can be scrubbed in the window and exported as a GIF (`genlab export-gif`).
constexpr int64_t kTimelinePictures = 40;
constexpr qint64 kTerminalRefreshMs = 100;
constexpr int64_t kDefaultJobTimeoutSeconds = 60;
// Options that describe one process of a job; --nproc makes them for each process it starts.
const QStringList kJobOptions{QStringLiteral("world-size"), QStringLiteral("rank"), QStringLiteral("master")};
// The words after `genlab train` without --nproc and its value.
QStringList withoutProcessCount(const QStringList& arguments)
{
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--nproc")) {
            ++i;
            continue;
        }
        if (arguments[i].startsWith(QLatin1String("--nproc=")))
            continue;
        rest << arguments[i];
    }
    return rest;
}

QString clock(double seconds)
{
    const qint64 whole = static_cast<qint64>(seconds + 0.5);
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QString metricSummary(const models::StepMetrics& metrics)
{
    QStringList parts;
    for (int i = 0; i < metrics.size() && i < 3; ++i)
        parts << QStringLiteral("%1 %2").arg(metrics[i].name).arg(metrics[i].value, 0, 'g', 4);
    return parts.join(QStringLiteral("  "));
}

void applySetting(training::TrainingConfig& config, const QString& assignment)
{
    const int equals = assignment.indexOf(QLatin1Char('='));
    if (equals <= 0)
        throw InputError(QStringLiteral("--set '%1': expected key=value").arg(assignment));
    config.settings[assignment.left(equals).trimmed()] = assignment.mid(equals + 1).trimmed();
}

QJsonObject readJsonObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw InputError(QStringLiteral("%1: not a JSON object (%2)").arg(path, error.errorString()));
    return document.object();
}

// The settings a config file gave are checked here, against the model the run will build, so
// that a bad one is reported with the file's name (the model's own check knows no file).
void checkFileSettings(const training::TrainingConfig& config, const QStringList& names, const QString& file)
{
    const bool points = data::MixtureGenerator::isMixture(config.data) ||
                        config.data.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const models::HyperParameterSpecs specs = models::ModelCatalog::hyperParameters(
        config.model, points ? data::DataKind::Points2D : data::DataKind::Images);
    for (const QString& name : names) {
        const auto spec = std::find_if(specs.begin(), specs.end(),
                                       [&](const models::HyperParameterSpec& s) { return s.name == name; });
        if (spec == specs.end())
            throw InputError(
                QStringLiteral("%1: settings: model %2 has no setting '%3'").arg(file, config.model, name));
        try {
            spec->validated(config.settings.value(name));
        } catch (const InputError& error) {
            throw InputError(QStringLiteral("%1: settings: %2").arg(file, error.message()));
        }
    }
}

} // namespace

QString TrainCommand::name() const
{
    return QStringLiteral("train");
}

QString TrainCommand::summary() const
{
    return QStringLiteral("train a model headless and write a run folder");
}

QString TrainCommand::synopsis() const
{
    return QStringLiteral(
        "Usage: genlab train --model M --data D (--steps N | --epochs E) --out DIR [options]\n"
        "       genlab train --preset P [--seed S] --out DIR\n"
        "       genlab train --resume DIR [--steps N | --epochs E]   (N, E: the new total length)\n"
        "       genlab train ... --nproc N                      (N processes on this machine)\n"
        "       genlab train ... --world-size N --rank R --master HOST:PORT   (one process of N)");
}

QVector<VerbOption> TrainCommand::options() const
{
    return {
        {QStringLiteral("model"), QStringLiteral("M"),
         QStringLiteral("model kind (genlab models lists them)")},
        {QStringLiteral("data"), QStringLiteral("D"),
         QStringLiteral("data set name or path (ring8, grid25, mnist, fashion-mnist, ...)")},
        {QStringLiteral("steps"), QStringLiteral("N"), QStringLiteral("run length in training steps")},
        {QStringLiteral("epochs"), QStringLiteral("E"),
         QStringLiteral("run length in passes over the training set")},
        {QStringLiteral("seed"), QStringLiteral("S"),
         QStringLiteral("random seed (default 1); the same seed gives the same run")},
        {QStringLiteral("set"), QStringLiteral("key=value"),
         QStringLiteral("a hyper-parameter (repeatable; genlab models lists them)")},
        {QStringLiteral("preset"), QStringLiteral("P"),
         QStringLiteral("start from a preset: %1")
             .arg(training::PresetCatalog::names().join(QStringLiteral(", ")))},
        {QStringLiteral("config"), QStringLiteral("FILE"),
         QStringLiteral("start from a JSON config (a run's config.json or a preset file)")},
        {QStringLiteral("out"), QStringLiteral("DIR"), QStringLiteral("the run folder to write")},
        {QStringLiteral("device"), QStringLiteral("D"), QStringLiteral("cpu (default) or cuda:N")},
        {QStringLiteral("threads"), QStringLiteral("N"),
         QStringLiteral(
             "torch threads (default: the preset's, else 1 - reproducible and fastest for small nets)")},
        {QStringLiteral("sample-every"), QStringLiteral("N"),
         QStringLiteral("write samples every N steps (default: the preset's, else steps/40; 0: at the end)")},
        {QStringLiteral("checkpoint-every"), QStringLiteral("N"),
         QStringLiteral("write a checkpoint every N steps (default: at the end)")},
        {QStringLiteral("resume"), QStringLiteral("DIR"),
         QStringLiteral("continue a run from its newest checkpoint")},
        {QStringLiteral("nproc"), QStringLiteral("N"),
         QStringLiteral("train data-parallel in N processes on this machine (each --threads)")},
        {QStringLiteral("world-size"), QStringLiteral("N"),
         QStringLiteral("the processes of a data-parallel job started by hand, on one or more machines")},
        {QStringLiteral("rank"), QStringLiteral("R"),
         QStringLiteral("this process's place in the job, 0 to N-1; rank 0 writes the run folder")},
        {QStringLiteral("master"), QStringLiteral("HOST:PORT"),
         QStringLiteral("where rank 0 listens for the others (default 127.0.0.1:29500)")},
        {QStringLiteral("timeout"), QStringLiteral("S"),
         QStringLiteral("how long a process of a job waits for the others (default %1 s)")
             .arg(kDefaultJobTimeoutSeconds)},
        {QStringLiteral("quiet"), {}, QStringLiteral("no progress output")}};
}

int TrainCommand::run(const QStringList& arguments)
{
    const VerbArguments args = parse(arguments);
    if (args.has(QStringLiteral("steps")) && args.has(QStringLiteral("epochs")))
        throw InputError(QStringLiteral("give --steps or --epochs, not both"));
    const int timeout =
        static_cast<int>(args.integer(QStringLiteral("timeout"), kDefaultJobTimeoutSeconds, 1));
    if (args.has(QStringLiteral("nproc"))) {
        for (const QString& option : kJobOptions)
            if (args.has(option))
                throw InputError(QStringLiteral("--nproc starts the processes of a job itself; --%1 is for "
                                                "one process of a job started by hand")
                                     .arg(option));
        const int processes = static_cast<int>(args.integer(QStringLiteral("nproc"), 1, 1));
        if (processes > 1)
            return LocalJobLauncher::run(withoutProcessCount(arguments), processes, timeout);
    }
    try {
        return train(args, timeout);
    } catch (const distributed::JobError& error) {
        QTextStream(stdout).flush();
        QTextStream(stderr) << "genlab train: " << error.message() << Qt::endl;
        return kJobLostStatus;
    }
}

int TrainCommand::train(const VerbArguments& args, int timeout)
{
    std::shared_ptr<distributed::GlooGroup> link;
    if (std::any_of(kJobOptions.begin(), kJobOptions.end(), [&](const QString& o) { return args.has(o); })) {
        distributed::JobAddress address;
        address.worldSize = static_cast<int>(args.integer(QStringLiteral("world-size"), 1, 1));
        address.rank = static_cast<int>(args.integer(QStringLiteral("rank"), 0, 0));
        if (args.has(QStringLiteral("master")))
            address.setMaster(args.value(QStringLiteral("master")));
        address.timeout = std::chrono::seconds(timeout);
        link = distributed::GlooGroup::join(address); // checks the address first
    }

    std::unique_ptr<training::Trainer> trainer;
    if (args.has(QStringLiteral("resume"))) {
        for (const QString& option :
             {QStringLiteral("model"), QStringLiteral("data"), QStringLiteral("seed"), QStringLiteral("set"),
              QStringLiteral("preset"), QStringLiteral("config"), QStringLiteral("out")}) {
            if (args.has(option))
                throw InputError(
                    QStringLiteral("--resume continues a run as it was; --%1 cannot change it").arg(option));
        }
        trainer = training::Trainer::resume(args.value(QStringLiteral("resume")),
                                            args.integer(QStringLiteral("steps"), 0, 1),
                                            args.integer(QStringLiteral("epochs"), 0, 1), link);
    } else {
        training::TrainingConfig config;
        if (args.has(QStringLiteral("preset")))
            config = training::PresetCatalog::load(args.value(QStringLiteral("preset"))).config;
        QStringList fileSettings;
        if (args.has(QStringLiteral("config"))) {
            const QJsonObject json = readJsonObject(args.value(QStringLiteral("config")));
            config.merge(json, args.value(QStringLiteral("config")));
            fileSettings = json.value(QStringLiteral("settings")).toObject().keys();
        }
        if (args.has(QStringLiteral("model")))
            config.model = args.value(QStringLiteral("model"));
        if (args.has(QStringLiteral("data")))
            config.data = args.value(QStringLiteral("data"));
        if (args.has(QStringLiteral("steps"))) {
            config.steps = args.integer(QStringLiteral("steps"), 0, 1);
            config.epochs = 0;
        }
        if (args.has(QStringLiteral("epochs"))) {
            config.epochs = args.integer(QStringLiteral("epochs"), 0, 1);
            config.steps = 0;
        }
        config.seed =
            static_cast<uint64_t>(args.integer(QStringLiteral("seed"), static_cast<int64_t>(config.seed), 0));
        config.device = args.value(QStringLiteral("device"), config.device);
        config.threads = static_cast<int>(args.integer(QStringLiteral("threads"), config.threads, 1));
        config.sampleEvery = args.integer(QStringLiteral("sample-every"), config.sampleEvery, 0);
        if (!args.has(QStringLiteral("sample-every")) && config.sampleEvery == 0 && config.steps > 0)
            config.sampleEvery = std::max<int64_t>(1, config.steps / kTimelinePictures);
        config.checkpointEvery = args.integer(QStringLiteral("checkpoint-every"), config.checkpointEvery, 0);
        for (const QString& assignment : args.values(QStringLiteral("set")))
            fileSettings.removeAll(assignment.section(QLatin1Char('='), 0, 0).trimmed()); // --set wins
        if (!fileSettings.isEmpty() && !config.model.isEmpty())
            checkFileSettings(config, fileSettings, args.value(QStringLiteral("config")));
        for (const QString& assignment : args.values(QStringLiteral("set")))
            applySetting(config, assignment);
        config.outDir = args.required(QStringLiteral("out"));
        config.validate();
        if (link) {
            trainer = training::Trainer::inJob(config, link);
        } else {
            trainer = std::make_unique<training::Trainer>(config);
        }
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    // In a job, rank 0 speaks for all.
    const bool firstRank = !link || link->rank() == 0;
    const bool quiet = args.has(QStringLiteral("quiet")) || !firstRank;
    const bool terminal = isatty(fileno(stdout)) != 0;
    const int64_t total = trainer->totalSteps();
    const int64_t plainEvery = std::max<int64_t>(1, total / kPlainProgressLines);
    const training::TrainingConfig& config = trainer->config();
    if (!quiet)
        out << "training " << config.model << " on " << config.data << ", seed " << config.seed << ", "
            << total << " steps" << (link ? QStringLiteral(" in %1 processes").arg(link->size()) : QString())
            << " -> " << trainer->runPath() << Qt::endl;

    QElapsedTimer wall;
    wall.start();
    qint64 lastDraw = -kTerminalRefreshMs;
    const int64_t firstStep = trainer->currentStep();
    try {
        while (!trainer->finished()) {
            const training::StepResult result = trainer->step();
            if (result.storyTold && firstRank) // the preset's point: said even when --quiet
                out << (terminal && !quiet ? "\r\x1b[K" : "") << trainer->verdict().line() << Qt::endl;
            if (quiet)
                continue;
            const double seconds = wall.nsecsElapsed() * 1e-9;
            const double rate = (result.step - firstStep) / std::max(seconds, 1e-9);
            const double eta = (total - result.step) / std::max(rate, 1e-9);
            if (terminal) {
                if (wall.elapsed() - lastDraw < kTerminalRefreshMs && !trainer->finished())
                    continue;
                lastDraw = wall.elapsed();
                const double fraction =
                    std::min(1.0, static_cast<double>(result.step) / std::max<int64_t>(1, total));
                const int filled = static_cast<int>(fraction * kBarWidth);
                out << "\r[" << QString(filled, QLatin1Char('#'))
                    << QString(kBarWidth - filled, QLatin1Char('.')) << "] " << result.step << "/" << total
                    << "  " << QString::number(rate, 'f', 1) << " steps/s  ETA " << clock(eta) << "  "
                    << metricSummary(result.metrics) << "\x1b[K";
                out.flush();
            } else if (result.step % plainEvery == 0 || trainer->finished()) {
                out << "step " << result.step << "/" << total << "  epoch " << result.epoch << "  "
                    << clock(seconds) << "  " << metricSummary(result.metrics) << Qt::endl;
            }
        }
    } catch (const training::DivergenceError& error) {
        if (terminal && !quiet)
            out << Qt::endl;
        out.flush();
        err << "genlab train: " << error.message() << Qt::endl;
        return 1;
    }
    if (terminal && !quiet)
        out << Qt::endl;
    if (!firstRank)
        return 0;

    out << "run: " << trainer->runPath() << '\n';
    out << "steps: " << trainer->currentStep() << '\n';
    out << "seconds: " << QString::number(trainer->elapsedSeconds(), 'f', 1) << '\n';
    const training::VerdictWatch& verdict = trainer->verdict();
    if (verdict.applies() && verdict.told()) {
        out << "story_step: " << verdict.toldStep() << '\n';
        out << "story_seconds: " << QString::number(verdict.toldSeconds(), 'f', 1) << '\n';
    } else if (verdict.applies()) {
        out << verdict.endLine(trainer->currentStep()) << '\n';
    }
    for (const models::NamedValue& figure : trainer->evaluate().namedValues())
        out << figure.name << ": " << QString::number(figure.value, 'g', 6) << '\n';
    out.flush();
    return 0;
}

} // namespace genlab::cli

using genlab::cli::TrainCommand;
GENLAB_REGISTER_COMMAND(TrainCommand)
