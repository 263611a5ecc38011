#pragma once

#include "common/TensorFwd.h"

#include <QString>

#include <cstdint>

namespace c10 {
struct Device;
}

namespace genlab::models {
class GenerativeModel;
}

namespace genlab::metrics {

// The VAE's loss on held-out data, per sample: reconstruction (summed over a sample's
// pixels) + KL(q(z|x) || N(0, I)) (summed over latent dimensions), averaged over the set.
// beta is not applied: this is the plain negative ELBO bound the literature reports.
struct VaeTestLossResult {
    double loss = 0.0;
    double reconstruction = 0.0;
    double kl = 0.0;
    int64_t count = 0;
};

class VaeTestLoss
{
public:
    // Whether the model exposes what the loss needs (a VAE).
    static bool applies(const models::GenerativeModel& model);

    // Runs over `test` in batches without gradients. The reparameterised z is drawn from a
    // generator seeded with `seed`, so that the figure is the same every time it is taken.
    static VaeTestLossResult evaluate(models::GenerativeModel& model, const at::Tensor& test,
                                      int64_t batchSize, const c10::Device& device, uint64_t seed);

    // The sums over one batch (not averaged): x and reconstruction in [0, 1] of the same
    // shape, mu and logVariance [B, latent]. reconstructionLoss: "bce" or "mse".
    static VaeTestLossResult batchSums(const at::Tensor& x, const at::Tensor& reconstruction,
                                       const at::Tensor& mu, const at::Tensor& logVariance,
                                       const QString& reconstructionLoss);
};

} // namespace genlab::metrics
