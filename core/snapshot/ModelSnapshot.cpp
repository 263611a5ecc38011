#include "ModelSnapshot.h"

#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/DataSet.h"
#include "data/PointList.h"
#include "export/StateDictExport.h"
#include "models/GenerativeModel.h"
#include "models/VaeModel.h"

#include <ATen/CPUGeneratorImpl.h>

#include <QCoreApplication>

#include <algorithm>
#include <mutex>

namespace genlab::snapshot {

struct ModelSnapshot::Private {
    std::unique_ptr<models::GenerativeModel> model; // a sampling copy, never trained
    data::DataSet data;                             // shares the trainer's tensors (read only)
    torch::Device device{torch::kCPU};
    qint64 step = 0;
    // Serialises calls: the copy's modules are not meant to run two forwards at once, and
    // the lazily built flat view of the training images below is shared.
    mutable std::mutex mutex;
    mutable torch::Tensor flatTrain;  // [N, C*H*W] on the CPU, built by the first nearest search
    mutable torch::Tensor trainNorms; // [N]: the squared norm of each row of flatTrain

    const torch::Tensor& split(Split which) const { return which == Split::Train ? data.train : data.test; }

    // q(z|x) of the first `count` held-out items (training items without a test split), as
    // [n, 2 * latentDim] doubles on the CPU: means, then log-variances. Undefined without an
    // encoder or items.
    torch::Tensor heldOutStatistics(int count) const
    {
        if (!model->hasEncoder())
            return {};
        const torch::Tensor& items = data.hasTest() && data.test.size(0) > 0 ? data.test : data.train;
        const int64_t n = std::min<int64_t>(count, items.size(0));
        if (n < 1)
            return {};
        std::lock_guard<std::mutex> lock(mutex);
        torch::NoGradGuard noGrad;
        return model->encodeStatistics(items.narrow(0, 0, n).to(device)).to(torch::kCPU, torch::kDouble);
    }
    const torch::Tensor& labels(Split which) const
    {
        return which == Split::Train ? data.trainLabels : data.testLabels;
    }
};

namespace {

torch::Tensor codesToTensor(const QVector<float>& codes, int latentDim)
{
    if (latentDim <= 0 || codes.size() % latentDim != 0)
        throw InputError(
            QCoreApplication::translate(
                "genlab::Errors", "latent codes: %1 values is not a whole number of %2-dimensional codes")
                .arg(codes.size())
                .arg(latentDim));
    return torch::from_blob(const_cast<float*>(codes.constData()), {codes.size() / latentDim, latentDim},
                            torch::kFloat32)
        .clone();
}

QVector<float> tensorToFloats(const torch::Tensor& tensor)
{
    const torch::Tensor flat = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous().view({-1});
    QVector<float> values(int(flat.numel()));
    std::copy_n(flat.data_ptr<float>(), flat.numel(), values.data());
    return values;
}

// One image [C, H, W] in [0, 1] into a QImage that owns its pixels.
QImage tensorToImage(const torch::Tensor& image)
{
    const int channels = int(image.size(0));
    const int height = int(image.size(1));
    const int width = int(image.size(2));
    const torch::Tensor bytes = image.detach()
                                    .to(torch::kCPU, torch::kFloat32)
                                    .clamp(0.0, 1.0)
                                    .mul(255.0)
                                    .round()
                                    .to(torch::kUInt8)
                                    .permute({1, 2, 0})
                                    .contiguous();
    const uint8_t* data = bytes.data_ptr<uint8_t>();
    QImage result(width, height, channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        const uint8_t* source = data + int64_t(y) * width * channels;
        if (channels == 1) {
            std::copy_n(source, width, result.scanLine(y));
        } else {
            auto* line = reinterpret_cast<QRgb*>(result.scanLine(y));
            for (int x = 0; x < width; ++x)
                line[x] = qRgb(source[3 * x], source[3 * x + 1], source[3 * x + 2]);
        }
    }
    return result;
}

// QImages into [N, C, H, W] in [0, 1], scaled to the model's size when they differ.
torch::Tensor imagesToTensor(const QVector<QImage>& images, int channels, QSize size)
{
    torch::Tensor batch =
        torch::empty({images.size(), channels, size.height(), size.width()}, torch::kFloat32);
    float* out = batch.data_ptr<float>();
    const int64_t plane = int64_t(size.width()) * size.height();
    for (int n = 0; n < images.size(); ++n) {
        QImage image = images[n];
        if (image.isNull())
            throw InputError(
                QCoreApplication::translate("genlab::Errors", "encode: image %1 is empty").arg(n));
        if (image.size() != size)
            image = image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        image = image.convertToFormat(channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
        float* target = out + int64_t(n) * channels * plane;
        for (int y = 0; y < size.height(); ++y) {
            const uchar* line = image.constScanLine(y);
            for (int x = 0; x < size.width(); ++x) {
                const int64_t at = int64_t(y) * size.width() + x;
                if (channels == 1) {
                    target[at] = float(line[x]) / 255.0f;
                } else {
                    const QRgb pixel = reinterpret_cast<const QRgb*>(line)[x];
                    target[at] = float(qRed(pixel)) / 255.0f;
                    target[plane + at] = float(qGreen(pixel)) / 255.0f;
                    target[2 * plane + at] = float(qBlue(pixel)) / 255.0f;
                }
            }
        }
    }
    return batch;
}

} // namespace

ModelSnapshot::ModelSnapshot(std::unique_ptr<Private> p) : d(std::move(p))
{
}

ModelSnapshot::~ModelSnapshot() = default;

std::shared_ptr<const ModelSnapshot> ModelSnapshot::capture(const models::GenerativeModel& model,
                                                            const data::DataSet& data, qint64 step,
                                                            const QString& device)
{
    auto p = std::make_unique<Private>();
    p->model = model.samplingCopy();
    p->data = data;
    p->step = step;
    if (!device.isEmpty())
        p->device = torch::Device(device.toStdString());
    return std::shared_ptr<const ModelSnapshot>(new ModelSnapshot(std::move(p)));
}

qint64 ModelSnapshot::step() const
{
    return d->step;
}

QString ModelSnapshot::modelKind() const
{
    return d->model->kind();
}

QString ModelSnapshot::dataName() const
{
    return d->data.name;
}

int ModelSnapshot::latentDim() const
{
    return int(d->model->latentDim());
}

bool ModelSnapshot::isPointModel() const
{
    return d->model->sampleShape().size() == 1;
}

QSize ModelSnapshot::imageSize() const
{
    const std::vector<int64_t> shape = d->model->sampleShape();
    return shape.size() == 3 ? QSize(int(shape[2]), int(shape[1])) : QSize();
}

int ModelSnapshot::imageChannels() const
{
    const std::vector<int64_t> shape = d->model->sampleShape();
    return shape.size() == 3 ? int(shape[0]) : 0;
}

QVector<float> ModelSnapshot::randomCodes(int count, quint64 seed) const
{
    at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    return tensorToFloats(at::randn({std::max(0, count), int64_t(latentDim())}, generator,
                                    torch::TensorOptions().dtype(torch::kFloat32)));
}

QVector<QImage> ModelSnapshot::decodeImages(const QVector<float>& codes) const
{
    if (isPointModel())
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "decode: %1 produces points, not images")
                .arg(modelKind()));
    const torch::Tensor z = codesToTensor(codes, latentDim());
    QVector<QImage> images;
    if (z.size(0) == 0)
        return images;
    std::lock_guard<std::mutex> lock(d->mutex);
    torch::NoGradGuard noGrad;
    images.reserve(int(z.size(0)));
    // In chunks: a convolutional decoder's activations for 1,000 codes at once take over
    // 100 MB, which the allocator then keeps (peak-rss benchmark, issue 8).
    constexpr int64_t kChunk = 128;
    for (int64_t start = 0; start < z.size(0); start += kChunk) {
        const torch::Tensor chunk = z.narrow(0, start, std::min(kChunk, z.size(0) - start));
        const torch::Tensor samples = d->model->sample(chunk.to(d->device)).to(torch::kCPU);
        for (int64_t n = 0; n < samples.size(0); ++n)
            images.append(tensorToImage(samples[n]));
    }
    return images;
}

