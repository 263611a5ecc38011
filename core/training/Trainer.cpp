#include "Trainer.h"

#include "BlowUpWatch.h"
#include "DivergenceError.h"
#include "common/AllocatorTuning.h"
#include "common/BuildInfo.h"
#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/BatchSampler.h"
#include "data/DataCatalog.h"
#include "data/DataSet.h"
#include "data/PointList.h"
#include "export/StateDictExport.h"
#include "imaging/ImageGrid.h"
#include "metrics/ImageCoverageMeter.h"
#include "metrics/ModeCoverage.h"
#include "metrics/SampleClassifier.h"
#include "metrics/VaeTestLoss.h"
#include "models/ComputeThreads.h"
#include "models/DataParallelLink.h"
#include "models/ModelFactory.h"
#include "run/CheckpointIntegrity.h"
#include "run/RunDirectory.h"
#include "snapshot/ModelSnapshot.h"

#include <ATen/CPUGeneratorImpl.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cmath>
#include <optional>
#include <sstream>

namespace genlab::training {

namespace {

// Offsets of the seed for the noise that samples and evaluations decode, so that they are
// fixed for a run and never disturb the training's own random stream.
constexpr uint64_t kSampleNoiseSeedOffset = 1000003;
constexpr uint64_t kEvaluationNoiseSeedOffset = 2000003;
constexpr int64_t kEvaluationBatchSize = 1000;

// Checkpoint keys next to the model's own.
const char* const kKeyStep = "trainer.step";
const char* const kKeyEpoch = "trainer.epoch";
const char* const kKeyPosition = "trainer.position";
const char* const kKeySeconds = "trainer.seconds";
const char* const kKeyConfig = "trainer.config";
const char* const kKeyRng = "trainer.rng";

// A device this build or machine cannot use is bad input, named in one line, before LibTorch
// would fail on it with a many-line internal error.
torch::Device parseDevice(const QString& name)
{
    torch::Device device(torch::kCPU);
    try {
        device = torch::Device(name.toStdString());
    } catch (const std::exception&) {
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "unknown device '%1' (use cpu or cuda:N)")
                .arg(name));
    }
    if (device.is_cpu())
        return device;
    if (!device.is_cuda())
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "device '%1': GenLab trains on cpu or cuda:N only")
                .arg(name));
    if (!torch::cuda::is_available())
        throw InputError(QCoreApplication::translate(
                             "genlab::Errors",
                             "device '%1': this LibTorch build has no CUDA support or the machine has "
                             "no CUDA GPU; use --device cpu")
                             .arg(name));
    const int64_t count = int64_t(torch::cuda::device_count());
    if (device.has_index() && device.index() >= count)
        throw InputError(
            QCoreApplication::translate("genlab::Errors",
                                        "device '%1': the machine has %2 CUDA device(s), cuda:0 to cuda:%3")
                .arg(name)
                .arg(count)
                .arg(count - 1));
    return device;
}

torch::Tensor noise(int64_t count, int64_t latentDim, uint64_t seed)
{
    at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    return at::randn({count, latentDim}, generator, torch::TensorOptions().dtype(torch::kFloat32));
}

