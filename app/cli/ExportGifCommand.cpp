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

QString ExportGifCommand::usage() const
{
    return QStringLiteral(
        "Usage: genlab export-gif --run DIR --out FILE.gif [--delay MS] [--scale K] [--every N]\n"
        "\n"
        "  --run DIR     a run folder (its samples/ pictures, in step order)\n"
        "  --out FILE    the GIF to write (replaced whole or not at all)\n"
        "  --delay MS    time each frame is shown (default 200)\n"
        "  --scale K     nearest-neighbour enlargement, 1 to 16 (default 1)\n"
        "  --every N     keep every N-th picture (default 1); the last is always kept\n");
}

int ExportGifCommand::run(const QStringList& arguments)
{
    const VerbArguments args(arguments,
                             {QStringLiteral("run"), QStringLiteral("out"), QStringLiteral("delay"),
                              QStringLiteral("scale"), QStringLiteral("every")});
    const QString runPath = args.required(QStringLiteral("run"));
    const QString outPath = args.required(QStringLiteral("out"));
    exporting::GifWriter::Options options;
    options.delayMs = int(args.integer(QStringLiteral("delay"), options.delayMs, 0));
    options.scale = int(args.integer(QStringLiteral("scale"), options.scale, 1));
    const int64_t every = args.integer(QStringLiteral("every"), 1, 1);

    const QVector<run::RunTimeline::Frame> timeline = run::RunTimeline::load(runPath);
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
