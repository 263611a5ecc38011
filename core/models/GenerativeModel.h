#pragma once

#include "HyperParameterSpec.h"
#include "StepMetrics.h"
#include "common/TensorFwd.h"

#include <QString>
#include <QVariantMap>

#include <memory>

namespace torch::serialize {
class InputArchive;
class OutputArchive;
} // namespace torch::serialize

namespace genlab::models {

// Which networks a step updates. Both = the model's usual step (for WGANs: n_critic critic
// updates, then one generator update; for VAEs the single update).
enum class StepPart { Both, DiscriminatorOnly, GeneratorOnly };

// Every model of the catalogue behind one interface: the trainer, the command line and the
// window know nothing else about it.
class GenerativeModel
{
public:
    virtual ~GenerativeModel() = default;

    virtual QString kind() const = 0;  // "vae", "gan", "wgan", "wgan-gp", "vigan", "vae-gan"
    virtual int64_t latentDim() const = 0;

    // One optimisation step on a batch of real data (float32, the data's shape).
    virtual StepMetrics trainStep(const at::Tensor& realBatch, StepPart part) = 0;

    // Decodes latent codes [N, latentDim] into samples shaped like the data
    // (points [N, 2], images [N, C, H, W] in [0, 1]). No gradients, evaluation mode.
    virtual at::Tensor sample(const at::Tensor& z) = 0;

    // Models with an encoder (VAE, VAE-GAN) map data to the means of q(z|x).
    virtual bool hasEncoder() const { return false; }
    virtual at::Tensor encode(const at::Tensor& x);

    // Models with a discriminator or critic score points for the 2-D heat map.
    virtual bool hasCritic() const { return false; }
    virtual at::Tensor critic(const at::Tensor& x);

    // The current settings (every spec's name is present) and a change to one of them.
    // A change to a live setting applies at the next step; throws InputError when invalid.
    virtual QVariantMap hyperParameters() const = 0;
    virtual void setHyperParameter(const QString& name, const QVariant& value) = 0;

    // Networks and optimisers, for checkpoints.
    virtual void save(torch::serialize::OutputArchive& archive) const = 0;
    virtual void load(torch::serialize::InputArchive& archive) = 0;

    // An independent copy of the sampling network(s) in evaluation mode, for another thread
    // (latent explorer) to decode with while training goes on.
    virtual std::unique_ptr<GenerativeModel> samplingCopy() const = 0;
};

} // namespace genlab::models