// Every process of a job must train the same recipe: rank 0 sends its own, each process
// compares, and all of them learn whether any differs (so that none waits for one that quit).
void checkSameRecipe(const TrainingConfig& config, models::DataParallelLink& link)
{
    // What may differ between the processes: where rank 0 writes, threads and device per machine.
    static const QStringList perProcess{QStringLiteral("out"), QStringLiteral("threads"),
                                        QStringLiteral("device")};
    QJsonObject mine = config.toJson();
    for (const QString& field : perProcess)
        mine.remove(field);
    const std::string first =
        link.shareBytes("recipe", QJsonDocument(mine).toJson(QJsonDocument::Compact).toStdString());
    const QJsonObject theirs = QJsonDocument::fromJson(QByteArray::fromStdString(first)).object();
    QString differing;
    for (auto it = mine.begin(); it != mine.end() && differing.isEmpty(); ++it)
        if (theirs.value(it.key()) != it.value())
            differing = it.key();
    std::vector<torch::Tensor> votes{torch::tensor({differing.isEmpty() ? 0.0 : 1.0}, torch::kDouble)};
    link.sumInPlace(votes);
    if (!differing.isEmpty())
        throw InputError(QCoreApplication::translate(
                             "genlab::Errors", "rank %1: its %2 differs from rank 0's; every process of "
                                               "a job needs the same recipe")
                             .arg(link.rank())
                             .arg(differing));
    if (votes[0].item<double>() > 0.0)
        throw InputError(QCoreApplication::translate(
                             "genlab::Errors", "rank %1: another process of the job was given another recipe")
                             .arg(link.rank()));
}

QString variantText(const QVariant& value)
{
    return value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 10)
                                               : value.toString();
}

} // namespace

struct Trainer::Private {
    TrainingConfig config;
    torch::Device device{torch::kCPU};
    data::DataSet data;
    std::unique_ptr<models::GenerativeModel> model;
    std::unique_ptr<data::BatchSampler> sampler;
    std::unique_ptr<run::RunDirectory> run;
    int64_t step = 0;
    double secondsBefore = 0.0; // training time of the steps done before (a resume)
    double secondsInSteps = 0.0;
    torch::Tensor sampleNoise; // fixed z for sample grids / point clouds
    BlowUpWatch watch;
    VerdictWatch verdict;
    std::shared_ptr<models::DataParallelLink> link; // null: a single process

    bool writesRun() const { return !link || link->rank() == 0; }

    int64_t batchSize() const { return std::max<int64_t>(1, model->realBatchSize(models::StepPart::Both)); }

    void build(std::unique_ptr<models::GenerativeModel> given = nullptr)
    {
        config.validate();
        device = parseDevice(config.device);
        models::setComputeThreads(config.threads);
        tuneAllocatorForTraining();
        torch::manual_seed(config.seed);
        data::LoadOptions options;
        options.seed = config.seed;
        data = data::DataCatalog::load(config.data, options);
        const std::vector<int64_t> shape = data.sampleShape();
        if (given) {
            model = std::move(given);
            config.model = model->kind();
        } else {
            model = models::ModelFactory::create(config.model, shape, config.settings, config.seed, device);
        }
        // Record every setting, defaults included, so that config.json describes the run fully.
        config.settings = model->hyperParameters();
        config.worldSize = link ? link->size() : 1;
        verdict = VerdictWatch(config.verdict);
        if (link)
            model->joinDataParallel(link);
        sampler =
            std::make_unique<data::BatchSampler>(data.train, data.trainLabels, batchSize(), config.seed);
        const int64_t noiseCount =
            data.kind == data::DataKind::Points2D ? metrics::ModeCoverage::kPointCount : config.sampleCount;
        sampleNoise = noise(noiseCount, model->latentDim(), config.seed + kSampleNoiseSeedOffset).to(device);
    }

    QJsonObject configJson() const
    {
        QJsonObject json = config.toJson();
        QJsonObject versions;
        versions[QStringLiteral("genlab")] = BuildInfo::genlabVersion();
        versions[QStringLiteral("torch")] = BuildInfo::torchVersion();
        versions[QStringLiteral("qt")] = BuildInfo::qtVersion();
        json[QStringLiteral("versions")] = versions;
        json[QStringLiteral("data_name")] = data.name;
        return json;
    }

    int64_t stepsPerEpoch() const
    {
        const int64_t count = data.trainCount();
        const int64_t batch = batchSize();
        return std::max<int64_t>(1, count / batch); // the sampler leaves out a partial batch
    }

    double seconds() const { return secondsBefore + secondsInSteps; }

