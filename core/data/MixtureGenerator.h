#pragma once

#include "DataCatalog.h"
#include "DataSet.h"

#include <QString>
#include <QStringList>

namespace genlab::data {

// The 2-D toy distributions of the mode-collapse literature, drawn in the program from
// LoadOptions::seed (same seed, same points; the points come from a stream of their own,
// streamSeed(seed), because the models draw their initial weights from `seed` itself):
//   ring8   8 Gaussians, sigma 0.01, centred on the unit circle at angles 2*pi*i/8
//   grid25  25 Gaussians, sigma 0.05, centred on {-4,-2,0,2,4}^2
//   spiral  a Swiss-roll arm: t = 1.5*pi*(1 + 2u), u ~ U(0,1), point = t*(cos t, sin t) * kSpiralScale
//           plus N(0, kSpiralNoise^2) per axis (radius from 2/3 out to 2)
//   moons   two interleaved half circles (as scikit-learn's make_moons): half the points at
//           (cos a, sin a), half at (1 - cos a, 0.5 - sin a), a ~ U(0, pi), plus N(0, kMoonsNoise^2)
// Each mode of ring8/grid25 is picked uniformly at random per point.
class MixtureGenerator
{
public:
    static constexpr double kRingRadius = 1.0;
    static constexpr double kRingSigma = 0.01;
    static constexpr double kGridSpacing = 2.0;
    static constexpr double kGridSigma = 0.05;
    static constexpr double kSpiralScale = 2.0 / (4.5 * 3.14159265358979323846);
    static constexpr double kSpiralNoise = 0.05;
    static constexpr double kMoonsNoise = 0.05;
    static constexpr int64_t kMaxPoints = 10'000'000;

    static QStringList names();
    static bool isMixture(const QString& name);
    static QString description(const QString& name);
    // The Gaussian modes (ring8, grid25); empty for spiral and moons.
    static MixtureModes modes(const QString& name);
    static DataSet generate(const QString& name, const LoadOptions& options);
    // The seed of the points' random stream for a run seed: SplitMix64 of the seed and a tag,
    // so that the points and a model's initial weights are not the same random numbers.
    static uint64_t streamSeed(uint64_t seed);
};

} // namespace genlab::data
