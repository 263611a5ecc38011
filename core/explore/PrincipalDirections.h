#pragma once

#include "LatentDirections.h"

#include <QVector>

#include <atomic>

namespace genlab::snapshot {
class ModelSnapshot;
}

namespace genlab::explore {

// Principal directions of a model's latent space, for sliders when there are too many
// dimensions to show one slider each. Slow (seconds for a large data set): run off the GUI
// thread. Work is done in small chunks, so other users of the same snapshot (a slider on the
// GUI thread) never wait long, and `cancel` is honoured between chunks (the result is then
// empty).
class PrincipalDirections
{
public:
    struct Options {
        int sampleCount = 4000; // data items encoded, or latent codes decoded
        int maxAxes = 16;
        quint64 seed = 7;
        int chunk = 32; // codes per call into the snapshot
    };

    // Encoder models: PCA of the encoder means over the training set (origin = their mean,
    // scale = their standard deviation along each axis). Other models: the directions in
    // which the decoded output changes most, from a linear fit of output on prior samples.
    static LatentDirections compute(const snapshot::ModelSnapshot& snapshot, const Options& options,
                                    const std::atomic<bool>* cancel = nullptr);

    // The two computations on plain numbers (row-major; codes: count x latentDim, outputs:
    // count x outputDim).
    static LatentDirections ofCodes(const QVector<float>& codes, int latentDim, int maxAxes);
    static LatentDirections ofOutputVariance(const QVector<float>& codes, int latentDim,
                                             const QVector<float>& outputs, int outputDim, int maxAxes);
};

} // namespace genlab::explore
