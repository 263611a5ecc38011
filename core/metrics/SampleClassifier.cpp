#include "SampleClassifier.h"

#include "common/CacheDirectory.h"
#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/DataSet.h"
#include "run/CheckpointIntegrity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <mutex>

namespace genlab::metrics {

namespace {

constexpr int64_t kConv1Channels = 16; // 5x5 over the image
constexpr int64_t kConv2Channels = 32; // 3x3 after the first pooling
constexpr int64_t kEvalBatch = 100;    // images per forward pass when labelling
constexpr double kWeightDecay = 1e-4;
constexpr double kDropout = 0.3; // on the features, while training

// conv-relu-pool twice, a feature layer and a linear head; adaptive pooling to 7x7 lets any
// image size in.
struct ClassifierNetImpl : torch::nn::Module {
    ClassifierNetImpl(int64_t channels, int64_t classes)
        : conv1(register_module(
              "conv1", torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, kConv1Channels, 5).padding(2)))),
          conv2(register_module(
              "conv2",
              torch::nn::Conv2d(torch::nn::Conv2dOptions(kConv1Channels, kConv2Channels, 3).padding(1)))),
          feature(register_module("feature",
                                  torch::nn::Linear(kConv2Channels * 7 * 7, SampleClassifier::kFeatureDim))),
          head(register_module("head", torch::nn::Linear(SampleClassifier::kFeatureDim, classes)))
    {
    }

    torch::Tensor features(torch::Tensor x)
    {
        x = torch::max_pool2d(torch::relu(conv1(x)), 2);
        x = torch::max_pool2d(torch::relu(conv2(x)), 2);
        x = torch::adaptive_avg_pool2d(x, {7, 7});
        return torch::relu(feature(x.flatten(1)));
    }

    // Evaluation: the head on the features. Training passes its own generator, which the
    // dropout mask is drawn from (LibTorch's Dropout would draw from the process-wide one).
    torch::Tensor forward(const torch::Tensor& x) { return head(features(x)); }
    torch::Tensor forwardWithDropout(const torch::Tensor& x, at::Generator& generator)
    {
        const torch::Tensor f = features(x);
        const torch::Tensor keep = torch::empty_like(f).bernoulli_(1.0 - kDropout, generator);
        return head(f * keep / (1.0 - kDropout));
    }

    // PyTorch's default initialisation, U(-1/sqrt(fan_in), 1/sqrt(fan_in)) for weights and
    // biases, drawn again from `generator`: construction drew from the process-wide stream,
    // which a training on another thread may be using. Layer by layer, weight then bias, in
    // the order the layers are registered.
    void initialise(at::Generator& generator)
    {
        torch::NoGradGuard noGrad;
        const auto draw = [&generator](torch::Tensor& weight, torch::Tensor& bias) {
            const double bound = 1.0 / std::sqrt(double(weight.numel() / weight.size(0))); // fan_in
            weight.uniform_(-bound, bound, generator);
            bias.uniform_(-bound, bound, generator);
        };
        draw(conv1->weight, conv1->bias);
        draw(conv2->weight, conv2->bias);
        draw(feature->weight, feature->bias);
        draw(head->weight, head->bias);
    }

    torch::nn::Conv2d conv1;
    torch::nn::Conv2d conv2;
    torch::nn::Linear feature;
    torch::nn::Linear head;
};
TORCH_MODULE(ClassifierNet);

// Shifts each image by its own random offset of up to maxShift pixels (zeros come in).
torch::Tensor randomShift(const torch::Tensor& images, int maxShift, torch::Generator& generator)
{
    if (maxShift <= 0)
        return images;
    const int64_t h = images.size(2), w = images.size(3);
    torch::Tensor padded = torch::constant_pad_nd(images, {maxShift, maxShift, maxShift, maxShift}, 0.0);
    const torch::Tensor offsets =
        torch::randint(0, 2 * maxShift + 1, {images.size(0), 2}, generator, torch::kLong);
    auto access = offsets.accessor<int64_t, 2>();
    std::vector<torch::Tensor> shifted;
    shifted.reserve(size_t(images.size(0)));
    for (int64_t i = 0; i < images.size(0); ++i)
        shifted.push_back(padded[i].narrow(1, access[i][0], h).narrow(2, access[i][1], w));
    return torch::stack(shifted);
}

QString shapeText(const std::vector<int64_t>& shape)
{
    QStringList parts;
    for (int64_t size : shape)
        parts << QString::number(size);
    return parts.join(QLatin1Char('x'));
}

} // namespace

struct SampleClassifier::Private {
    ClassifierNet net{nullptr};
    std::vector<int64_t> sampleShape;
    int classCount = 0;
    double testAccuracy = 0.0;
    mutable std::mutex mutex;
};

SampleClassifier::TrainingOptions SampleClassifier::TrainingOptions::forItemCount(int64_t trainCount)
{
    constexpr int64_t kImagesSeen = 80'000;
    TrainingOptions options;
    options.epochs = int(std::clamp<int64_t>(kImagesSeen / std::max<int64_t>(trainCount, 1), 3, 8));
    return options;
}

