#include "SampleCommand.h"

#include "CommandRegistry.h"
#include "VerbArguments.h"
#include "common/InputError.h"
#include "run/RunDirectory.h"
#include "training/Trainer.h"

#include <QFileInfo>
#include <QTextStream>

namespace genlab::cli {

namespace {
constexpr int64_t kMaximumImages = 1024;
constexpr int64_t kMaximumPoints = 1000000;
} // namespace

QString SampleCommand::name() const
{
    return QStringLiteral("sample");
}

QString SampleCommand::summary() const
{
    return QStringLiteral("draw samples from a run's newest checkpoint (PNG grid or x,y CSV)");
}

QString SampleCommand::synopsis() const
{
    return QStringLiteral("Usage: genlab sample --run DIR --n N --out FILE");
}

QVector<VerbOption> SampleCommand::ownOptions() const
{
    return {{QStringLiteral("n"), QStringLiteral("N"),
             QStringLiteral("how many samples (images: at most %1; points: at most %2)")
                 .arg(kMaximumImages)
                 .arg(kMaximumPoints)},
            {QStringLiteral("out"), QStringLiteral("FILE"),
             QStringLiteral("image models: a PNG grid; 2-D models: a CSV with an x,y header")}};
}

int SampleCommand::run(const QStringList& arguments)
{
    const VerbArguments args = parse(arguments);
    // --run is checked before the other options but opened only after them: opening loads a model.
    const QString runOrCheckpoint = runPath(args);
    const QString outPath = args.required(QStringLiteral("out"));
    const int64_t count = args.integer(QStringLiteral("n"), 64, 1);

    const std::unique_ptr<training::Trainer> trainer = training::Trainer::open(runOrCheckpoint);
    if (trainer->isImageModel()) {
        if (count > kMaximumImages)
            throw InputError(
                QStringLiteral("--n %1: at most %2 images in one grid").arg(count).arg(kMaximumImages));
        const QImage grid = trainer->sampleGrid(static_cast<int>(count));
        if (!grid.save(outPath, "PNG"))
            throw InputError(QStringLiteral("%1: cannot write the PNG").arg(outPath));
    } else {
        if (count > kMaximumPoints)
            throw InputError(QStringLiteral("--n %1: at most %2 points").arg(count).arg(kMaximumPoints));
        run::RunDirectory::writePointsCsv(outPath, trainer->samplePoints(static_cast<int>(count)));
    }
    QTextStream(stdout) << "wrote " << count << (trainer->isImageModel() ? " images" : " points")
                        << " of step " << trainer->currentStep() << " to " << outPath << '\n';
    return 0;
}

} // namespace genlab::cli

using genlab::cli::SampleCommand;
GENLAB_REGISTER_COMMAND(SampleCommand)
