#pragma once

#include "GenerativeModel.h"
#include "HyperParameterSet.h"
#include "NetworkFactory.h"
#include "OptimizerFactory.h"
#include "SamplingCopy.h"

#include <ATen/core/Generator.h>

#include <memory>
#include <vector>

namespace genlab::models {

class MetricCollector;
class ModelArchive;

// What the trained models share, written once: the settings, the layout and device, the model's
// own random stream, and its networks and optimisers under the names they have in a checkpoint.
// A model builds its networks and optimisers in its constructor (the draws from m_random fix
// the weights, so their order is the model's) and registers them here; the base then saves,
// loads and lists them. Each model keeps its losses and its step, as PyTorch's dcgan example does.
class NetworkModel : public GenerativeModel
{
public:
    ~NetworkModel() override;

    QString kind() const override { return m_kind; }
    int64_t latentDim() const override { return m_layout.latentDim; }
    std::vector<int64_t> sampleShape() const override { return m_layout.sampleShape; }
    HyperParameterSpecs hyperParameterSpecs() const override { return m_settings.specs(); }
    QVariantMap hyperParameters() const override { return m_settings.values(); }
    void setHyperParameter(const QString& name, const QVariant& value) override;
    void save(torch::serialize::OutputArchive& archive) const override;
    void load(torch::serialize::InputArchive& archive) override;
    std::vector<NamedTensor> trainedParameters() const override;
    void joinDataParallel(std::shared_ptr<DataParallelLink> link) override;

protected:
    // Reads the layout from the settings (latent_dim, network, width, depth, channels) and
    // seeds m_random; builds no network, so that each model draws its weights in its own order.
    NetworkModel(const QString& kind, std::vector<int64_t> sampleShape, HyperParameterSet settings,
                 uint64_t seed, c10::Device device);

    // Copies the settings a model reads once per change, not once per step, into its members.
    // The base calls it after a live change and after load() has restored the live settings,
    // before the optimisers take them; the model's constructor calls it itself, before it
    // builds its optimisers.
    virtual void readSettings() = 0;

    // State beyond networks, optimisers and the random stream (step counters). saveState()
    // writes after "random_state"; stageState() reads and checks it before anything changes
    // (throw InputError for a malformed piece), commitState() takes it once all of the archive
    // has been read.
    virtual void saveState(ModelArchive&) const {}
    virtual void stageState(ModelArchive&) {}
    virtual void commitState() {}

    // Registers a network under its archive key; the order of registration is the archive's.
    // An untrained network (a frozen copy) is saved and loaded but not listed by
    // trainedParameters().
    void addNetwork(const char* key, const Network& network, bool trained = true);
    // Creates and registers an optimiser over `parameters`. `settings` is the model's member
    // that readSettings() refreshes: it is applied again after every change and every load.
    torch::optim::Optimizer& addOptimizer(const char* key, const std::vector<at::Tensor>& parameters,
                                          const OptimizerSettings& settings);

    // Data-parallel shares. Batches and random draws are always made for the whole job (every
    // process draws the same numbers from the same stream), and each process trains on its own
    // rows of them: so 2 processes compute what 1 would, and their shares differ. Rows are
    // split evenly in units of `unit` rows (PacGAN's packs stay whole); one process owns all.
    at::Tensor ownRows(const at::Tensor& whole, int64_t unit = 1) const;
    // This process's fraction of `rows` as ownRows() splits them (1 alone).
    double ownShare(int64_t rows, int64_t unit = 1) const;
    // Before an optimiser step: each process's gradients (of the mean loss over its own rows)
    // weighted by `share`, summed over the job: the gradient of the whole batch's mean loss
    // (a loss summed over rows passes 1). Gradients not computed stay so. The step's last
    // exchange also carries `metrics`, each weighted by `metricShare` (this process's fraction
    // of the rows): they become the job's means, at no extra round trip, which on a loopback
    // costs as much as the gradients themselves. Nothing happens in a single process.
    void averageGradients(const std::vector<at::Tensor>& parameters, double share,
                          MetricCollector* metrics = nullptr, double metricShare = 0.0);

    // A sampling copy's kind, shape and settings; the model adds its networks and mapping.
    SamplingCopy::Parts samplingParts() const;

    NetworkLayout m_layout;
    HyperParameterSet m_settings;
    c10::Device m_device;
    at::Generator m_random;
    bool m_imageData = false; // {C, H, W} samples rather than points

private:
    struct NamedNetwork {
        const char* key;
        Network network;
        bool trained;
    };
    struct NamedOptimizer {
        const char* key;
        std::unique_ptr<torch::optim::Optimizer> optimizer;
        const OptimizerSettings* settings; // a member of the model, outlives the entry
    };

    // What a checkpoint must match to load into these networks.
    QString signature() const;
    void applyOptimizerSettings();

    // The whole job's `units`, split evenly: [begin, end) of this process.
    std::pair<int64_t, int64_t> ownUnits(int64_t units) const;

    QString m_kind;
    std::shared_ptr<DataParallelLink> m_link; // null: a single process
    std::vector<NamedNetwork> m_networks;
    std::vector<NamedOptimizer> m_optimizers;
};

} // namespace genlab::models