    [[noreturn]] void diverged(const QString& quantity, const QString& value, int64_t troubleStep)
    {
        if (run)
            run->appendEvent(step, seconds(), QStringLiteral("diverged"), quantity, QString(), value);
        throw DivergenceError(step, quantity, value, troubleStep);
    }

    // One norm per trained tensor, then the norm of those, gives the weights' norm: finite
    // unless a weight is inf or NaN (or the weights are beyond float range, long after
    // BlowUpWatch has spoken). Only then is each tensor looked at, to name the one that broke.
    // Returns the norm (-1: no weights).
    double checkParametersFinite()
    {
        const std::vector<models::NamedTensor> parameters = model->trainedParameters();
        if (parameters.empty())
            return -1.0;
        torch::NoGradGuard noGrad;
        std::vector<torch::Tensor> norms;
        norms.reserve(parameters.size());
        for (const models::NamedTensor& parameter : parameters)
            norms.push_back(parameter.tensor.norm());
        const double norm = torch::stack(norms).to(torch::kDouble).norm().item<double>();
        if (std::isfinite(norm))
            return norm;
        for (const models::NamedTensor& parameter : parameters) {
            const torch::Tensor bad =
                parameter.tensor.masked_select(torch::isfinite(parameter.tensor).logical_not());
            if (bad.numel() > 0)
                diverged(QStringLiteral("parameter ") + parameter.name,
                         QString::number(bad[0].item<double>()), step);
        }
        diverged(QStringLiteral("parameter norm"),
                 QCoreApplication::translate("genlab::Errors", "beyond float range"), step);
    }
};

Trainer::Trainer(const TrainingConfig& config) : Trainer(config, nullptr)
{
}

Trainer::Trainer(const TrainingConfig& config, std::unique_ptr<models::GenerativeModel> model)
    : d(std::make_unique<Private>())
{
    d->config = config;
    if (model && d->config.model.isEmpty())
        d->config.model = model->kind();
    d->build(std::move(model));
    openRunFolder();
}

std::unique_ptr<Trainer> Trainer::inJob(const TrainingConfig& config,
                                        std::shared_ptr<models::DataParallelLink> link)
{
    checkSameRecipe(config, *link);
    auto d = std::make_unique<Private>();
    d->config = config;
    d->link = std::move(link);
    d->build();
    std::unique_ptr<Trainer> trainer(new Trainer(std::move(d)));
    trainer->openRunFolder();
    return trainer;
}

void Trainer::openRunFolder()
{
    if (d->config.outDir.isEmpty() || !d->writesRun())
        return;
    d->run = std::make_unique<run::RunDirectory>(d->config.outDir);
    d->run->writeConfig(d->configJson());
}

Trainer::Trainer(std::unique_ptr<Private> state) : d(std::move(state))
{
}

Trainer::~Trainer() = default;

std::unique_ptr<Trainer> Trainer::resume(const QString& runOrCheckpoint, int64_t steps, int64_t epochs,
                                         std::shared_ptr<models::DataParallelLink> link)
{
    return restore(runOrCheckpoint, steps, epochs, /*writable=*/true, std::move(link));
}

std::unique_ptr<Trainer> Trainer::open(const QString& runOrCheckpoint)
{
    return restore(runOrCheckpoint, 0, 0, /*writable=*/false, nullptr);
}

