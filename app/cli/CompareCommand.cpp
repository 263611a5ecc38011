#include "CompareCommand.h"

#include "CommandRegistry.h"
#include "VerbArguments.h"
#include "common/InputError.h"
#include "compare/ComparisonPlan.h"
#include "compare/ComparisonRun.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

namespace genlab::cli {

namespace {

QString figures(const compare::ComparisonFrame& frame, const compare::ComparisonStart& start)
{
    QStringList parts;
    if (frame.modes >= 0)
        parts << QStringLiteral("modes %1/%2").arg(frame.modes).arg(start.modeCount)
              << QStringLiteral("hq %1").arg(frame.hq, 0, 'f', 3)
              << QStringLiteral("rkl %1").arg(frame.rkl, 0, 'f', 3);
    if (frame.sharpness >= 0)
        parts << QStringLiteral("sharpness %1").arg(frame.sharpness, 0, 'f', 4);
    if (frame.diversity >= 0)
        parts << QStringLiteral("diversity %1").arg(frame.diversity, 0, 'f', 3);
    if (frame.classesCovered >= 0)
        parts << QStringLiteral("classes %1/%2").arg(frame.classesCovered).arg(start.classCount)
              << QStringLiteral("class_kl %1").arg(frame.classKl, 0, 'f', 3)
              << QStringLiteral("frechet %1").arg(frame.frechetDistance, 0, 'f', 1);
    return parts.join(QStringLiteral("  "));
}

QString csvNumber(double value)
{
    return value < 0 ? QString() : QString::number(value, 'g', 6);
}

} // namespace

QString CompareCommand::name() const
{
    return QStringLiteral("compare");
}

QString CompareCommand::summary() const
{
    return QStringLiteral("train several models in turns on the same data and compare their figures");
}

QString CompareCommand::synopsis() const
{
    return QStringLiteral("Usage: genlab compare --preset NAME [options]\n"
                          "       genlab compare --presets P1,P2[,...] [options]\n"
                          "       genlab compare --plan FILE.json [options]");
}

QVector<VerbOption> CompareCommand::options() const
{
    return {{QStringLiteral("preset"), QStringLiteral("NAME"),
             QStringLiteral("a comparison preset: %1")
                 .arg(compare::ComparisonPlan::names().join(QStringLiteral(", ")))},
            {QStringLiteral("presets"), QStringLiteral("LIST"),
             QStringLiteral("single-model presets on the same data, one model each\n"
                            "(e.g. gan-collapse-ring8,wgan-gp-ring8,vigan-ring8)")},
            {QStringLiteral("plan"), QStringLiteral("FILE"),
             QStringLiteral("a comparison in the preset format (see resources/presets/compare)")},
            {QStringLiteral("seed"), QStringLiteral("S"),
             QStringLiteral("the seed of every model (default: the presets')")},
            {QStringLiteral("steps"), QStringLiteral("N"),
             QStringLiteral("the run length of every model (default: the presets')")},
            {QStringLiteral("threads"), QStringLiteral("T"), QStringLiteral("LibTorch threads (default 1)")},
            {QStringLiteral("out"), QStringLiteral("DIR"),
             QStringLiteral("write DIR/<label>/ run folders and DIR/comparison.csv")},
            {QStringLiteral("quiet"), {}, QStringLiteral("print only the final figures")}};
}

QString CompareCommand::notes() const
{
    return QStringLiteral(
        "The models train in turns (steps_per_turn steps each, round robin) and are measured every\n"
        "measure_every of their steps: modes covered, hq and rkl on ring8/grid25 (as genlab eval);\n"
        "for images the sharpness (mean variance of the Laplacian of 64 samples, beside the same\n"
        "score of 64 real images), the diversity and, with a cached classifier (genlab classifier),\n"
        "classes covered, KL(class histogram || uniform) and the classifier Frechet distance.");
}

int CompareCommand::run(const QStringList& arguments)
{
    const VerbArguments args = parse(arguments);
    const int sources = int(args.has(QStringLiteral("preset"))) + int(args.has(QStringLiteral("presets"))) +
                        int(args.has(QStringLiteral("plan")));
    if (sources != 1)
        throw InputError(QStringLiteral("give exactly one of --preset, --presets or --plan"));
    compare::ComparisonPlan plan;
    if (args.has(QStringLiteral("preset")))
        plan = compare::ComparisonPlan::load(args.value(QStringLiteral("preset")));
    else if (args.has(QStringLiteral("plan")))
        plan = compare::ComparisonPlan::fromFile(args.value(QStringLiteral("plan")));
    else
        plan = compare::ComparisonPlan::fromPresets(
            args.value(QStringLiteral("presets")).split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (args.has(QStringLiteral("seed")))
        plan.setSeed(uint64_t(args.integer(QStringLiteral("seed"), 1, 0)));
    if (args.has(QStringLiteral("steps")))
        plan.setSteps(args.integer(QStringLiteral("steps"), 0, 1));
    const int threads = int(args.integer(QStringLiteral("threads"), 1, 1));
    const QString outDir = args.value(QStringLiteral("out"));
    const bool quiet = args.has(QStringLiteral("quiet"));

    QFile csv;
    if (!outDir.isEmpty()) {
        if (!QDir().mkpath(outDir))
            throw InputError(QStringLiteral("%1: cannot create the folder").arg(outDir));
        csv.setFileName(QDir(outDir).filePath(QStringLiteral("comparison.csv")));
        if (csv.exists())
            throw InputError(
                QStringLiteral("%1: already exists; compare writes a new folder").arg(csv.fileName()));
    }
    compare::ComparisonRun run(plan, outDir, threads);
    const compare::ComparisonStart& start = run.start();
    QTextStream out(stdout);
    QTextStream table;
    if (!outDir.isEmpty()) {
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Text))
            throw InputError(QStringLiteral("%1: cannot write (%2)").arg(csv.fileName(), csv.errorString()));
        table.setDevice(&csv);
        table << "model,step,seconds,modes,hq,rkl,sharpness,diversity,classes,class_kl,frechet\n";
    }
    out << "comparison: " << start.name << " on " << start.data << " (" << start.labels.size() << " models, "
        << start.stepsPerTurn << " steps per turn)\n";
    if (start.images)
        out << "real images: sharpness " << QString::number(start.realSharpness, 'f', 4) << '\n';
    if (!start.classesNote.isEmpty())
        out << "note: " << start.classesNote << '\n';

