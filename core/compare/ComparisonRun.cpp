#include "ComparisonRun.h"

#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/DataSet.h"
#include "data/PointList.h"
#include "imaging/ImageGrid.h"
#include "metrics/ImageCoverageMeter.h"
#include "metrics/ImageFigures.h"
#include "metrics/ImageSharpness.h"
#include "metrics/SampleClassifier.h"
#include "snapshot/ModelSnapshot.h"
#include "training/Trainer.h"
#include "training/TrainerSnapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace genlab::compare {

namespace {
constexpr int kGridCount = 64;     // samples in each grid (and in the sharpness score)
constexpr int kShownPoints = 1000; // generated 2-D points sent for drawing
constexpr int kRealPoints = 1000;  // real 2-D points sent once

QString folderName(const QString& label)
{
    QString name = label;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return name.isEmpty() ? QStringLiteral("model") : name;
}

} // namespace

struct ComparisonRun::Private {
    ComparisonPlan plan;
    ComparisonStart start;
    std::vector<std::unique_ptr<training::Trainer>> trainers;
    std::shared_ptr<const metrics::ImageCoverageMeter> meter;
    int turnEntry = 0;
    int stepsThisTurn = 0;

    void advanceTurn()
    {
        stepsThisTurn = 0;
        for (int tried = 0; tried < int(trainers.size()); ++tried) {
            turnEntry = (turnEntry + 1) % int(trainers.size());
            if (!trainers[size_t(turnEntry)]->finished())
                return;
        }
    }
};

ComparisonRun::ComparisonRun(const ComparisonPlan& plan, const QString& outDir, int threads,
                             const std::function<bool()>& interrupted)
    : d(std::make_unique<Private>())
{
    plan.validate(plan.name);
    d->plan = plan;
    for (const ComparisonEntry& entry : plan.entries) {
        training::TrainingConfig config = entry.config;
        config.threads = std::max(1, threads);
        config.outDir = outDir.isEmpty() ? QString() : QDir(outDir).filePath(folderName(entry.label));
        if (!config.outDir.isEmpty() && QFileInfo::exists(config.outDir))
            throw InputError(QCoreApplication::translate("genlab::Errors",
                                                         "%1: already exists; compare writes new run folders")
                                 .arg(config.outDir));
        d->trainers.push_back(std::make_unique<training::Trainer>(config));
    }

    ComparisonStart& start = d->start;
    start.name = plan.name;
    start.story = plan.story;
    start.data = plan.data;
    start.labels = plan.labels();
    start.stepsPerTurn = plan.stepsPerTurn;
    for (const auto& trainer : d->trainers)
        start.totalSteps << trainer->totalSteps();
    const training::Trainer& first = *d->trainers.front();
    const data::DataSet& data = first.dataSet();
    start.images = first.isImageModel();
    if (start.images) {
        const snapshot::ModelSnapshotPtr snapshot = training::TrainerSnapshot::capture(*d->trainers.front());
        const snapshot::ModelSnapshot::Split split =
            data.hasTest() ? snapshot::ModelSnapshot::Split::Test : snapshot::ModelSnapshot::Split::Train;
        QVector<QImage> real;
        for (int i = 0; i < std::min(kGridCount, snapshot->itemCount(split)); ++i)
            real << snapshot->itemImage(split, i);
        start.realSharpness = metrics::ImageSharpness::meanLaplacianVariance(real);
        const torch::Tensor source = data.hasTest() ? data.test : data.train;
        start.realGrid =
            imaging::ImageGrid::tile(source.narrow(0, 0, std::min<int64_t>(kGridCount, source.size(0))));
        if (plan.classes && data.hasLabels()) {
            // Only a classifier that is already cached: training one (a minute of CPU) would hold
            // the comparison back; `genlab classifier --data D` makes it.
            const QString cacheDir = metrics::SampleClassifier::defaultCacheDir();
            if (QFileInfo::exists(metrics::SampleClassifier::cacheFile(data, cacheDir))) {
                try {
                    d->meter =
                        metrics::ImageCoverageMeter::prepare(data, cacheDir, interrupted); // no second copy
                    start.classCount = d->meter->hasClassifier() ? int(data.classNames.size()) : 0;
                } catch (const InputError& error) {
                    d->meter.reset();
                    start.classesNote = error.message();
                }
            } else {
                start.classesNote =
                    QCoreApplication::translate("genlab::Errors",
                                                "no cached classifier for %1 (genlab classifier --data %1 "
                                                "makes one): no class figures")
                        .arg(plan.data);
            }
        }
    } else {
        start.real = data::toPointList(data.train, kRealPoints);
        start.modeCount = int(data.modes.centres.size());
    }
}

ComparisonRun::~ComparisonRun() = default;

const ComparisonStart& ComparisonRun::start() const
{
    return d->start;
}

int ComparisonRun::entryCount() const
{
    return int(d->trainers.size());
}

bool ComparisonRun::finished() const
{
    return std::all_of(d->trainers.begin(), d->trainers.end(), [](const auto& t) { return t->finished(); });
}

qint64 ComparisonRun::currentStep(int entry) const
{
    return d->trainers.at(size_t(entry))->currentStep();
}

int ComparisonRun::step(bool* measured)
{
    if (measured)
        *measured = false;
    if (finished())
        return -1;
    if (d->trainers[size_t(d->turnEntry)]->finished())
        d->advanceTurn();
    const int entry = d->turnEntry;
    training::Trainer& trainer = *d->trainers[size_t(entry)];
    const training::StepResult result = trainer.step();
    if (measured)
        *measured = result.step % d->plan.measureEvery == 0 || trainer.finished();
    if (++d->stepsThisTurn >= d->plan.stepsPerTurn || trainer.finished())
        d->advanceTurn();
    return entry;
}

ComparisonFrame ComparisonRun::preview(int entry) const
{
    training::Trainer& trainer = *d->trainers.at(size_t(entry));
    ComparisonFrame frame;
    frame.entry = entry;
    frame.step = trainer.currentStep();
    frame.totalSteps = trainer.totalSteps();
    frame.seconds = trainer.elapsedSeconds();
    frame.finished = trainer.finished();
    if (trainer.isImageModel())
        frame.grid = trainer.sampleGrid();
    else
        frame.generated = trainer.samplePoints(kShownPoints);
    return frame;
}

ComparisonFrame ComparisonRun::measure(int entry) const
{
    training::Trainer& trainer = *d->trainers.at(size_t(entry));
    ComparisonFrame frame = preview(entry);
    if (trainer.isImageModel()) {
        const snapshot::ModelSnapshotPtr snapshot = training::TrainerSnapshot::capture(trainer);
        const metrics::ImageFigures figures = metrics::ImageFigures::measure(*snapshot, d->meter.get());
        frame.sharpness = figures.sharpness;
        frame.diversity = figures.diversity;
        if (figures.classes) {
            frame.classesCovered = figures.classes->covered;
            frame.classKl = figures.classes->klToUniform;
            frame.frechetDistance = figures.classes->frechetDistance;
        }
    } else {
        const metrics::EvaluationFigures figures = trainer.evaluate();
        if (figures.coverage) {
            frame.modes = figures.coverage->modes;
            frame.hq = figures.coverage->hq;
            frame.rkl = figures.coverage->rkl;
        }
    }
    return frame;
}

} // namespace genlab::compare