SampleClassifier::SampleClassifier(std::unique_ptr<Private> d) : d(std::move(d))
{
}
SampleClassifier::~SampleClassifier() = default;

std::shared_ptr<SampleClassifier> SampleClassifier::train(const data::DataSet& data,
                                                          const TrainingOptions& options,
                                                          const std::function<bool()>& interrupted)
{
    if (!data.hasLabels() || data.train.dim() != 4)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "classifier: %1 has no labelled images")
                .arg(data.name));
    const int64_t classes =
        std::max<int64_t>(data.classNames.size(), data.trainLabels.max().item<int64_t>() + 1);

    auto d = std::make_unique<Private>();
    d->sampleShape = data.sampleShape();
    d->classCount = int(classes);
    // Everything random here - initial weights, subset, order, shifts, dropout - comes from this
    // generator: the training runs on a worker thread and leaves the process-wide one alone.
    torch::Generator generator = at::detail::createCPUGenerator(options.seed);
    d->net = ClassifierNet(data.train.size(1), classes);
    d->net->initialise(generator);

    torch::Tensor images = data.train;
    torch::Tensor labels = data.trainLabels;
    if (options.maxTrainItems > 0 && options.maxTrainItems < images.size(0)) {
        // A random subset: data sets often come sorted by class.
        const torch::Tensor subset =
            torch::randperm(images.size(0), generator, torch::kLong).narrow(0, 0, options.maxTrainItems);
        images = images.index_select(0, subset);
        labels = labels.index_select(0, subset);
    }
    torch::optim::Adam optimiser(d->net->parameters(),
                                 torch::optim::AdamOptions(options.learningRate).weight_decay(kWeightDecay));
    const int64_t count = images.size(0);
    const int64_t batchesPerEpoch = (count + options.batchSize - 1) / options.batchSize;
    const int64_t totalBatches = batchesPerEpoch * options.epochs;
    int64_t done = 0;
    d->net->train();
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        const torch::Tensor order = torch::randperm(count, generator, torch::kLong);
        for (int64_t start = 0; start < count; start += options.batchSize) {
            if (interrupted && interrupted())
                break;
            const torch::Tensor index = order.narrow(0, start, std::min(options.batchSize, count - start));
            const torch::Tensor batch =
                randomShift(images.index_select(0, index), options.maxShift, generator);
            // Cosine decay of the learning rate: the last epochs settle instead of bouncing.
            const double progress = double(done++) / double(totalBatches);
            for (auto& group : optimiser.param_groups())
                static_cast<torch::optim::AdamOptions&>(group.options())
                    .lr(options.learningRate * 0.5 * (1.0 + std::cos(M_PI * progress)));
            optimiser.zero_grad();
            const torch::Tensor loss = torch::nn::functional::cross_entropy(
                d->net->forwardWithDropout(batch, generator), labels.index_select(0, index));
            loss.backward();
            optimiser.step();
        }
    }
    d->net->eval();
    std::shared_ptr<SampleClassifier> classifier(new SampleClassifier(std::move(d)));
    classifier->d->testAccuracy = data.hasTest() ? classifier->accuracy(data.test, data.testLabels)
                                                 : classifier->accuracy(images, labels);
    return classifier;
}

QString SampleClassifier::defaultCacheDir()
{
    return QDir(cacheDirectory()).filePath(QStringLiteral("classifiers"));
}

QString SampleClassifier::cacheFile(const data::DataSet& data, const QString& cacheDir)
{
    // A path as data name becomes a file name: every character that is not safe turns into '_'.
    QString name = data.name;
    for (QChar& c : name)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    return QDir(cacheDir).filePath(QStringLiteral("%1-%2-%3.pt")
                                       .arg(name.right(80), shapeText(data.sampleShape()))
                                       .arg(data.trainCount()));
}

std::shared_ptr<SampleClassifier> SampleClassifier::loadOrTrain(const data::DataSet& data,
                                                                const QString& cacheDir,
                                                                const std::function<bool()>& interrupted)
{
    const QString file = cacheFile(data, cacheDir);
    const int64_t classes = data.hasLabels() ? std::max<int64_t>(data.classNames.size(),
                                                                 data.trainLabels.max().item<int64_t>() + 1)
                                             : 0;
    if (QFileInfo::exists(file)) {
        try {
            return load(file, data.sampleShape(), int(classes));
        } catch (const InputError&) {
            // A damaged or outdated cache file is replaced by a fresh training below.
        }
    }
    std::shared_ptr<SampleClassifier> classifier =
        train(data, TrainingOptions::forItemCount(data.trainCount()), interrupted);
    if (!(interrupted && interrupted())) {
        QDir().mkpath(cacheDir);
        classifier->save(file);
    }
    return classifier;
}