std::string Trainer::checkpointBytes(const QString& runOrCheckpoint, QString& checkpoint, QString& runPath,
                                     models::DataParallelLink* link)
{
    if (link && link->rank() != 0) {
        std::string bytes = link->shareBytes("checkpoint", std::string());
        if (bytes.empty()) // rank 0 could not read it and says why itself
            throw InputError(QCoreApplication::translate("genlab::Errors", "rank %1: rank 0 cannot resume %2")
                                 .arg(link->rank())
                                 .arg(runOrCheckpoint));
        checkpoint =
            QCoreApplication::translate("genlab::Errors", "rank 0's checkpoint of %1").arg(runOrCheckpoint);
        runPath.clear();
        return bytes;
    }
    std::string bytes;
    try {
        checkpoint = runOrCheckpoint;
        if (QFileInfo(runOrCheckpoint).isDir()) {
            runPath = runOrCheckpoint;
            checkpoint = run::RunDirectory::latestCheckpoint(runOrCheckpoint);
            if (checkpoint.isEmpty())
                throw InputError(
                    QCoreApplication::translate("genlab::Errors", "%1: no checkpoint to resume from")
                        .arg(runOrCheckpoint));
        } else {
            if (!QFileInfo::exists(checkpoint))
                throw InputError(
                    QCoreApplication::translate("genlab::Errors", "%1: no such checkpoint or run folder")
                        .arg(checkpoint));
            runPath = QFileInfo(checkpoint).absolutePath() + QStringLiteral("/..");
        }
        // Damage LibTorch would not notice (or would crash on) is reported first.
        run::CheckpointIntegrity::checkFile(checkpoint);
        QFile file(checkpoint);
        if (!file.open(QIODevice::ReadOnly))
            throw InputError(QCoreApplication::translate("genlab::Errors", "%1: cannot read (%2)")
                                 .arg(checkpoint, file.errorString()));
        const QByteArray content = file.readAll();
        bytes.assign(content.constData(), static_cast<std::size_t>(content.size()));
    } catch (...) {
        if (link) // the others are waiting for the bytes: an empty answer tells them to stop
            link->shareBytes("checkpoint", std::string());
        throw;
    }
    if (link)
        link->shareBytes("checkpoint", bytes);
    return bytes;
}

std::unique_ptr<Trainer> Trainer::restore(const QString& runOrCheckpoint, int64_t steps, int64_t epochs,
                                          bool writable, std::shared_ptr<models::DataParallelLink> link)
{
    QString checkpoint;
    QString runPath;
    const std::string bytes = checkpointBytes(runOrCheckpoint, checkpoint, runPath, link.get());
    torch::serialize::InputArchive archive;
    try {
        std::istringstream stream(bytes);
        archive.load_from(stream, torch::kCPU);
    } catch (const std::exception&) {
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: not a readable checkpoint").arg(checkpoint));
    }
    c10::IValue configValue;
    if (!archive.try_read(kKeyConfig, configValue) || !configValue.isString())
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: checkpoint without a run config")
                             .arg(checkpoint));
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromStdString(configValue.toStringRef()));

    auto d = std::make_unique<Private>();
    d->config = TrainingConfig::fromJson(document.object(), checkpoint);
    if (steps > 0) {
        d->config.steps = steps;
        d->config.epochs = 0;
    } else if (epochs > 0) {
        d->config.epochs = epochs;
        d->config.steps = 0;
    }
    d->config.outDir = runPath.isEmpty() ? QString() : QFileInfo(runPath).canonicalFilePath();
    d->link = std::move(link);
    d->build();
    // The model's own checks (kind, network sizes, optimiser state) name what does not fit;
    // the message gets the file in front, so that the user knows which checkpoint it is.
    try {
        d->model->load(archive);
    } catch (const InputError& error) {
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: %2").arg(checkpoint, error.message()));
    } catch (const std::exception& error) {
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: the model does not load: %2")
                .arg(checkpoint, QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0)));
    }

    // Keys a checkpoint of another GenLab version may lack or hold with another type.
    const auto readInteger = [&](const char* key) {
        c10::IValue value;
        if (!archive.try_read(key, value) || !value.isInt())
            throw InputError(
                QCoreApplication::translate("genlab::Errors",
                                            "%1: \"%2\" is missing or not a whole number (a checkpoint of "
                                            "another GenLab version?)")
                    .arg(checkpoint, QLatin1String(key)));
        return value.toInt();
    };
    d->step = readInteger(kKeyStep);
    const int64_t epoch = readInteger(kKeyEpoch);
    const int64_t position = readInteger(kKeyPosition);
    c10::IValue seconds;
    d->secondsBefore =
        archive.try_read(kKeySeconds, seconds) && seconds.isDouble() ? seconds.toDouble() : 0.0;
    if (d->step < 0 || epoch < 0 || position < 0 || position > d->sampler->sampleCount())
        throw InputError(
            QCoreApplication::translate(
                "genlab::Errors", "%1: step %2, epoch %3, position %4 do not fit a data set of %5 samples")
                .arg(checkpoint)
                .arg(d->step)
                .arg(epoch)
                .arg(position)
                .arg(d->sampler->sampleCount()));
    d->sampler->setBatchSize(d->batchSize());
    d->sampler->seek(epoch, position);
    torch::Tensor rngState;
    if (!archive.try_read(kKeyRng, rngState, /*is_buffer=*/true))
        throw InputError(
            QCoreApplication::translate("genlab::Errors",
                                        "%1: \"%2\" is missing (a checkpoint of another GenLab version?)")
                .arg(checkpoint, QLatin1String(kKeyRng)));
    {
        at::Generator generator = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(generator.mutex());
        try {
            generator.set_state(rngState);
        } catch (const std::exception&) {
            throw InputError(
                QCoreApplication::translate("genlab::Errors", "%1: \"%2\" is not a random generator state")
                    .arg(checkpoint, QLatin1String(kKeyRng)));
        }
    }

    if (!writable || !d->writesRun())
        return std::unique_ptr<Trainer>(new Trainer(std::move(d)));
    d->run = std::make_unique<run::RunDirectory>(d->config.outDir);
    d->run->truncateLogsAfter(d->step);
    d->run->writeConfig(d->configJson());
    d->run->appendEvent(d->step, d->seconds(), QStringLiteral("resumed"), QFileInfo(checkpoint).fileName(),
                        QString(), QString());
    return std::unique_ptr<Trainer>(new Trainer(std::move(d)));
}

