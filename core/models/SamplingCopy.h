#pragma once

#include "GenerativeModel.h"
#include "NetworkFactory.h"

namespace genlab::models {

// How a decoder's raw output becomes a sample: points as they are, tanh outputs mapped from
// [-1, 1] to [0, 1], logits through a sigmoid.
enum class OutputMapping { Identity, TanhToUnit, LogitsToUnit };

at::Tensor mapDecoderOutput(const at::Tensor& raw, OutputMapping mapping);

// What GenerativeModel::samplingCopy() hands out: deep copies of the decoder (and encoder,
// critic) in evaluation mode, sharing nothing with the model being trained. Only sample(),
// encode() and critic() work; training calls throw.
class SamplingCopy : public GenerativeModel
{
public:
    struct Parts {
        QString kind;
        std::vector<int64_t> sampleShape;
        int64_t latentDim = 0;
        OutputMapping mapping = OutputMapping::Identity;
        Network decoder;
        Network encoder;        // may be null; outputs [N, 2 * latentDim] (mean, log-variance)
        Network critic;         // may be null; outputs [N, 1]
        int64_t criticPack = 1; // PacGAN: the critic takes packs of this many samples
        HyperParameterSpecs specs;
        QVariantMap settings;
    };
    // Copies the networks of `parts` (the caller's stay untouched).
    explicit SamplingCopy(const Parts& parts);

    QString kind() const override { return m_parts.kind; }
    int64_t latentDim() const override { return m_parts.latentDim; }
    std::vector<int64_t> sampleShape() const override { return m_parts.sampleShape; }
    int64_t realBatchSize(StepPart) const override { return 0; }
    StepMetrics trainStep(const at::Tensor& realBatch, StepPart part) override;
    QStringList metricNames() const override { return {}; }
    at::Tensor sample(const at::Tensor& z) override;
    bool hasEncoder() const override { return m_parts.encoder != nullptr; }
    at::Tensor encode(const at::Tensor& x) override;
    at::Tensor encodeStatistics(const at::Tensor& x) override;
    bool hasCritic() const override { return m_parts.critic != nullptr; }
    at::Tensor critic(const at::Tensor& x) override;
    HyperParameterSpecs hyperParameterSpecs() const override { return m_parts.specs; }
    QVariantMap hyperParameters() const override { return m_parts.settings; }
    void setHyperParameter(const QString& name, const QVariant& value) override;
    void save(torch::serialize::OutputArchive& archive) const override;
    void load(torch::serialize::InputArchive& archive) override;
    std::unique_ptr<GenerativeModel> samplingCopy() const override;

    // The copied networks, for exports that need their structure (PyTorch state dictionaries).
    const Parts& parts() const { return m_parts; }

private:
    Parts m_parts;
};

} // namespace genlab::models