    QVector<compare::ComparisonFrame> last(run.entryCount());
    const auto record = [&](const compare::ComparisonFrame& frame) {
        last[frame.entry] = frame;
        if (!quiet)
            out << "step " << frame.step << "  " << start.labels[frame.entry] << "  " << figures(frame, start)
                << Qt::endl;
        if (table.device())
            table << '"'
                  << QString(start.labels[frame.entry]).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                  << "\"," << frame.step << ',' << QString::number(frame.seconds, 'f', 2) << ','
                  << (frame.modes >= 0 ? QString::number(frame.modes) : QString()) << ','
                  << csvNumber(frame.hq) << ',' << csvNumber(frame.rkl) << ',' << csvNumber(frame.sharpness)
                  << ',' << csvNumber(frame.diversity) << ','
                  << (frame.classesCovered >= 0 ? QString::number(frame.classesCovered) : QString()) << ','
                  << csvNumber(frame.classKl) << ',' << csvNumber(frame.frechetDistance) << '\n';
    };
    for (int entry = 0; entry < run.entryCount(); ++entry)
        record(run.measure(entry));
    while (!run.finished()) {
        bool measured = false;
        const int entry = run.step(&measured);
        if (measured)
            record(run.measure(entry));
    }
    out << "final:\n";
    for (int entry = 0; entry < run.entryCount(); ++entry)
        out << "  " << start.labels[entry] << ": step " << last[entry].step << "  seconds "
            << QString::number(last[entry].seconds, 'f', 1) << "  " << figures(last[entry], start) << '\n';
    if (table.device()) {
        table.flush();
        out << "wrote " << csv.fileName() << '\n';
    }
    return 0;
}

} // namespace genlab::cli

using genlab::cli::CompareCommand;
GENLAB_REGISTER_COMMAND(CompareCommand)