StepResult Trainer::step(models::StepPart part)
{
    QVector<run::SettingChange> scheduled;
    for (const ScheduledChange& change : d->config.schedule) {
        if (change.step != d->step)
            continue;
        for (auto it = change.settings.begin(); it != change.settings.end(); ++it)
            scheduled.append(setHyperParameter(it.key(), it.value(), QStringLiteral("scheduled")));
    }
    QElapsedTimer timer;
    timer.start();
    d->sampler->setBatchSize(std::max<int64_t>(1, d->model->realBatchSize(part)));
    const data::Batch batch = d->sampler->next();
    models::StepMetrics metrics = d->model->trainStep(batch.samples.to(d->device), part);
    ++d->step;
    d->secondsInSteps += timer.nsecsElapsed() * 1e-9;

    for (const models::NamedValue& value : metrics) {
        if (!std::isfinite(value.value))
            d->diverged(value.name, QString::number(value.value), d->step);
    }
    // The losses were computed before the update: a weight the update made non-finite shows
    // only here (and would otherwise surface as a NaN loss one step later).
    const double norm = d->checkParametersFinite();
    if (const auto finding =
            d->watch.observe(d->step, metrics, norm, part != models::StepPart::DiscriminatorOnly))
        d->diverged(finding->quantity, finding->reason, finding->since);

    bool storyTold = false;
    // Only rank 0 of a job judges: its figures are every process's, and it alone reports.
    if (d->verdict.applies() && !d->verdict.told() && d->writesRun()) {
        std::optional<models::StepMetrics> figures;
        if (d->verdict.wantsFigures(d->step, finished())) {
            // Only the parts the verdict's figures are in (vae-fashion's test loss spares the
            // image figures a snapshot and 1,000 samples).
            QSet<metrics::FigurePart> parts;
            for (const StoryVerdict::Condition& condition : d->verdict.verdict().conditions())
                if (condition.kind != StoryVerdict::Condition::Kind::MetricBelow)
                    parts.insert(metrics::EvaluationFigureNames::partOf(condition.name));
            figures = evaluate(parts).namedValues();
        }
        storyTold = d->verdict.observe(d->step, d->seconds(), metrics, figures ? &*figures : nullptr);
        if (storyTold && d->run)
            d->run->appendEvent(d->step, d->seconds(), QStringLiteral("story"),
                                d->verdict.verdict().describe(), QString(), QString());
    }

    if (d->run) {
        const bool last = finished();
        if (d->step % d->config.metricsEvery == 0 || last)
            d->run->appendMetrics(d->model->metricNames(), d->step, d->seconds(), metrics);
        if ((d->config.sampleEvery > 0 && d->step % d->config.sampleEvery == 0) || last)
            writeSamples();
        if ((d->config.checkpointEvery > 0 && d->step % d->config.checkpointEvery == 0) || last)
            writeCheckpoint();
    }

    StepResult result;
    result.step = d->step;
    result.epoch = epoch();
    result.seconds = d->seconds();
    result.metrics = std::move(metrics);
    result.scheduled = std::move(scheduled);
    result.storyTold = storyTold;
    return result;
}