void SampleClassifier::save(const QString& file) const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    torch::serialize::OutputArchive archive;
    d->net->save(archive);
    archive.write("sample_shape", torch::tensor(d->sampleShape, torch::kLong));
    archive.write("class_count", torch::tensor(int64_t(d->classCount)));
    archive.write("test_accuracy", torch::tensor(d->testAccuracy, torch::kFloat64));
    const QString temporary = file + QStringLiteral(".tmp-%1").arg(QCoreApplication::applicationPid());
    try {
        archive.save_to(QFile::encodeName(temporary).toStdString());
    } catch (const c10::Error& error) {
        QFile::remove(temporary);
        throw InputError(QCoreApplication::translate("genlab::Errors", "classifier: cannot write %1: %2")
                             .arg(temporary, QString::fromLocal8Bit(error.what_without_backtrace())));
    }
    // rename() replaces the old file in one step: a reader sees the old or the new, never half.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(file).constData()) != 0) {
        QFile::remove(temporary);
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "classifier: cannot move %1 into place").arg(file));
    }
}

std::shared_ptr<SampleClassifier>
SampleClassifier::load(const QString& file, const std::vector<int64_t>& sampleShape, int classCount)
{
    auto d = std::make_unique<Private>();
    try {
        // The cache file is a LibTorch zip like a checkpoint: a damaged byte in the weights would
        // otherwise load silently (LibTorch checks no CRC) and mislabel every sample.
        run::CheckpointIntegrity::checkFile(file);
        torch::serialize::InputArchive archive;
        archive.load_from(QFile::encodeName(file).toStdString());
        torch::Tensor shape, classes, accuracy;
        archive.read("sample_shape", shape);
        archive.read("class_count", classes);
        archive.read("test_accuracy", accuracy);
        const std::vector<int64_t> storedShape(shape.data_ptr<int64_t>(),
                                               shape.data_ptr<int64_t>() + shape.numel());
        if (storedShape != sampleShape || classes.item<int64_t>() != classCount)
            throw InputError(
                QCoreApplication::translate(
                    "genlab::Errors", "classifier: %1 was made for %2 images and %3 classes, not %4 and %5")
                    .arg(file, shapeText(storedShape))
                    .arg(classes.item<int64_t>())
                    .arg(shapeText(sampleShape))
                    .arg(classCount));
        d->sampleShape = sampleShape;
        d->classCount = classCount;
        d->testAccuracy = accuracy.item<double>();
        d->net = ClassifierNet(sampleShape.at(0), classCount);
        d->net->load(archive);
        d->net->eval();
    } catch (const c10::Error& error) {
        throw InputError(QCoreApplication::translate("genlab::Errors", "classifier: cannot read %1: %2")
                             .arg(file, QString::fromLocal8Bit(error.what_without_backtrace())));
    }
    return std::shared_ptr<SampleClassifier>(new SampleClassifier(std::move(d)));
}

at::Tensor SampleClassifier::logits(const at::Tensor& images) const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> parts;
    for (int64_t start = 0; start < images.size(0); start += kEvalBatch)
        parts.push_back(
            d->net->forward(images.narrow(0, start, std::min(kEvalBatch, images.size(0) - start))));
    return parts.empty() ? torch::empty({0, d->classCount}) : torch::cat(parts);
}

at::Tensor SampleClassifier::features(const at::Tensor& images) const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> parts;
    for (int64_t start = 0; start < images.size(0); start += kEvalBatch)
        parts.push_back(
            d->net->features(images.narrow(0, start, std::min(kEvalBatch, images.size(0) - start))));
    return parts.empty() ? torch::empty({0, kFeatureDim}) : torch::cat(parts);
}

std::vector<int64_t> SampleClassifier::classifyFeatures(const at::Tensor& features,
                                                        std::vector<double>* confidences) const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    torch::NoGradGuard noGrad;
    const torch::Tensor logits = d->net->head(features);
    const torch::Tensor predicted = logits.argmax(1).contiguous();
    if (confidences) {
        const torch::Tensor top =
            std::get<0>(torch::softmax(logits, 1).max(1)).to(torch::kFloat64).contiguous();
        confidences->assign(top.data_ptr<double>(), top.data_ptr<double>() + top.numel());
    }
    return std::vector<int64_t>(predicted.data_ptr<int64_t>(),
                                predicted.data_ptr<int64_t>() + predicted.numel());
}

std::vector<int64_t> SampleClassifier::classify(const at::Tensor& images) const
{
    return classifyFeatures(features(images));
}

double SampleClassifier::accuracy(const at::Tensor& images, const at::Tensor& labels) const
{
    if (images.size(0) == 0)
        return 0.0;
    const torch::Tensor predicted = logits(images).argmax(1);
    return predicted.eq(labels).to(torch::kFloat64).mean().item<double>();
}

int SampleClassifier::classCount() const
{
    return d->classCount;
}

std::vector<int64_t> SampleClassifier::sampleShape() const
{
    return d->sampleShape;
}

double SampleClassifier::testAccuracy() const
{
    return d->testAccuracy;
}

} // namespace genlab::metrics
