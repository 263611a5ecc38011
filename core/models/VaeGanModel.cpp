#include "VaeGanModel.h"

#include "MetricCollector.h"
#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QCoreApplication>

namespace genlab::models {

namespace F = torch::nn::functional;

namespace {

std::vector<at::Tensor> joined(const std::vector<at::Tensor>& first, const std::vector<at::Tensor>& second)
{
    std::vector<at::Tensor> all = first;
    all.insert(all.end(), second.begin(), second.end());
    return all;
}

} // namespace

VaeGanModel::VaeGanModel(std::vector<int64_t> sampleShape, HyperParameterSet settings, uint64_t seed,
                         c10::Device device)
    : NetworkModel(QStringLiteral("vae-gan"), std::move(sampleShape), std::move(settings), seed, device)
{
    readSettings();

    m_encoder = NetworkFactory::withHead(
        NetworkFactory::features(m_layout, HiddenActivation::LeakyRelu, false, m_random),
        2 * m_layout.latentDim, m_random);
    m_decoder = NetworkFactory::decoder(
        m_layout, m_imageData ? OutputActivation::Tanh : OutputActivation::None, m_random);
    // No batch norm in the discriminator: its features are the reconstruction target.
    const FeatureNetwork features =
        NetworkFactory::features(m_layout, HiddenActivation::LeakyRelu, false, m_random);
    m_features = features.network;
    m_head = NetworkFactory::withHead({std::make_shared<torch::nn::SequentialImpl>(), features.featureCount},
                                      1, m_random);
    for (const Network& network : {m_encoder, m_decoder, m_features, m_head})
        network->to(m_device);
    addNetwork("encoder", m_encoder);
    addNetwork("decoder", m_decoder);
    addNetwork("features", m_features);
    addNetwork("head", m_head);
    m_encoderParameters = m_encoder->parameters();
    m_decoderParameters = m_decoder->parameters();
    m_autoencoderParameters = m_encoderParameters;
    m_autoencoderParameters.insert(m_autoencoderParameters.end(), m_decoderParameters.begin(),
                                   m_decoderParameters.end());
    m_discriminatorParameters = joined(m_features->parameters(), m_head->parameters());
    m_optimizerEncoder = &addOptimizer("optimizer_enc", m_encoderParameters, m_optimizerAutoencoder);
    m_optimizerDecoder = &addOptimizer("optimizer_dec", m_decoderParameters, m_optimizerAutoencoder);
    m_optimizerDiscriminator = &addOptimizer("optimizer_d", m_discriminatorParameters, m_optimizerD);
}

VaeGanModel::~VaeGanModel() = default;

void VaeGanModel::readSettings()
{
    m_batchSize = m_settings.integer(QStringLiteral("batch_size"));
    m_beta = m_settings.real(QStringLiteral("beta"));
    m_gamma = m_settings.real(QStringLiteral("gamma"));
    const double sigma = m_settings.real(QStringLiteral("recon_sigma"));
    m_dataErrorScale = 1.0 / (2.0 * sigma * sigma);
    m_optimizerAutoencoder = OptimizerFactory::settingsFrom(m_settings, QStringLiteral("lr"));
    m_optimizerD = OptimizerFactory::settingsFrom(m_settings, QStringLiteral("lr_d"));
}

QStringList VaeGanModel::metricNames() const
{
    return {QStringLiteral("loss_d"), QStringLiteral("loss_enc"), QStringLiteral("loss_dec"),
            QStringLiteral("recon"),  QStringLiteral("kl"),       QStringLiteral("d_real"),
            QStringLiteral("d_fake"), QStringLiteral("grad_g")};
}

at::Tensor VaeGanModel::toNetworkRange(const at::Tensor& data) const
{
    const at::Tensor onDevice = data.to(m_device, torch::kFloat32);
    return m_imageData ? onDevice * 2.0 - 1.0 : onDevice;
}

at::Tensor& VaeGanModel::noise(at::Tensor& buffer, int64_t count)
{
    if (!buffer.defined() || buffer.size(0) != count)
        buffer = torch::empty({count, m_layout.latentDim}, torch::kFloat32);
    buffer.normal_(0.0, 1.0, m_random);
    return buffer;
}

VaeGanModel::Codes VaeGanModel::encodeSample(const at::Tensor& x, int64_t jobRows)
{
    const at::Tensor statistics = m_encoder->forward(x);
    Codes codes;
    codes.mu = statistics.narrow(1, 0, m_layout.latentDim);
    codes.logVariance = statistics.narrow(1, m_layout.latentDim, m_layout.latentDim);
    codes.z = codes.mu + ownRows(noise(m_epsilon, jobRows)).to(m_device) * (codes.logVariance * 0.5).exp();
    return codes;
}

void VaeGanModel::discriminatorUpdate(const at::Tensor& x, int64_t jobRows, MetricCollector& metrics,
                                      bool lastExchange)
{
    const int64_t count = x.size(0);
    at::Tensor fakes;
    {
        torch::NoGradGuard noGrad;
        const at::Tensor reconstructions = m_decoder->forward(encodeSample(x, jobRows).z);
        const at::Tensor priorSamples = m_decoder->forward(ownRows(noise(m_prior, jobRows)).to(m_device));
        fakes = torch::cat({reconstructions, priorSamples});
    }
    const at::Tensor scores = m_head->forward(m_features->forward(torch::cat({x, fakes}))).view({-1});
    const at::Tensor realScores = scores.narrow(0, 0, count);
    const at::Tensor fakeScores = scores.narrow(0, count, 2 * count);
    const at::Tensor loss = F::softplus(-realScores).mean() + F::softplus(fakeScores).mean();
    metrics.add(QStringLiteral("loss_d"), loss);
    metrics.add(QStringLiteral("d_real"), realScores.detach().sigmoid().mean());
    metrics.add(QStringLiteral("d_fake"), fakeScores.detach().sigmoid().mean());
    OptimizerFactory::clearGradients(m_discriminatorParameters);
    loss.backward();
    const double share = ownShare(jobRows);
    averageGradients(m_discriminatorParameters, share, lastExchange ? &metrics : nullptr, share);
    m_optimizerDiscriminator->step();
}

void VaeGanModel::autoencoderUpdate(const at::Tensor& x, int64_t jobRows, MetricCollector& metrics)
{
    const int64_t count = x.size(0);
    const Codes codes = encodeSample(x, jobRows);
    const at::Tensor reconstructions = m_decoder->forward(codes.z);
    const at::Tensor priorSamples = m_decoder->forward(ownRows(noise(m_prior, jobRows)).to(m_device));
    at::Tensor realFeatures;
    {
        torch::NoGradGuard noGrad;
        realFeatures = m_features->forward(x);
    }
    const at::Tensor fakeFeatures = m_features->forward(torch::cat({reconstructions, priorSamples}));
    const at::Tensor reconstructionFeatures = fakeFeatures.narrow(0, 0, count);
    const at::Tensor fakeScores = m_head->forward(fakeFeatures).view({-1});

    const double perSample = 1.0 / static_cast<double>(count);
    const at::Tensor recon = (reconstructionFeatures - realFeatures).square().sum() * (0.5 * perSample) +
                             (reconstructions - x).square().sum() * (m_dataErrorScale * perSample);
    const at::Tensor kl =
        (1.0 + codes.logVariance - codes.mu.square() - codes.logVariance.exp()).sum() * (-0.5 * perSample);
    const at::Tensor ganTerm = F::softplus(-fakeScores).mean() * 2.0; // -log D(x~) - log D(G(z_p))
    const at::Tensor encoderLoss = kl * m_beta + recon;
    const at::Tensor decoderLoss = recon * m_gamma + ganTerm;

    OptimizerFactory::clearGradients(m_encoderParameters);
    OptimizerFactory::clearGradients(m_decoderParameters);
    // Each network gets the gradient of its own loss only; the discriminator gets none.
    encoderLoss.backward({}, /*retain_graph=*/true, false, m_encoderParameters);
    decoderLoss.backward({}, c10::nullopt, false, m_decoderParameters);
    metrics.add(QStringLiteral("loss_enc"), encoderLoss);
    metrics.add(QStringLiteral("loss_dec"), decoderLoss);
    metrics.add(QStringLiteral("recon"), recon);
    metrics.add(QStringLiteral("kl"), kl);
    // Encoder and decoder share one exchange, which also carries the step's metrics.
    const double share = ownShare(jobRows);
    averageGradients(m_autoencoderParameters, share, &metrics, share);
    metrics.addGradientNorm(QStringLiteral("grad_g"), m_decoderParameters);
    m_optimizerEncoder->step();
    m_optimizerDecoder->step();
}

StepMetrics VaeGanModel::trainStep(const at::Tensor& realBatch, StepPart part)
{
    if (!realBatch.defined() || realBatch.dim() == 0 || realBatch.size(0) == 0)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "vae-gan: a step needs a batch of data"));
    // The batch is the whole job's; this process trains on its own rows of it.
    const int64_t jobRows = realBatch.size(0);
    const at::Tensor x = toNetworkRange(ownRows(realBatch));
    MetricCollector metrics;
    if (part != StepPart::GeneratorOnly)
        discriminatorUpdate(x, jobRows, metrics, /*lastExchange=*/part == StepPart::DiscriminatorOnly);
    if (part != StepPart::DiscriminatorOnly)
        autoencoderUpdate(x, jobRows, metrics);
    return metrics.finish(metricNames());
}