QVector<QPointF> ModelSnapshot::decodePoints(const QVector<float>& codes) const
{
    if (!isPointModel())
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "decode: %1 produces images, not points")
                .arg(modelKind()));
    const torch::Tensor z = codesToTensor(codes, latentDim());
    QVector<QPointF> points;
    if (z.size(0) == 0)
        return points;
    std::lock_guard<std::mutex> lock(d->mutex);
    torch::NoGradGuard noGrad;
    points = data::toPointList(d->model->sample(z.to(d->device)));
    return points;
}

bool ModelSnapshot::hasEncoder() const
{
    return d->model->hasEncoder();
}

QVector<float> ModelSnapshot::encodeItems(Split split, const QVector<int>& indices) const
{
    if (!hasEncoder())
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "encode: %1 has no encoder").arg(modelKind()));
    const int count = itemCount(split);
    for (int index : indices)
        if (index < 0 || index >= count)
            throw InputError(QCoreApplication::translate("genlab::Errors",
                                                         "encode: item %1 is outside the data set (%2 items)")
                                 .arg(index)
                                 .arg(count));
    if (indices.isEmpty())
        return {};
    std::vector<int64_t> rows(indices.begin(), indices.end());
    std::lock_guard<std::mutex> lock(d->mutex);
    torch::NoGradGuard noGrad;
    const torch::Tensor batch = d->split(split).index_select(0, torch::tensor(rows, torch::kInt64));
    return tensorToFloats(d->model->encode(batch.to(d->device)));
}

