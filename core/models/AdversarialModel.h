#pragma once

#include "NetworkModel.h"

#include <functional>

namespace genlab::models {

// The weighted gradient penalty of WGAN-GP: weight * mean over the batch of
// (||grad_x f(x_hat)|| - 1)^2 at x_hat = alpha * real + (1 - alpha) * fake, alpha of shape
// [N, 1, ...] in [0, 1]. Differentiable with respect to the critic's parameters
// (create_graph), so that the critic's loss can include it.
at::Tensor gradientPenalty(const std::function<at::Tensor(const at::Tensor&)>& critic, const at::Tensor& real,
                           const at::Tensor& fake, const at::Tensor& alpha, double weight);

// The generator-against-discriminator models, which differ only in their losses:
//  gan     - logistic discriminator; generator loss non-saturating -log D(G(z)) or the
//            original saturating log(1 - D(G(z))).
//  vigan   - gan plus lambda * mean ||G(z) - G_old(z)||^2 in the generator loss, G_old a
//            frozen copy refreshed before every k-th generator update (so the term is zero at
//            the refresh and pulls back towards the anchor during the k - 1 updates after it).
//  wgan    - critic loss E f(G(z)) - E f(x), weights clipped to [-c, c] after each update.
//  wgan-gp - the same critic loss plus the gradient penalty, no clipping, no batch norm.
class AdversarialModel : public NetworkModel
{
public:
    AdversarialModel(const QString& kind, std::vector<int64_t> sampleShape, HyperParameterSet settings,
                     uint64_t seed, c10::Device device);
    ~AdversarialModel() override;

    int64_t realBatchSize(StepPart part) const override;
    StepMetrics trainStep(const at::Tensor& realBatch, StepPart part) override;
    QStringList metricNames() const override;
    at::Tensor sample(const at::Tensor& z) override;
    bool hasCritic() const override { return true; }
    at::Tensor critic(const at::Tensor& x) override;
    std::unique_ptr<GenerativeModel> samplingCopy() const override;

private:
    enum class Objective { Logistic, Wasserstein };

    void readSettings() override;
    void saveState(ModelArchive& archive) const override;
    void stageState(ModelArchive& archive) override;
    void commitState() override;
    at::Tensor toNetworkRange(const at::Tensor& data) const;
    at::Tensor& noise(int64_t count);
    // Real and fake batches already packed (see packed()).
    std::pair<at::Tensor, at::Tensor> criticScores(const at::Tensor& real, const at::Tensor& fake);
    // PacGAN: [N, ...] samples as [N / m, m * ...] packs of m (side by side for points,
    // stacked as channels for images); the last N % m samples are left out. m = 1: as given.
    at::Tensor packed(const at::Tensor& samples) const;
    // metrics: where the update reports (the step's last critic update only); lastExchange:
    // no generator update follows in this step, so the metrics travel with this exchange.
    void discriminatorUpdate(const at::Tensor& real, class MetricCollector* metrics, bool lastExchange);
    void generatorUpdate(class MetricCollector& metrics);
    void refreshAnchor();

    Objective m_objective = Objective::Logistic;
    bool m_gradientPenalty = false;
    bool m_weightClipping = false;
    bool m_variationalRegulariser = false;
    bool m_discriminatorBatchNorm = false;

    // Settings read once per change, not once per step.
    int64_t m_batchSize = 0;
    int64_t m_discriminatorSteps = 1;
    bool m_saturatingLoss = false;
    double m_clip = 0.0;
    double m_gradientPenaltyWeight = 0.0;
    double m_viLambda = 0.0;
    int64_t m_viPeriod = 1;
    int64_t m_pack = 1; // PacGAN's m: samples the discriminator judges together
    OptimizerSettings m_optimizerD;
    OptimizerSettings m_optimizerG;

    Network m_generator;
    Network m_discriminator;
    Network m_anchor; // VI-GAN's G_old
    std::vector<at::Tensor> m_generatorParameters;
    std::vector<at::Tensor> m_discriminatorParameters;
    torch::optim::Optimizer* m_optimizerGenerator = nullptr; // owned by NetworkModel
    torch::optim::Optimizer* m_optimizerDiscriminator = nullptr;
    int64_t m_generatorUpdates = 0;
    int64_t m_discriminatorUpdates = 0;
    at::Tensor m_loadedCounters; // staged by stageState() until the whole archive is read

    at::Tensor m_noise; // reused buffer for z
    at::Tensor m_noiseOnDevice;
    at::Tensor m_alpha; // reused buffer for the interpolation weights
};

} // namespace genlab::models