at::Tensor VaeGanModel::sample(const at::Tensor& z)
{
    torch::NoGradGuard noGrad;
    m_decoder->eval();
    const at::Tensor raw = m_decoder->forward(z.to(m_device, torch::kFloat32));
    m_decoder->train();
    return mapDecoderOutput(raw, m_imageData ? OutputMapping::TanhToUnit : OutputMapping::Identity);
}

at::Tensor VaeGanModel::encode(const at::Tensor& x)
{
    torch::NoGradGuard noGrad;
    m_encoder->eval();
    const at::Tensor statistics = m_encoder->forward(toNetworkRange(x));
    m_encoder->train();
    return statistics.narrow(1, 0, m_layout.latentDim).contiguous();
}

at::Tensor VaeGanModel::critic(const at::Tensor& x)
{
    torch::NoGradGuard noGrad;
    return m_head->forward(m_features->forward(toNetworkRange(x))).view({-1});
}

std::unique_ptr<GenerativeModel> VaeGanModel::samplingCopy() const
{
    SamplingCopy::Parts parts = samplingParts();
    parts.mapping = m_imageData ? OutputMapping::TanhToUnit : OutputMapping::Identity;
    parts.decoder = m_decoder;
    parts.encoder = m_encoder;
    auto critic = std::make_shared<torch::nn::SequentialImpl>();
    critic->extend(*m_features);
    critic->extend(*m_head);
    parts.critic = critic;
    return std::make_unique<SamplingCopy>(parts);
}

} // namespace genlab::models
