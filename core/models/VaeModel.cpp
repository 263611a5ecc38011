#include "VaeModel.h"

#include "MetricCollector.h"
#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QCoreApplication>

#include <cmath>

namespace genlab::models {

namespace F = torch::nn::functional;

VaeModel::VaeModel(std::vector<int64_t> sampleShape, HyperParameterSet settings, uint64_t seed,
                   c10::Device device)
    : NetworkModel(QStringLiteral("vae"), std::move(sampleShape), std::move(settings), seed, device)
{
    m_bernoulli = m_settings.choice(QStringLiteral("recon_loss")) == QLatin1String("bce");
    readSettings();

    m_encoder =
        NetworkFactory::withHead(NetworkFactory::features(m_layout, HiddenActivation::Relu, false, m_random),
                                 2 * m_layout.latentDim, m_random);
    m_decoder = NetworkFactory::decoder(m_layout, OutputActivation::None, m_random);
    m_encoder->to(m_device);
    m_decoder->to(m_device);
    addNetwork("encoder", m_encoder);
    addNetwork("decoder", m_decoder);
    m_parameters = m_encoder->parameters();
    for (const at::Tensor& parameter : m_decoder->parameters())
        m_parameters.push_back(parameter);
    m_optimizer = &addOptimizer("optimizer", m_parameters, m_optimizerSettings);
}

VaeModel::~VaeModel() = default;

void VaeModel::readSettings()
{
    m_batchSize = m_settings.integer(QStringLiteral("batch_size"));
    m_beta = m_settings.real(QStringLiteral("beta"));
    const double sigma = m_settings.real(QStringLiteral("recon_sigma"));
    m_squaredErrorScale = 1.0 / (2.0 * sigma * sigma);
    // -log N(x | x_hat, sigma^2) per value is (x - x_hat)^2 / (2 sigma^2) + log(sigma sqrt(2 pi)).
    // Training leaves the constant out (it has no gradient); the test loss adds it back.
    m_gaussianLogNormaliser = std::log(sigma * std::sqrt(2.0 * 3.14159265358979323846));
    m_optimizerSettings = OptimizerFactory::settingsFrom(m_settings, QStringLiteral("lr"));
}

OutputMapping VaeModel::mapping() const
{
    // Image decoders give logits; a squared-error image decoder's values go through a sigmoid too.
    return m_imageData ? OutputMapping::LogitsToUnit : OutputMapping::Identity;
}

QStringList VaeModel::metricNames() const
{
    return {QStringLiteral("loss"), QStringLiteral("recon"), QStringLiteral("kl")};
}

StepMetrics VaeModel::trainStep(const at::Tensor& realBatch, StepPart)
{
    if (!realBatch.defined() || realBatch.dim() == 0 || realBatch.size(0) == 0)
        throw InputError(QCoreApplication::translate("genlab::Errors", "vae: a step needs a batch of data"));
    const int64_t jobRows = realBatch.size(0);
    const at::Tensor x = ownRows(realBatch).to(m_device, torch::kFloat32);
    const int64_t count = x.size(0);

    const at::Tensor statistics = m_encoder->forward(x);
    const at::Tensor mu = statistics.narrow(1, 0, m_layout.latentDim);
    const at::Tensor logVariance = statistics.narrow(1, m_layout.latentDim, m_layout.latentDim);
    if (!m_epsilon.defined() || m_epsilon.size(0) != jobRows)
        m_epsilon = torch::empty({jobRows, m_layout.latentDim}, torch::kFloat32);
    m_epsilon.normal_(0.0, 1.0, m_random);
    const at::Tensor z = mu + ownRows(m_epsilon).to(m_device) * (logVariance * 0.5).exp();
    const at::Tensor output = m_decoder->forward(z);

    const at::Tensor reconstruction = reconstructionSum(output, x);
    const at::Tensor kl = (1.0 + logVariance - mu.square() - logVariance.exp()).sum() * -0.5;
    const at::Tensor loss = reconstruction + kl * m_beta;

    MetricCollector metrics;
    const double perSample = 1.0 / static_cast<double>(count);
    metrics.add(QStringLiteral("loss"), loss.detach() * perSample);
    metrics.add(QStringLiteral("recon"), reconstruction.detach() * perSample);
    metrics.add(QStringLiteral("kl"), kl.detach() * perSample);

    OptimizerFactory::clearGradients(m_parameters);
    loss.backward();
    // The loss is a sum over rows, not a mean: the job's gradient is the plain sum.
    averageGradients(m_parameters, 1.0, &metrics, ownShare(jobRows));
    m_optimizer->step();
    return metrics.finish(metricNames());
}

at::Tensor VaeModel::reconstructionSum(const at::Tensor& output, const at::Tensor& x) const
{
    if (m_bernoulli)
        return F::binary_cross_entropy_with_logits(
            output, x, F::BinaryCrossEntropyWithLogitsFuncOptions().reduction(torch::kSum));
    if (m_imageData)
        return (output.sigmoid() - x).square().sum() * m_squaredErrorScale;
    return (output - x).square().sum() * m_squaredErrorScale;
}

VaeModel::LossSums VaeModel::evaluateLoss(const at::Tensor& batch, at::Generator& random)
{
    torch::NoGradGuard noGrad;
    const at::Tensor x = batch.to(m_device, torch::kFloat32);
    m_encoder->eval();
    m_decoder->eval();
    const at::Tensor statistics = m_encoder->forward(x);
    const at::Tensor mu = statistics.narrow(1, 0, m_layout.latentDim);
    const at::Tensor logVariance = statistics.narrow(1, m_layout.latentDim, m_layout.latentDim);
    at::Tensor epsilon = torch::empty({x.size(0), m_layout.latentDim}, torch::kFloat32);
    epsilon.normal_(0.0, 1.0, random);
    const at::Tensor z = mu + epsilon.to(m_device) * (logVariance * 0.5).exp();
    const at::Tensor output = m_decoder->forward(z);
    LossSums sums;
    sums.reconstruction = reconstructionSum(output, x).item<double>();
    if (!m_bernoulli)
        sums.reconstruction += double(x.numel()) * m_gaussianLogNormaliser;
    const at::Tensor perDimension = klSumPerDimension(mu, logVariance).to(torch::kCPU, torch::kDouble);
    sums.klPerDimension.assign(perDimension.data_ptr<double>(),
                               perDimension.data_ptr<double>() + perDimension.numel());
    sums.kl = perDimension.sum().item<double>();
    m_encoder->train();
    m_decoder->train();
    return sums;
}

at::Tensor VaeModel::klSumPerDimension(const at::Tensor& mu, const at::Tensor& logVariance)
{
    return (1.0 + logVariance - mu.square() - logVariance.exp()).sum(0) * -0.5;
}

at::Tensor VaeModel::sample(const at::Tensor& z)
{
    torch::NoGradGuard noGrad;
    m_decoder->eval();
    at::Tensor output = m_decoder->forward(z.to(m_device, torch::kFloat32));
    m_decoder->train();
    return mapDecoderOutput(output, mapping());
}

at::Tensor VaeModel::encode(const at::Tensor& x)
{
    torch::NoGradGuard noGrad;
    m_encoder->eval();
    const at::Tensor statistics = m_encoder->forward(x.to(m_device, torch::kFloat32));
    m_encoder->train();
    return statistics.narrow(1, 0, m_layout.latentDim).contiguous();
}

std::unique_ptr<GenerativeModel> VaeModel::samplingCopy() const
{
    SamplingCopy::Parts parts = samplingParts();
    parts.mapping = mapping();
    parts.decoder = m_decoder;
    parts.encoder = m_encoder;
    return std::make_unique<SamplingCopy>(parts);
}

} // namespace genlab::models