QVector<float> ModelSnapshot::encodeImages(const QVector<QImage>& images) const
{
    if (!hasEncoder())
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "encode: %1 has no encoder").arg(modelKind()));
    if (images.isEmpty())
        return {};
    const torch::Tensor batch = imagesToTensor(images, imageChannels(), imageSize());
    std::lock_guard<std::mutex> lock(d->mutex);
    torch::NoGradGuard noGrad;
    return tensorToFloats(d->model->encode(batch.to(d->device)));
}

QVector<double> ModelSnapshot::klPerDimension(int count) const
{
    const torch::Tensor statistics = d->heldOutStatistics(count);
    if (!statistics.defined())
        return {};
    const int64_t latent = statistics.size(1) / 2;
    const torch::Tensor kl = (models::VaeModel::klSumPerDimension(statistics.narrow(1, 0, latent),
                                                                  statistics.narrow(1, latent, latent)) /
                              double(statistics.size(0)))
                                 .contiguous();
    return QVector<double>(kl.data_ptr<double>(), kl.data_ptr<double>() + kl.numel());
}

QVector<float> ModelSnapshot::posteriorOfHeldOut(int count) const
{
    const torch::Tensor statistics = d->heldOutStatistics(count);
    if (!statistics.defined())
        return {};
    const int64_t latent = statistics.size(1) / 2;
    const torch::Tensor both =
        torch::cat({statistics.narrow(1, 0, latent), (statistics.narrow(1, latent, latent) * 0.5).exp()}, 1)
            .to(torch::kFloat32)
            .contiguous();
    return QVector<float>(both.data_ptr<float>(), both.data_ptr<float>() + both.numel());
}

bool ModelSnapshot::hasCritic() const
{
    return d->model->hasCritic();
}

