#pragma once

#include "common/TensorFwd.h"

#include <cstdint>
#include <vector>

namespace c10 {
struct Device;
}

namespace genlab::models {
class GenerativeModel;
}

namespace genlab::metrics {

// The VAE's loss on held-out data, per sample: reconstruction (-log p(x|z) summed over a
// sample's values under the model's own likelihood, normalising constant included) + KL(q(z|x) || N(0, I))
// (summed over latent dimensions), averaged over the set. beta is not applied: this is the plain negative
// ELBO.
struct VaeTestLossResult {
    double loss = 0.0;
    double reconstruction = 0.0;
    double kl = 0.0;
    // The KL per latent dimension (mean over the set); they add up to kl.
    std::vector<double> klPerDimension;
    int64_t count = 0;
};

class VaeTestLoss
{
public:
    // Whether the figure applies to the model (a VAE).
    static bool applies(const models::GenerativeModel& model);

    // Runs over `test` in batches without gradients. The reparameterised z is drawn from a
    // generator seeded with `seed`, so that the figure is the same every time it is taken.
    // Throws InputError when the model is not a VAE or the set is empty.
    static VaeTestLossResult evaluate(models::GenerativeModel& model, const at::Tensor& test,
                                      int64_t batchSize, const c10::Device& device, uint64_t seed);
};

} // namespace genlab::metrics
