#pragma once

#include "common/TensorFwd.h"
#include "data/DataSet.h"

#include <QVector>

namespace genlab::metrics {

// The standard mode-collapse figures for a 2-D Gaussian mixture (ring8, grid25).
struct ModeCoverageResult {
    int modes = 0;     // modes with at least one high-quality point
    int modeCount = 0; // how many modes the mixture has
    double hq = 0.0;   // fraction of points within kSigmaRadius sigma of their nearest mode
    // KL(histogram of high-quality points over the modes || uniform), in nats: 0 when the
    // high-quality points are spread evenly, log(modeCount) when they all sit on one mode.
    // With no high-quality point at all there is no histogram; we report the worst value,
    // log(modeCount), so that "lower is better" still holds and the number stays finite.
    double rkl = 0.0;
    // Fraction of all points whose nearest mode is one of the two modes most points are nearest:
    // near 1 when the generator has collapsed onto two modes or fewer, 2/K when it spreads evenly.
    double topTwoShare = 0.0;
    QVector<int> highQualityPerMode; // one count per mode, in the mixture's order
    int pointCount = 0;
};

// Assigns each generated point to its nearest mode; it is high quality when it lies within
// three standard deviations of that mode, the measure of Srivastava et al. (VEEGAN, 2017)
// that the mode-collapse literature reports.
class ModeCoverage
{
public:
    static constexpr int kPointCount = 2500; // generated points the figures are taken on
    static constexpr double kSigmaRadius = 3.0;

    // points: float [N, 2]. Throws InputError when the mixture has no modes or the shape is wrong.
    static ModeCoverageResult evaluate(const at::Tensor& points, const data::MixtureModes& modes);
};

} // namespace genlab::metrics
