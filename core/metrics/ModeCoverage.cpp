#include "ModeCoverage.h"

#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QCoreApplication>

#include <cmath>

namespace genlab::metrics {

ModeCoverageResult ModeCoverage::evaluate(const at::Tensor& points, const data::MixtureModes& modes)
{
    if (modes.empty())
        throw InputError(QCoreApplication::translate(
            "genlab::Errors", "mode coverage: the data set is not a known mixture (no modes)"));
    if (points.dim() != 2 || points.size(1) != 2)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "mode coverage: expected points of shape [N, 2]"));

    torch::NoGradGuard noGrad;
    const int modeCount = static_cast<int>(modes.centres.size());
    std::vector<double> flatCentres;
    for (const auto& centre : modes.centres) {
        flatCentres.push_back(centre[0]);
        flatCentres.push_back(centre[1]);
    }
    const torch::Tensor centres = torch::tensor(flatCentres, torch::kFloat64).view({modeCount, 2});
    const torch::Tensor p = points.detach().to(torch::kCPU, torch::kFloat64);

    ModeCoverageResult result;
    result.modeCount = modeCount;
    result.pointCount = static_cast<int>(p.size(0));
    result.highQualityPerMode = QVector<int>(modeCount, 0);
    if (result.pointCount == 0) {
        result.rkl = std::log(static_cast<double>(modeCount));
        return result;
    }

    const torch::Tensor distances = torch::cdist(p, centres); // [N, K]
    const auto nearest = distances.min(1);
    const torch::Tensor nearestDistance = std::get<0>(nearest);
    const torch::Tensor nearestMode = std::get<1>(nearest);
    // A NaN point is never high quality (the comparison is false).
    const torch::Tensor highQuality = nearestDistance <= kSigmaRadius * modes.sigma;
    const torch::Tensor counts =
        torch::bincount(nearestMode.masked_select(highQuality), {}, modeCount).to(torch::kInt64);
    // Collapse, as the issue of a mode-collapse story states it: almost every point, good or
    // not, is nearest one or two modes.
    const torch::Tensor nearestCounts = torch::bincount(nearestMode, {}, modeCount).to(torch::kDouble);
    const int64_t top = std::min<int64_t>(2, modeCount);
    result.topTwoShare = std::get<0>(nearestCounts.topk(top)).sum().item<double>() / result.pointCount;

    int highQualityTotal = 0;
    for (int k = 0; k < modeCount; ++k) {
        const int count = static_cast<int>(counts[k].item<int64_t>());
        result.highQualityPerMode[k] = count;
        highQualityTotal += count;
        if (count > 0)
            ++result.modes;
    }
    result.hq = static_cast<double>(highQualityTotal) / result.pointCount;

    if (highQualityTotal == 0) {
        result.rkl = std::log(static_cast<double>(modeCount));
        return result;
    }
    double kl = 0.0;
    for (int count : result.highQualityPerMode) {
        if (count == 0)
            continue;
        const double share = static_cast<double>(count) / highQualityTotal;
        kl += share * std::log(share * modeCount);
    }
    result.rkl = kl;
    return result;
}

} // namespace genlab::metrics