bool Trainer::finished() const
{
    if (d->config.openEnded)
        return false;
    if (d->config.steps > 0)
        return d->step >= d->config.steps;
    return epoch() >= d->config.epochs;
}

const VerdictWatch& Trainer::verdict() const
{
    return d->verdict;
}

int64_t Trainer::currentStep() const
{
    return d->step;
}

int64_t Trainer::epoch() const
{
    // The sampler hands out full batches only and moves to the next epoch when the next batch
    // no longer fits: an epoch is complete once that is so.
    const int64_t count = d->sampler->sampleCount();
    const int64_t batch = std::min(d->batchSize(), count);
    return d->sampler->epoch() + (d->sampler->position() + batch > count ? 1 : 0);
}

int64_t Trainer::totalSteps() const
{
    if (d->config.openEnded)
        return 0;
    return d->config.steps > 0 ? d->config.steps : d->config.epochs * d->stepsPerEpoch();
}

double Trainer::elapsedSeconds() const
{
    return d->seconds();
}

const TrainingConfig& Trainer::config() const
{
    return d->config;
}

QString Trainer::runPath() const
{
    return d->run ? d->run->path() : QString();
}

models::HyperParameterSpecs Trainer::hyperParameterSpecs() const
{
    return d->model->hyperParameterSpecs();
}

QVariantMap Trainer::hyperParameters() const
{
    return d->model->hyperParameters();
}

run::SettingChange Trainer::setHyperParameter(const QString& name, const QVariant& value)
{
    return setHyperParameter(name, value, QStringLiteral("set"));
}

run::SettingChange Trainer::setHyperParameter(const QString& name, const QVariant& value,
                                              const QString& event)
{
    const QVariantMap before = d->model->hyperParameters();
    if (!before.contains(name))
        throw InputError(QCoreApplication::translate("genlab::Errors", "model %1 has no setting '%2'")
                             .arg(d->config.model, name));
    d->model->setHyperParameter(name, value);
    const QVariant now = d->model->hyperParameters().value(name);
    d->config.settings[name] = now;
    const run::SettingChange change{d->step, name, variantText(before.value(name)), variantText(now)};
    if (d->run)
        d->run->appendEvent(d->step, d->seconds(), event, name, change.before, change.after);
    return change;
}

bool Trainer::isImageModel() const
{
    return d->data.kind == data::DataKind::Images;
}

QImage Trainer::sampleGrid(int count) const
{
    if (!isImageModel())
        return {};
    torch::Tensor z = d->sampleNoise;
    if (count > 0 && count != z.size(0))
        z = noise(count, d->model->latentDim(), d->config.seed + kSampleNoiseSeedOffset).to(d->device);
    const torch::Tensor images = d->model->sample(z);
    return imaging::ImageGrid::tile(images);
}

