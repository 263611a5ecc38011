#pragma once

#include "NetworkModel.h"

namespace genlab::models {

// VAE-GAN (Larsen et al., 2016): a VAE whose decoder is also a GAN generator, and whose
// reconstruction error is measured in the discriminator's hidden features Dis_l.
//  discriminator: BCE of real x against both the reconstructions and prior samples;
//  encoder:       beta * KL + recon;   decoder: gamma * recon + non-saturating GAN term;
// recon = 0.5 * ||Dis_l(x) - Dis_l(x~)||^2 + ||x - x~||^2 / (2 sigma^2) per sample: the data-space
// part (the discriminator's "layer 0") keeps the code informative while the discriminator's
// features are still weak, which on 2-D data they stay (without it the KL wins: posterior collapse).
class VaeGanModel : public NetworkModel
{
public:
    VaeGanModel(std::vector<int64_t> sampleShape, HyperParameterSet settings, uint64_t seed,
                c10::Device device);
    ~VaeGanModel() override;

    int64_t realBatchSize(StepPart) const override { return m_batchSize; }
    StepMetrics trainStep(const at::Tensor& realBatch, StepPart part) override;
    QStringList metricNames() const override;
    at::Tensor sample(const at::Tensor& z) override;
    bool hasEncoder() const override { return true; }
    at::Tensor encode(const at::Tensor& x) override;
    bool hasCritic() const override { return true; }
    at::Tensor critic(const at::Tensor& x) override;
    std::unique_ptr<GenerativeModel> samplingCopy() const override;

private:
    struct Codes {
        at::Tensor mu;
        at::Tensor logVariance;
        at::Tensor z;
    };

    void readSettings() override;
    at::Tensor toNetworkRange(const at::Tensor& data) const;
    at::Tensor& noise(at::Tensor& buffer, int64_t count);
    // x: this process's rows of a batch of jobRows rows (the noise is drawn for all of them).
    Codes encodeSample(const at::Tensor& x, int64_t jobRows);
    // lastExchange: no autoencoder update follows, so the metrics travel with this exchange.
    void discriminatorUpdate(const at::Tensor& x, int64_t jobRows, class MetricCollector& metrics,
                             bool lastExchange);
    void autoencoderUpdate(const at::Tensor& x, int64_t jobRows, class MetricCollector& metrics);

    int64_t m_batchSize = 0;
    double m_beta = 1.0;
    double m_gamma = 1.0;
    double m_dataErrorScale = 1.0; // 1 / (2 sigma^2)
    OptimizerSettings m_optimizerAutoencoder;
    OptimizerSettings m_optimizerD;

    Network m_encoder;
    Network m_decoder;
    Network m_features; // Dis_l
    Network m_head;     // Dis_l -> logit
    std::vector<at::Tensor> m_encoderParameters;
    std::vector<at::Tensor> m_decoderParameters;
    std::vector<at::Tensor> m_autoencoderParameters; // both: one gradient exchange in a job
    std::vector<at::Tensor> m_discriminatorParameters;
    torch::optim::Optimizer* m_optimizerEncoder = nullptr; // the three owned by NetworkModel
    torch::optim::Optimizer* m_optimizerDecoder = nullptr;
    torch::optim::Optimizer* m_optimizerDiscriminator = nullptr;
    at::Tensor m_epsilon;
    at::Tensor m_prior;
};

} // namespace genlab::models
