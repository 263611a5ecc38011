#include "PrincipalDirections.h"

#include "ImageValues.h"
#include "common/TorchApi.h"
#include "snapshot/ModelSnapshot.h"

#include <algorithm>

namespace genlab::explore {

using snapshot::ModelSnapshot;

namespace {

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load();
}

torch::Tensor matrix(const QVector<float>& values, int columns)
{
    const int64_t rows = columns > 0 ? values.size() / columns : 0;
    return torch::from_blob(const_cast<float*>(values.constData()), {rows, columns}, torch::kFloat32)
        .to(torch::kFloat64);
}

// Eigenvectors of a symmetric matrix as axes, largest eigenvalue first. Each axis's sign is
// fixed (largest component positive) so that the same model gives the same sliders.
LatentDirections axesOf(const torch::Tensor& symmetric, int maxAxes, LatentDirections::Source source)
{
    const int dim = int(symmetric.size(0));
    auto [values, vectors] = torch::linalg::eigh(symmetric, "L");
    values = values.flip(0).clamp_min(0.0);
    vectors = vectors.flip(1);
    const double total = values.sum().item<double>();
    LatentDirections result;
    result.latentDim = dim;
    result.source = source;
    result.origin = QVector<float>(dim, 0.0f);
    const int count = std::min(dim, maxAxes);
    for (int i = 0; i < count; ++i) {
        torch::Tensor axis = vectors.select(1, i).contiguous();
        if (axis.index({axis.abs().argmax()}).item<double>() < 0.0)
            axis = -axis;
        QVector<float> components(dim);
        for (int k = 0; k < dim; ++k)
            components[k] = float(axis[k].item<double>());
        result.axes.append(components);
        result.scales.append(1.0);
        result.explained.append(total > 0.0 ? values[i].item<double>() / total : 0.0);
    }
    return result;
}

// Up to `count` indices spread evenly over [0, available).
QVector<int> spreadIndices(int available, int count)
{
    QVector<int> indices;
    const int n = std::min(available, count);
    indices.reserve(n);
    for (int i = 0; i < n; ++i)
        indices.append(int(int64_t(i) * available / n));
    return indices;
}

} // namespace

LatentDirections PrincipalDirections::ofCodes(const QVector<float>& codes, int latentDim, int maxAxes)
{
    if (latentDim <= 0 || codes.size() < 2 * latentDim)
        return LatentDirections::dimensions(latentDim);
    torch::NoGradGuard noGrad;
    const torch::Tensor z = matrix(codes, latentDim);
    const torch::Tensor mean = z.mean(0);
    const torch::Tensor centred = z - mean;
    const torch::Tensor covariance = centred.t().mm(centred) / double(z.size(0) - 1);
    LatentDirections result = axesOf(covariance, maxAxes, LatentDirections::Source::EncoderMeans);
    for (int k = 0; k < latentDim; ++k)
        result.origin[k] = float(mean[k].item<double>());
    // One coordinate unit = one standard deviation of the codes along the axis.
    for (int i = 0; i < result.count(); ++i) {
        const torch::Tensor axis =
            torch::tensor(std::vector<double>(result.axes[i].begin(), result.axes[i].end()), torch::kFloat64);
        const double deviation = centred.mv(axis).std().item<double>();
        result.scales[i] = deviation > 1e-8 ? deviation : 1.0;
    }
    return result;
}

LatentDirections PrincipalDirections::ofOutputVariance(const QVector<float>& codes, int latentDim,
                                                       const QVector<float>& outputs, int outputDim,
                                                       int maxAxes)
{
    if (latentDim <= 0 || outputDim <= 0 || codes.size() < 2 * latentDim ||
        codes.size() / latentDim != outputs.size() / outputDim)
        return LatentDirections::dimensions(latentDim);
    torch::NoGradGuard noGrad;
    const torch::Tensor z = matrix(codes, latentDim);
    const torch::Tensor x = matrix(outputs, outputDim);
    const torch::Tensor zc = z - z.mean(0);
    const torch::Tensor xc = x - x.mean(0);
    // The best linear map W (latentDim x outputDim) with x ~ z W; moving z along a unit vector
    // u changes the output by u W, with squared size u (W W^T) u: the eigenvectors of W W^T
    // are the latent directions that move the output most, in order.
    const torch::Tensor w = std::get<0>(torch::linalg::lstsq(zc, xc, c10::nullopt, c10::nullopt));
    LatentDirections result = axesOf(w.mm(w.t()), maxAxes, LatentDirections::Source::GeneratorOutput);
    // The prior is N(0, I): origin 0 and one unit = one standard deviation along any axis.
    return result;
}

LatentDirections PrincipalDirections::compute(const ModelSnapshot& snapshot, const Options& options,
                                              const std::atomic<bool>* cancel)
{
    const int dim = snapshot.latentDim();
    const int chunk = std::max(1, options.chunk);
    if (snapshot.hasEncoder() && snapshot.itemCount(ModelSnapshot::Split::Train) > 1) {
        const QVector<int> indices =
            spreadIndices(snapshot.itemCount(ModelSnapshot::Split::Train), options.sampleCount);
        QVector<float> codes;
        codes.reserve(indices.size() * dim);
        for (int start = 0; start < indices.size(); start += chunk) {
            if (cancelled(cancel))
                return {};
            codes += snapshot.encodeItems(ModelSnapshot::Split::Train, indices.mid(start, chunk));
        }
        return ofCodes(codes, dim, options.maxAxes);
    }
    const QVector<float> codes = snapshot.randomCodes(options.sampleCount, options.seed);
    QVector<float> outputs;
    int outputDim = 0;
    for (int start = 0; start < options.sampleCount; start += chunk) {
        if (cancelled(cancel))
            return {};
        const QVector<float> part = codes.mid(start * dim, chunk * dim);
        if (snapshot.isPointModel()) {
            for (const QPointF& point : snapshot.decodePoints(part))
                outputs << float(point.x()) << float(point.y());
            outputDim = 2;
        } else {
            for (const QImage& image : snapshot.decodeImages(part)) {
                const QVector<float> values = ImageValues::of(image);
                outputDim = values.size();
                outputs += values;
            }
        }
    }
    if (cancelled(cancel))
        return {};
    return ofOutputVariance(codes, dim, outputs, outputDim, options.maxAxes);
}

} // namespace genlab::explore
