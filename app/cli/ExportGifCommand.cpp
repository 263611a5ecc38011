#include "ExportGifCommand.h"

#include "CommandRegistry.h"
#include "VerbArguments.h"
#include "common/InputError.h"
#include "export/GifWriter.h"
#include "run/RunTimeline.h"

#include <QTextStream>

namespace genlab::cli {

QString ExportGifCommand::name() const
{
    return QStringLiteral("export-gif");
}

QString ExportGifCommand::summary() const
{
    return QStringLiteral("a run's sample pictures over training as an animated GIF");
}

QString ExportGifCommand::synopsis() const
{
    return QStringLiteral(
        "Usage: genlab export-gif --run DIR --out FILE.gif [--delay MS] [--scale K] [--every N]");
}

QString ExportGifCommand::runHelp() const
{
    return QStringLiteral("a run folder (its samples/ pictures, in step order)");
}

QVector<VerbOption> ExportGifCommand::ownOptions() const
{
    return {{QStringLiteral("out"), QStringLiteral("FILE"),
             QStringLiteral("the GIF to write (replaced whole or not at all)")},
            {QStringLiteral("delay"), QStringLiteral("MS"),
             QStringLiteral("time each frame is shown (default 200)")},
            {QStringLiteral("scale"), QStringLiteral("K"),
             QStringLiteral("nearest-neighbour enlargement, 1 to 16 (default 1)")},
            {QStringLiteral("every"), QStringLiteral("N"),
             QStringLiteral("keep every N-th picture (default 1); the last is always kept")}};
}

int ExportGifCommand::run(const QStringList& arguments)
{
    const VerbArguments args = parse(arguments);
    const QString runFolder = runPath(args);
    const QString outPath = args.required(QStringLiteral("out"));
    exporting::GifWriter::Options options;
    options.delayMs = int(args.integer(QStringLiteral("delay"), options.delayMs, 0));
    options.scale = int(args.integer(QStringLiteral("scale"), options.scale, 1));
    const int64_t every = args.integer(QStringLiteral("every"), 1, 1);

    const QVector<run::RunTimeline::Frame> timeline = run::RunTimeline::load(runFolder);
    QVector<QImage> frames;
    for (int i = 0; i < timeline.size(); ++i)
        if (i % every == 0 || i == timeline.size() - 1)
            frames.append(timeline[i].image);
    exporting::GifWriter::write(outPath, frames, options);
    QTextStream(stdout) << "wrote " << frames.size() << " frames (steps " << timeline.first().step << " to "
                        << timeline.last().step << ") to " << outPath << '\n';
    return 0;
}

} // namespace genlab::cli

using genlab::cli::ExportGifCommand;
GENLAB_REGISTER_COMMAND(ExportGifCommand)