QVector<QPointF> Trainer::samplePoints(int count) const
{
    if (isImageModel())
        return {};
    torch::Tensor z = d->sampleNoise;
    if (count > 0 && count != z.size(0))
        z = noise(count, d->model->latentDim(), d->config.seed + kSampleNoiseSeedOffset).to(d->device);
    return data::toPointList(d->model->sample(z));
}

metrics::EvaluationFigures Trainer::evaluate() const
{
    return evaluate(
        {metrics::FigurePart::Coverage, metrics::FigurePart::TestLoss, metrics::FigurePart::Images});
}

metrics::EvaluationFigures Trainer::evaluate(const QSet<metrics::FigurePart>& parts) const
{
    metrics::EvaluationFigures figures;
    if (parts.contains(metrics::FigurePart::Coverage) && !d->data.modes.empty()) {
        const torch::Tensor z = noise(metrics::ModeCoverage::kPointCount, d->model->latentDim(),
                                      d->config.seed + kEvaluationNoiseSeedOffset)
                                    .to(d->device);
        figures.coverage = metrics::ModeCoverage::evaluate(d->model->sample(z), d->data.modes);
    }
    if (parts.contains(metrics::FigurePart::TestLoss) && d->data.hasTest() &&
        metrics::VaeTestLoss::applies(*d->model))
        figures.testLoss =
            metrics::VaeTestLoss::evaluate(*d->model, d->data.test, kEvaluationBatchSize, d->device,
                                           d->config.seed + kEvaluationNoiseSeedOffset);
    if (parts.contains(metrics::FigurePart::Images) && isImageModel()) {
        // The class figures need the data's classifier; only a cached one is used here (training
        // one takes a minute: `genlab classifier --data D`).
        std::shared_ptr<const metrics::ImageCoverageMeter> meter;
        const QString cacheDir = metrics::SampleClassifier::defaultCacheDir();
        if (d->data.hasLabels() && QFileInfo::exists(metrics::SampleClassifier::cacheFile(d->data, cacheDir)))
            meter = metrics::ImageCoverageMeter::prepare(d->data, cacheDir);
        figures.images = metrics::ImageFigures::measure(
            *snapshot::ModelSnapshot::capture(*d->model, d->data, d->step, d->config.device), meter.get());
    }
    return figures;
}

void Trainer::writeSamples()
{
    if (!d->run)
        return;
    if (isImageModel())
        d->run->writeSampleImage(d->step, sampleGrid());
    else
        d->run->writeSamplePoints(d->step, samplePoints());
}

QString Trainer::writeCheckpoint()
{
    if (!d->run)
        return {};
    torch::serialize::OutputArchive archive;
    d->model->save(archive);
    archive.write(kKeyStep, c10::IValue(d->step));
    archive.write(kKeyEpoch, c10::IValue(d->sampler->epoch()));
    archive.write(kKeyPosition, c10::IValue(d->sampler->position()));
    archive.write(kKeySeconds, c10::IValue(d->seconds()));
    archive.write(
        kKeyConfig,
        c10::IValue(QJsonDocument(d->config.toJson()).toJson(QJsonDocument::Compact).toStdString()));
    torch::Tensor rngState;
    {
        at::Generator generator = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(generator.mutex());
        rngState = generator.get_state();
    }
    archive.write(kKeyRng, rngState, /*is_buffer=*/true);
    std::ostringstream bytes;
    archive.save_to(bytes);
    const std::string text = bytes.str();
    const QString written =
        d->run->writeCheckpoint(d->step, QByteArray(text.data(), static_cast<int>(text.size())));
    // Beside the native checkpoint, the networks as plain PyTorch reads them (torch.load).
    exporting::StateDictExport::write(QDir(d->run->path()).filePath(run::RunDirectory::kWeightsFile),
                                      *d->model);
    return written;
}

models::GenerativeModel& Trainer::model()
{
    return *d->model;
}

const data::DataSet& Trainer::dataSet() const
{
    return d->data;
}

} // namespace genlab::training