QVector<double> ModelSnapshot::criticValues(const QVector<QPointF>& points) const
{
    if (!hasCritic() || !isPointModel())
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "critic: %1 on %2 has no critic over the plane")
                .arg(modelKind(), dataName()));
    QVector<double> values;
    if (points.isEmpty())
        return values;
    torch::Tensor xy = torch::empty({points.size(), 2}, torch::kFloat32);
    float* out = xy.data_ptr<float>();
    for (int i = 0; i < points.size(); ++i) {
        out[2 * i] = float(points[i].x());
        out[2 * i + 1] = float(points[i].y());
    }
    std::lock_guard<std::mutex> lock(d->mutex);
    torch::NoGradGuard noGrad;
    const QVector<float> raw = tensorToFloats(d->model->critic(xy.to(d->device)));
    values.reserve(raw.size());
    for (float value : raw)
        values.append(double(value));
    return values;
}

QVector<double> ModelSnapshot::criticGrid(const QRectF& area, int columns, int rows) const
{
    if (columns <= 0 || rows <= 0 || columns * int64_t(rows) > 16'000'000)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "critic grid: %1 x %2 cells is not a usable grid")
                .arg(columns)
                .arg(rows));
    QVector<QPointF> centres;
    centres.reserve(columns * rows);
    const double cellWidth = area.width() / columns;
    const double cellHeight = area.height() / rows;
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < columns; ++column)
            centres.append(
                QPointF(area.left() + (column + 0.5) * cellWidth, area.top() + (row + 0.5) * cellHeight));
    return criticValues(centres);
}

int ModelSnapshot::itemCount(Split split) const
{
    const torch::Tensor& items = d->split(split);
    return items.defined() ? int(items.size(0)) : 0;
}

QImage ModelSnapshot::itemImage(Split split, int index) const
{
    if (d->data.kind == data::DataKind::Points2D || index < 0 || index >= itemCount(split))
        return {};
    return tensorToImage(d->split(split)[index]);
}

QPointF ModelSnapshot::itemPoint(Split split, int index) const
{
    if (d->data.kind != data::DataKind::Points2D || index < 0 || index >= itemCount(split))
        return {};
    return data::toPointList(d->split(split).narrow(0, index, 1)).first();
}

int ModelSnapshot::itemLabel(Split split, int index) const
{
    const torch::Tensor& labels = d->labels(split);
    if (!labels.defined() || index < 0 || index >= int(labels.size(0)))
        return -1;
    return int(labels[index].item<int64_t>());
}

const data::DataSet& ModelSnapshot::dataSet() const
{
    return d->data;
}

QStringList ModelSnapshot::classNames() const
{
    return d->data.classNames;
}

int ModelSnapshot::nearestTrainImage(const QImage& image, double* distance) const
{
    if (isPointModel() || d->data.kind == data::DataKind::Points2D || itemCount(Split::Train) == 0 ||
        image.isNull())
        return -1;
    const torch::Tensor query = imagesToTensor({image}, imageChannels(), imageSize()).view({1, -1});
    std::lock_guard<std::mutex> lock(d->mutex);
    torch::NoGradGuard noGrad;
    if (!d->flatTrain.defined()) {
        d->flatTrain = d->data.train.to(torch::kCPU, torch::kFloat32).reshape({d->data.train.size(0), -1});
        d->trainNorms = d->flatTrain.pow(2).sum(1);
    }
    if (d->flatTrain.size(1) != query.size(1))
        return -1; // the data's images differ in size from the model's samples
    // ||a - b||^2 = ||a||^2 - 2 a.b + ||b||^2, as one matrix-vector product over the set.
    const torch::Tensor squared =
        d->trainNorms - 2.0 * d->flatTrain.matmul(query.view({-1})) + query.pow(2).sum();
    const torch::Tensor best = squared.argmin();
    const int64_t index = best.item<int64_t>();
    if (distance)
        *distance = std::sqrt(std::max(0.0, squared[index].item<double>()) / double(query.size(1)));
    return int(index);
}

void ModelSnapshot::exportWeights(const QString& file) const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    exporting::StateDictExport::write(file, *d->model);
}

} // namespace genlab::snapshot
