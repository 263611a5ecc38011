#pragma once

#include <QVector>

namespace genlab::metrics {

// The Frechet distance between two Gaussians fitted to two sets of feature vectors:
//   |mu_a - mu_b|^2 + Tr(S_a + S_b - 2 (S_a^1/2 S_b S_a^1/2)^1/2).
// GenLab applies it to the features of its own small per-data-set classifier, so the
// window calls it the "classifier Frechet distance"; it is not the Inception-based FID and its
// values are not comparable with published FIDs.
class FrechetDistance
{
public:
    // a, b: rows of `dimension` floats each (row-major). Needs at least two rows in each set.
    // Throws InputError on sizes that do not fit.
    static double between(const QVector<float>& a, const QVector<float>& b, int dimension);
};

} // namespace genlab::metrics
