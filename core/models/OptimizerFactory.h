#pragma once

#include "common/TensorFwd.h"

#include <QString>

#include <memory>
#include <vector>

namespace torch::optim {
class Optimizer;
} // namespace torch::optim

namespace genlab::models {

// The optimiser settings every model exposes (adam, rmsprop or sgd).
struct OptimizerSettings {
    QString name = QStringLiteral("adam");
    double learningRate = 1e-3;
    double beta1 = 0.9;    // Adam
    double beta2 = 0.999;  // Adam
    double momentum = 0.0; // RMSProp and SGD
};

class HyperParameterSet;

class OptimizerFactory
{
public:
    // The shared optimiser settings (optimizer, beta1, beta2, momentum) with the learning
    // rate named `learningRateName` ("lr", "lr_d", "lr_g").
    static OptimizerSettings settingsFrom(const HyperParameterSet& settings, const QString& learningRateName);
    static std::unique_ptr<torch::optim::Optimizer> create(const std::vector<at::Tensor>& parameters,
                                                           const OptimizerSettings& settings);
    // A live change: learning rate, betas and momentum take effect at the next step; the
    // optimiser's state (moments) is kept.
    static void apply(torch::optim::Optimizer& optimizer, const OptimizerSettings& settings);
    // Drops gradients (set to none): the next backward writes fresh ones without a zeroing pass.
    static void clearGradients(const std::vector<at::Tensor>& parameters);
};

} // namespace genlab::models
