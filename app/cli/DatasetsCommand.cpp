#include "DatasetsCommand.h"

#include "CommandRegistry.h"
#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/DataCatalog.h"
#include "data/DataSet.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <limits>

namespace genlab::cli {

namespace {

QString shapeText(const QVector<int64_t>& shape)
{
    QStringList parts;
    for (int64_t size : shape)
        parts << QString::number(size);
    return parts.join(QLatin1Char('x'));
}

QString countsText(int64_t train, int64_t test)
{
    if (test == 0)
        return QString::number(train);
    return QStringLiteral("%1 train / %2 test (%3)").arg(train).arg(test).arg(train + test);
}

int64_t parseInteger(const QStringList& arguments, int& at, const QString& option, int64_t low, int64_t high)
{
    if (at + 1 >= arguments.size())
        throw InputError(QStringLiteral("%1 needs a value").arg(option));
    bool ok = false;
    const qlonglong value = arguments[++at].toLongLong(&ok);
    if (!ok || value < low || value > high)
        throw InputError(QStringLiteral("%1 '%2' is not a whole number in %3..%4")
                             .arg(option, arguments[at])
                             .arg(low)
                             .arg(high));
    return value;
}

void listAll(QTextStream& out)
{
    const QVector<data::DataSetInfo> infos = data::DataCatalog::available();
    struct Row {
        QString name, samples, shape, labels, source;
    };
    QVector<Row> rows{{QStringLiteral("NAME"), QStringLiteral("SAMPLES"), QStringLiteral("SHAPE"),
                       QStringLiteral("LABELS"), QStringLiteral("SOURCE")}};
    for (const auto& info : infos) {
        if (!info.found) {
            rows.push_back({info.name, QStringLiteral("not found"), QString(), QString(), info.problem});
            continue;
        }
        const bool generated = info.location.isEmpty();
        rows.push_back({info.name,
                        generated ? QStringLiteral("%1 (generated)").arg(info.trainCount)
                                  : countsText(info.trainCount, info.testCount),
                        shapeText(info.sampleShape),
                        info.hasLabels ? QStringLiteral("labels") : QStringLiteral("-"),
                        generated ? info.description : info.location});
    }
    int widths[4] = {0, 0, 0, 0};
    for (const Row& row : rows) {
        widths[0] = std::max(widths[0], int(row.name.size()));
        if (row.samples != QLatin1String("not found")) {
            widths[1] = std::max(widths[1], int(row.samples.size()));
            widths[2] = std::max(widths[2], int(row.shape.size()));
            widths[3] = std::max(widths[3], int(row.labels.size()));
        }
    }
    for (const Row& row : rows) {
        out << row.name.leftJustified(widths[0] + 2);
        if (row.samples == QLatin1String("not found"))
            out << QStringLiteral("not found: ") << row.source << '\n';
        else
            out << row.samples.leftJustified(widths[1] + 2) << row.shape.leftJustified(widths[2] + 2)
                << row.labels.leftJustified(widths[3] + 2) << row.source << '\n';
    }
    out << "\nAlso: any MNIST-family IDX folder or file, a folder of PNG/JPEG images, or a .csv of "
           "x,y points, by path.\n";
}

void describe(QTextStream& out, const QString& nameOrPath, const data::LoadOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    const data::DataSet set = data::DataCatalog::load(nameOrPath, options);
    const qint64 milliseconds = timer.elapsed();

    QVector<int64_t> shape;
    for (int64_t size : set.sampleShape())
        shape << size;
    out << "name:    " << set.name << '\n'
        << "kind:    " << (set.kind == data::DataKind::Images ? "images" : "2-D points") << '\n'
        << "samples: " << countsText(set.trainCount(), set.testCount()) << '\n'
        << "shape:   " << shapeText(shape) << '\n'
        << "values:  " << set.train.min().item<float>() << " .. " << set.train.max().item<float>()
        << ", mean " << set.train.mean().item<float>() << '\n';
    if (set.hasLabels()) {
        const at::Tensor histogram = torch::bincount(set.trainLabels, {}, set.classNames.size());
        out << "labels:  " << set.classNames.size() << " classes, train counts per class:";
        for (int64_t c = 0; c < histogram.size(0); ++c)
            out << ' ' << (c < set.classNames.size() ? set.classNames[int(c)] : QString::number(c)) << '='
                << histogram[c].item<int64_t>();
        out << '\n';
    } else {
        out << "labels:  none\n";
    }
    if (!set.modes.empty())
        out << "modes:   " << set.modes.centres.size() << " Gaussians, sigma " << set.modes.sigma << '\n';
    out << "loaded in " << milliseconds << " ms\n";
}

} // namespace

QString DatasetsCommand::name() const
{
    return QStringLiteral("datasets");
}

QString DatasetsCommand::summary() const
{
    return QStringLiteral("list the data sets found on this machine (or describe one)");
}

QString DatasetsCommand::synopsis() const
{
    return QStringLiteral(
        "Usage: genlab datasets [NAME|PATH] [--seed N] [--points N] [--image-size N] [--colour]");
}

QString DatasetsCommand::description() const
{
    return QStringLiteral(
        "Without NAME: lists every data set GenLab knows with its sample count (train / test),\n"
        "the shape of one sample, whether it has labels, and where it comes from. Sources that\n"
        "are missing are listed as not found, with a hint.\n"
        "With NAME (fashion-mnist, mnist, ring8, grid25, spiral, moons) or a PATH (an IDX folder or\n"
        "file, a folder of PNG/JPEG images, a .csv of x,y points): loads it, checks it, and prints\n"
        "counts, value range, the label histogram and the load time.");
}

QVector<VerbOption> DatasetsCommand::options() const
{
    return {
        {QStringLiteral("seed"), QStringLiteral("N"), QStringLiteral("seed of generated data (default 0)")},
        {QStringLiteral("points"), QStringLiteral("N"),
         QStringLiteral("points of generated data (default 50000)")},
        {QStringLiteral("image-size"), QStringLiteral("N"),
         QStringLiteral("side of image-folder images after resizing (default 28)")},
        {QStringLiteral("colour"), {}, QStringLiteral("keep image folders in colour (3 channels)")}};
}

QString DatasetsCommand::notes() const
{
    return QStringLiteral(
        "Environment: GENLAB_FASHION_MNIST_DIR, GENLAB_MNIST_DIR, GENLAB_CACHE_DIR override where\n"
        "Fashion-MNIST and the MNIST digits are looked for.");
}

int DatasetsCommand::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    data::LoadOptions options;
    QString target;
    // The words are read here rather than by parse(): a NAME or PATH may stand among the options
    // of options(), and --color is taken for --colour.
    for (int at = 0; at < arguments.size(); ++at) {
        const QString& word = arguments[at];
        if (word == QLatin1String("--seed"))
            options.seed = uint64_t(parseInteger(arguments, at, word, 0, std::numeric_limits<qint64>::max()));
        else if (word == QLatin1String("--points"))
            options.pointCount = parseInteger(arguments, at, word, 1, 10'000'000);
        else if (word == QLatin1String("--image-size"))
            options.imageSize = int(parseInteger(arguments, at, word, 1, 512));
        else if (word == QLatin1String("--colour") || word == QLatin1String("--color"))
            options.colour = true;
        else if (word.startsWith(QLatin1String("--")))
            throw InputError(QStringLiteral("unknown option %1 (see genlab datasets --help)").arg(word));
        else if (target.isEmpty())
            target = word;
        else
            throw InputError(QStringLiteral("one data set at a time ('%1' and '%2')").arg(target, word));
    }
    if (target.isEmpty())
        listAll(out);
    else
        describe(out, target, options);
    return 0;
}

} // namespace genlab::cli

using genlab::cli::DatasetsCommand;
GENLAB_REGISTER_COMMAND(DatasetsCommand)
