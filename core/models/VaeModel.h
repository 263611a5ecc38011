#pragma once

#include "NetworkModel.h"

#include <vector>

namespace genlab::models {

// Variational autoencoder (Kingma and Welling): the encoder gives the mean and log-variance
// of q(z|x), z = mu + sigma * eps, the decoder gives Bernoulli logits (bce) or values (mse).
// Loss per sample = reconstruction summed over the values + beta * KL(q(z|x) || N(0, I));
// the Gaussian decoder (mse) costs squared error / (2 sigma^2). The update uses the sum over the batch, as
// PyTorch's VAE example does.
class VaeModel : public NetworkModel
{
public:
    VaeModel(std::vector<int64_t> sampleShape, HyperParameterSet settings, uint64_t seed, c10::Device device);
    ~VaeModel() override;

    int64_t realBatchSize(StepPart) const override { return m_batchSize; }
    StepMetrics trainStep(const at::Tensor& realBatch, StepPart part) override;
    QStringList metricNames() const override;
    at::Tensor sample(const at::Tensor& z) override;
    bool hasEncoder() const override { return true; }
    at::Tensor encode(const at::Tensor& x) override;
    std::unique_ptr<GenerativeModel> samplingCopy() const override;

    // Held-out evaluation (metrics::VaeTestLoss): reconstruction and KL summed over the batch,
    // the reconstruction a full negative log-likelihood (the MSE decoder's log(sigma sqrt(2 pi))
    // per value included, so that figures at different sigma compare), beta not applied, without gradients or
    // an update. The reparameterisation noise comes from `random`, so that evaluating never moves the model's
    // own random stream.
    struct LossSums {
        double reconstruction = 0.0;
        double kl = 0.0;
        // KL(q(z_i|x) || N(0, 1)) of each latent dimension i, summed over the batch: the
        // dimensions near zero carry no information (they collapsed to the prior).
        std::vector<double> klPerDimension;
    };
    LossSums evaluateLoss(const at::Tensor& batch, at::Generator& random);
    // KL(N(mu_i, exp(logVariance_i)) || N(0, 1)) of each latent dimension i, summed over the rows
    // of a batch of q(z|x) statistics: [latentDim].
    static at::Tensor klSumPerDimension(const at::Tensor& mu, const at::Tensor& logVariance);

private:
    at::Tensor reconstructionSum(const at::Tensor& output, const at::Tensor& x) const;
    void readSettings() override;
    OutputMapping mapping() const;

    bool m_bernoulli = false; // bce on logits; otherwise squared error
    int64_t m_batchSize = 0;
    double m_beta = 1.0;
    double m_squaredErrorScale = 1.0;     // 1 / (2 sigma^2) of the Gaussian decoder
    double m_gaussianLogNormaliser = 0.0; // log(sigma sqrt(2 pi)), the MSE decoder's per-value constant
    OptimizerSettings m_optimizerSettings;

    Network m_encoder; // x -> [mu, logvar]
    Network m_decoder; // z -> logits (bce) or values (mse)
    std::vector<at::Tensor> m_parameters;
    torch::optim::Optimizer* m_optimizer = nullptr; // owned by NetworkModel
    at::Tensor m_epsilon;                           // reused buffer for the reparameterisation noise
};

} // namespace genlab::models
