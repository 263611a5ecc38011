#pragma once

#include <QVector>

namespace genlab::metrics {

// The diversity of a batch of samples (images as pixel vectors, or feature vectors): the
// mean distance between two different samples, divided by sqrt(dimension) so that it is a
// root-mean-square difference per coordinate (in [0, 1] for images in [0, 1]). A collapsed
// generator that draws the same picture for every noise vector scores 0.
class SampleDiversity
{
public:
    // rows: count * dimension values, row-major. Throws InputError when the size does not
    // divide or fewer than two rows are given.
    static double meanPairwiseDistance(const QVector<float>& rows, int dimension);
};

} // namespace genlab::metrics
