#pragma once

#include "NamedTensor.h"
#include "common/TensorFwd.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace torch::nn {
class Module;
class SequentialImpl;
} // namespace torch::nn

namespace genlab::models {

using Network = std::shared_ptr<torch::nn::SequentialImpl>;

// The size of a model's networks, from its settings.
struct NetworkLayout {
    std::vector<int64_t> sampleShape; // {2} or {C, H, W}
    int64_t latentDim = 2;
    bool convolutional = false; // DCGAN-style convolutions instead of an MLP (images only)
    int64_t width = 256;        // MLP hidden units
    int64_t depth = 3;          // MLP hidden layers
    int64_t channels = 64;      // conv: channels of the first (data-side) layer, doubled per stage

    // What a checkpoint must match to load into networks of this layout.
    QString signature(const QString& network, const QString& optimizer) const;
};

// A feature extractor and the size of the features it produces.
struct FeatureNetwork {
    Network network;
    int64_t featureCount = 0;
};

enum class OutputActivation { None, Tanh };
enum class HiddenActivation { Relu, LeakyRelu };

// Builds the networks of every model: decoders/generators map [N, latent] to samples shaped
// like the data; feature extractors map samples to [N, featureCount] (a discriminator or an
// encoder adds its own linear head). Weights are drawn from `generator` (PyTorch's default
// scheme for linear layers, DCGAN's N(0, 0.02) for convolutions), so a seed fixes them.
class NetworkFactory
{
public:
    static Network decoder(const NetworkLayout& layout, OutputActivation output, at::Generator& generator);
    static FeatureNetwork features(const NetworkLayout& layout, HiddenActivation hidden, bool batchNorm,
                                   at::Generator& generator);
    // The feature extractor followed by a linear layer to `outputs` values.
    static Network withHead(const FeatureNetwork& features, int64_t outputs, at::Generator& generator);

    // Conv networks halve the image side per stage down to at most 8; throws InputError for
    // shapes they cannot take (odd sides).
    static int64_t convStages(const std::vector<int64_t>& sampleShape);

    static Network deepCopy(const Network& network, c10::Device device);
    // Appends the network's parameters to `out`, named "<prefix>.<parameter path>".
    static void appendNamedParameters(const Network& network, const QString& prefix,
                                      std::vector<NamedTensor>& out);
    static void initialise(torch::nn::Module& module, at::Generator& generator);
};

} // namespace genlab::models
