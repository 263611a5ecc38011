#include "FrechetDistance.h"

#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QCoreApplication>

#include <algorithm>

namespace genlab::metrics {

namespace {

torch::Tensor asMatrix(const QVector<float>& values, int dimension, const char* which)
{
    if (dimension < 1 || values.size() % dimension != 0 || values.size() / dimension < 2)
        throw InputError(QCoreApplication::translate(
                             "genlab::Errors",
                             "Frechet distance: set %1 needs at least two rows of %2 values, got %3 values")
                             .arg(QLatin1String(which))
                             .arg(dimension)
                             .arg(values.size()));
    return torch::from_blob(const_cast<float*>(values.constData()), {values.size() / dimension, dimension},
                            torch::kFloat32)
        .to(torch::kFloat64);
}

// The square root of a symmetric positive semi-definite matrix; tiny negative eigenvalues
// from rounding are clipped to zero.
torch::Tensor symmetricSqrt(const torch::Tensor& matrix)
{
    const auto [values, vectors] = torch::linalg::eigh(matrix, "L");
    return vectors.matmul(torch::diag(values.clamp_min(0.0).sqrt())).matmul(vectors.t());
}

} // namespace

double FrechetDistance::between(const QVector<float>& a, const QVector<float>& b, int dimension)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor x = asMatrix(a, dimension, "a");
    const torch::Tensor y = asMatrix(b, dimension, "b");
    const torch::Tensor meanX = x.mean(0);
    const torch::Tensor meanY = y.mean(0);
    const torch::Tensor centredX = x - meanX;
    const torch::Tensor centredY = y - meanY;
    const torch::Tensor covX = centredX.t().matmul(centredX) / double(x.size(0) - 1);
    const torch::Tensor covY = centredY.t().matmul(centredY) / double(y.size(0) - 1);

    const torch::Tensor rootX = symmetricSqrt(covX);
    const torch::Tensor middle = rootX.matmul(covY).matmul(rootX);
    // Symmetrised against rounding before the eigen-decomposition.
    const torch::Tensor crossRoot = symmetricSqrt(0.5 * (middle + middle.t()));
    const double meanTerm = (meanX - meanY).pow(2).sum().item<double>();
    const double traceTerm = (covX.trace() + covY.trace() - 2.0 * crossRoot.trace()).item<double>();
    return std::max(0.0, meanTerm + traceTerm);
}

} // namespace genlab::metrics
