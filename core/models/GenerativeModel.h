#pragma once

#include "HyperParameterSpec.h"
#include "NamedTensor.h"
#include "StepMetrics.h"
#include "StepPart.h"
#include "common/TensorFwd.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <cstdint>
#include <memory>
#include <vector>

namespace torch::serialize {
class InputArchive;
class OutputArchive;
} // namespace torch::serialize

namespace genlab::models {

class DataParallelLink;

// Every model of the catalogue behind one interface: the trainer, the command line and the
// window know nothing else about it. Models are made by ModelFactory::create().
class GenerativeModel
{
public:
    virtual ~GenerativeModel() = default;

    virtual QString kind() const = 0; // "vae", "gan", "wgan", "wgan-gp", "vigan", "vae-gan"
    virtual int64_t latentDim() const = 0;
    // The shape of one sample: {2} for points, {C, H, W} for images.
    virtual std::vector<int64_t> sampleShape() const = 0;

    // How many real samples trainStep() wants for this part, with the current settings
    // (batch_size times d_steps for a full step of a model with several critic updates).
    // Ask before every step: batch_size and d_steps are live.
    virtual int64_t realBatchSize(StepPart part) const = 0;

    // One optimisation step on a batch of real data (float32, the data's shape, on the
    // model's device, realBatchSize(part) rows; a larger batch is cut, a smaller one is used
    // as it is, split as evenly as possible between the critic updates).
    virtual StepMetrics trainStep(const at::Tensor& realBatch, StepPart part) = 0;

    // Every metric name trainStep() can report, in order (CSV columns, legend). A partial
    // step (D only, G only) reports the subset it computed, in the same order.
    virtual QStringList metricNames() const = 0;

    // Decodes latent codes [N, latentDim] into samples shaped like the data
    // (points [N, 2], images [N, C, H, W] in [0, 1]). No gradients, evaluation mode.
    virtual at::Tensor sample(const at::Tensor& z) = 0;

    // Models with an encoder (VAE, VAE-GAN) map data to the means of q(z|x).
    virtual bool hasEncoder() const { return false; }
    virtual at::Tensor encode(const at::Tensor& x);
    // The whole of q(z|x): [N, 2 * latentDim], the means then the log-variances.
    virtual at::Tensor encodeStatistics(const at::Tensor& x);

    // Models with a discriminator or critic score points for the 2-D heat map: raw logits
    // for GANs (sigmoid gives D), critic values for WGANs. Shape [N].
    virtual bool hasCritic() const { return false; }
    virtual at::Tensor critic(const at::Tensor& x);

    // The specs this model was built with, the current settings (every spec's name is
    // present) and a change to one of them. A change to a live setting applies at the next
    // step; throws InputError when the name is unknown, the value invalid or the setting
    // not live.
    virtual HyperParameterSpecs hyperParameterSpecs() const = 0;
    virtual QVariantMap hyperParameters() const = 0;
    virtual void setHyperParameter(const QString& name, const QVariant& value) = 0;

    // Networks, optimisers, random state and step counters, for checkpoints. load() throws
    // InputError for an archive of another kind or another architecture.
    virtual void save(torch::serialize::OutputArchive& archive) const = 0;
    virtual void load(torch::serialize::InputArchive& archive) = 0;

    // The parameters the optimisers update, named after their network. The trainer checks
    // them after every step, so that a weight that turned non-finite is caught in the step
    // that made it (its loss was computed before the update and is still finite). Empty for a
    // model that trains nothing (a sampling copy).
    virtual std::vector<NamedTensor> trainedParameters() const { return {}; }

    // Data-parallel training: from now on every step trains on this process's share of each
    // batch (the batch handed to trainStep() is the whole job's, the same on every process),
    // and gradients are averaged over the job's processes before every optimiser step; the
    // metrics a step reports are the job's means, the same on every process. Joining first
    // gives every network rank 0's parameters and buffers. A model that trains nothing throws
    // InputError.
    virtual void joinDataParallel(std::shared_ptr<DataParallelLink> link);

    // An independent copy of the sampling network(s) (and encoder, critic) in evaluation
    // mode, for another thread (latent explorer, heat map) to use while training goes on.
    // Its trainStep/save/load/setHyperParameter throw.
    virtual std::unique_ptr<GenerativeModel> samplingCopy() const = 0;
};

} // namespace genlab::models
