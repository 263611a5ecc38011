#include "ImageCoverageMeter.h"

#include "ClassHistogram.h"
#include "FrechetDistance.h"
#include "SampleClassifier.h"
#include "SampleDiversity.h"
#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/DataCatalog.h"
#include "data/DataSet.h"

#include <ATen/CPUGeneratorImpl.h>

#include <QCoreApplication>

#include <algorithm>

namespace genlab::metrics {

namespace {

// Decoded images (Grayscale8 or RGB32) as float [N, C, H, W] in [0, 1].
torch::Tensor toTensor(const QVector<QImage>& images, int channels)
{
    if (images.isEmpty())
        return torch::empty({0, channels, 0, 0});
    const int h = images.first().height(), w = images.first().width();
    torch::Tensor out = torch::empty({int64_t(images.size()), channels, h, w});
    auto access = out.accessor<float, 4>();
    for (int n = 0; n < images.size(); ++n) {
        const QImage image = channels == 1 ? images[n].convertToFormat(QImage::Format_Grayscale8)
                                           : images[n].convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < h; ++y) {
            const uchar* line = image.constScanLine(y);
            for (int x = 0; x < w; ++x) {
                if (channels == 1) {
                    access[n][0][y][x] = line[x] / 255.0f;
                } else {
                    const QRgb pixel = reinterpret_cast<const QRgb*>(line)[x];
                    access[n][0][y][x] = qRed(pixel) / 255.0f;
                    access[n][1][y][x] = qGreen(pixel) / 255.0f;
                    access[n][2][y][x] = qBlue(pixel) / 255.0f;
                }
            }
        }
    }
    return out;
}

QVector<float> toVector(const torch::Tensor& tensor)
{
    const torch::Tensor flat = tensor.contiguous().to(torch::kFloat32).view({-1});
    return QVector<float>(flat.data_ptr<float>(), flat.data_ptr<float>() + flat.numel());
}

} // namespace

struct ImageCoverageMeter::Private {
    QString dataName;
    std::shared_ptr<SampleClassifier> classifier;
    QStringList classNames;
    QVector<float> realFeatures;
};

ImageCoverageMeter::ImageCoverageMeter(std::unique_ptr<Private> d) : d(std::move(d))
{
}
ImageCoverageMeter::~ImageCoverageMeter() = default;

std::shared_ptr<const ImageCoverageMeter>
ImageCoverageMeter::prepare(const QString& dataName, const QString& cacheDir,
                            const std::function<bool()>& interrupted)
{
    return prepare(data::DataCatalog::load(dataName), cacheDir, interrupted);
}

std::shared_ptr<const ImageCoverageMeter>
ImageCoverageMeter::prepare(const data::DataSet& data, const QString& cacheDir,
                            const std::function<bool()>& interrupted)
{
    auto d = std::make_unique<Private>();
    d->dataName = data.name;
    if (data.kind == data::DataKind::Images && data.hasLabels()) {
        d->classifier = SampleClassifier::loadOrTrain(data, cacheDir, interrupted);
        d->classNames = data.classNames;
        for (int k = d->classNames.size(); k < d->classifier->classCount(); ++k)
            d->classNames << QString::number(k);
        const torch::Tensor real = data.hasTest() ? data.test : data.train;
        const QVector<qint64> chosen = referenceIndices(real.size(0));
        const torch::Tensor index =
            torch::tensor(std::vector<int64_t>(chosen.begin(), chosen.end()), torch::kLong);
        d->realFeatures = toVector(d->classifier->features(real.index_select(0, index)));
    }
    return std::shared_ptr<const ImageCoverageMeter>(new ImageCoverageMeter(std::move(d)));
}

ImageCoverageFrame ImageCoverageMeter::measure(const snapshot::ModelSnapshot& snapshot) const
{
    if (snapshot.isPointModel())
        throw InputError(QCoreApplication::translate(
            "genlab::Errors", "image coverage: the model makes 2-D points, not images"));
    torch::NoGradGuard noGrad;
    ImageCoverageFrame frame;
    frame.step = snapshot.step();
    const int channels = std::max(1, snapshot.imageChannels());

    const QVector<QImage> batch = snapshot.decodeImages(snapshot.randomCodes(kDiversityCount, kNoiseSeed));
    const torch::Tensor pixels = toTensor(batch, channels);
    frame.diversityCount = int(batch.size());
    if (batch.size() >= 2)
        frame.diversity = SampleDiversity::meanPairwiseDistance(toVector(pixels), int(pixels[0].numel()));

    if (!d->classifier)
        return frame;
    const torch::Tensor samples =
        toTensor(snapshot.decodeImages(snapshot.randomCodes(kSampleCount, kNoiseSeed + 1)), channels);
    const torch::Tensor features = d->classifier->features(samples);
    std::vector<double> confidences;
    const std::vector<int64_t> labels = d->classifier->classifyFeatures(features, &confidences);
    const ClassCoverage coverage = ClassHistogram::evaluate(QVector<int>(labels.begin(), labels.end()),
                                                            d->classifier->classCount(), kMinCountPerClass);
    frame.hasClasses = true;
    frame.classNames = d->classNames;
    frame.counts = coverage.counts;
    frame.sampleCount = coverage.total;
    frame.covered = coverage.covered;
    frame.klToUniform = coverage.klToUniform;
    frame.frechetDistance =
        FrechetDistance::between(toVector(features), d->realFeatures, int(SampleClassifier::kFeatureDim));
    if (!confidences.empty())
        frame.confidentShare = double(std::count_if(confidences.begin(), confidences.end(),
                                                    [](double p) { return p >= kConfidentProbability; })) /
                               double(confidences.size());
    frame.classifierAccuracy = d->classifier->testAccuracy();
    return frame;
}

QVector<qint64> ImageCoverageMeter::referenceIndices(qint64 available)
{
    at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(kReferenceSeed);
    const int64_t count = std::min<int64_t>(kRealCount, available);
    const torch::Tensor picked =
        std::get<0>(torch::randperm(available, generator, torch::kLong).narrow(0, 0, count).sort());
    return QVector<qint64>(picked.data_ptr<int64_t>(), picked.data_ptr<int64_t>() + count);
}

QString ImageCoverageMeter::defaultCacheDir()
{
    return SampleClassifier::defaultCacheDir();
}

QString ImageCoverageMeter::dataName() const
{
    return d->dataName;
}

bool ImageCoverageMeter::hasClassifier() const
{
    return bool(d->classifier);
}

double ImageCoverageMeter::classifierAccuracy() const
{
    return d->classifier ? d->classifier->testAccuracy() : 0.0;
}

} // namespace genlab::metrics
