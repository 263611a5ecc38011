#include "AdversarialModel.h"

#include "MetricCollector.h"
#include "ModelArchive.h"
#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QCoreApplication>

namespace genlab::models {

namespace F = torch::nn::functional;

namespace {

constexpr double kNormEpsilon = 1e-12; // keeps the norm's gradient finite at a zero gradient

} // namespace

at::Tensor gradientPenalty(const std::function<at::Tensor(const at::Tensor&)>& critic, const at::Tensor& real,
                           const at::Tensor& fake, const at::Tensor& alpha, double weight)
{
    const at::Tensor interpolates = (fake + alpha * (real - fake)).detach().requires_grad_(true);
    const at::Tensor scores = critic(interpolates);
    const at::Tensor gradient = torch::autograd::grad({scores.sum()}, {interpolates}, /*grad_outputs=*/{},
                                                      /*retain_graph=*/true, /*create_graph=*/true)[0];
    const at::Tensor norm = gradient.flatten(1).square().sum(1).add(kNormEpsilon).sqrt();
    return (norm - 1.0).square().mean().mul(weight);
}

AdversarialModel::AdversarialModel(const QString& kind, std::vector<int64_t> sampleShape,
                                   HyperParameterSet settings, uint64_t seed, c10::Device device)
    : NetworkModel(kind, std::move(sampleShape), std::move(settings), seed, device)
{
    m_objective = (kind == QLatin1String("wgan") || kind == QLatin1String("wgan-gp")) ? Objective::Wasserstein
                                                                                      : Objective::Logistic;
    m_gradientPenalty = kind == QLatin1String("wgan-gp");
    m_weightClipping = kind == QLatin1String("wgan");
    m_variationalRegulariser = kind == QLatin1String("vigan");
    // Batch norm in the critic would make the gradient penalty depend on the whole batch.
    m_discriminatorBatchNorm = m_layout.convolutional && !m_gradientPenalty;
    readSettings();

    m_generator = NetworkFactory::decoder(
        m_layout, m_imageData ? OutputActivation::Tanh : OutputActivation::None, m_random);
    // PacGAN: the discriminator's input holds m samples, m times as wide (points) or with m
    // times the channels (images).
    NetworkLayout discriminatorLayout = m_layout;
    discriminatorLayout.sampleShape[0] *= m_pack;
    m_discriminator =
        NetworkFactory::withHead(NetworkFactory::features(discriminatorLayout, HiddenActivation::LeakyRelu,
                                                          m_discriminatorBatchNorm, m_random),
                                 1, m_random);
    m_generator->to(m_device);
    m_discriminator->to(m_device);
    if (m_variationalRegulariser) {
        m_anchor = NetworkFactory::deepCopy(m_generator, m_device);
        for (at::Tensor& parameter : m_anchor->parameters())
            parameter.set_requires_grad(false);
    }
    addNetwork("generator", m_generator);
    addNetwork("discriminator", m_discriminator);
    if (m_anchor) // a frozen copy: saved, so that a resumed run pulls towards the same G_old
        addNetwork("anchor", m_anchor, /*trained=*/false);
    m_generatorParameters = m_generator->parameters();
    m_discriminatorParameters = m_discriminator->parameters();
    m_optimizerGenerator = &addOptimizer("optimizer_g", m_generatorParameters, m_optimizerG);
    m_optimizerDiscriminator = &addOptimizer("optimizer_d", m_discriminatorParameters, m_optimizerD);
}

AdversarialModel::~AdversarialModel() = default;

void AdversarialModel::readSettings()
{
    const auto has = [this](const char* name) { return m_settings.contains(QLatin1String(name)); };
    m_batchSize = m_settings.integer(QStringLiteral("batch_size"));
    m_discriminatorSteps = m_settings.integer(QStringLiteral("d_steps"));
    m_saturatingLoss =
        has("g_loss") && m_settings.choice(QStringLiteral("g_loss")) == QLatin1String("saturating");
    m_clip = has("clip") ? m_settings.real(QStringLiteral("clip")) : 0.0;
    m_gradientPenaltyWeight = has("gp_weight") ? m_settings.real(QStringLiteral("gp_weight")) : 0.0;
    m_viLambda = has("vi_lambda") ? m_settings.real(QStringLiteral("vi_lambda")) : 0.0;
    m_viPeriod = has("vi_period") ? m_settings.integer(QStringLiteral("vi_period")) : 1;
    m_pack = has("pack") ? m_settings.integer(QStringLiteral("pack")) : 1;
    m_optimizerD = OptimizerFactory::settingsFrom(m_settings, QStringLiteral("lr_d"));
    m_optimizerG = OptimizerFactory::settingsFrom(m_settings, QStringLiteral("lr_g"));
}

int64_t AdversarialModel::realBatchSize(StepPart part) const
{
    switch (part) {
    case StepPart::Both:
        return m_batchSize * m_discriminatorSteps;
    case StepPart::DiscriminatorOnly:
        return m_batchSize;
    case StepPart::GeneratorOnly:
        return 0; // the generator's update needs no real data
    }
    return m_batchSize;
}

QStringList AdversarialModel::metricNames() const
{
    QStringList names{QStringLiteral("loss_d"), QStringLiteral("loss_g"), QStringLiteral("d_real"),
                      QStringLiteral("d_fake")};
    if (m_objective == Objective::Wasserstein)
        names << QStringLiteral("wasserstein");
    if (m_gradientPenalty)
        names << QStringLiteral("gp");
    if (m_variationalRegulariser)
        names << QStringLiteral("vi_reg");
    names << QStringLiteral("grad_g");
    return names;
}

at::Tensor AdversarialModel::toNetworkRange(const at::Tensor& data) const
{
    const at::Tensor onDevice = data.to(m_device, torch::kFloat32);
    return m_imageData ? onDevice * 2.0 - 1.0 : onDevice;
}

at::Tensor& AdversarialModel::noise(int64_t count)
{
    if (!m_noise.defined() || m_noise.size(0) != count)
        m_noise = torch::empty({count, m_layout.latentDim}, torch::kFloat32);
    m_noise.normal_(0.0, 1.0, m_random);
    if (!m_device.is_cpu()) {
        m_noiseOnDevice = m_noise.to(m_device);
        return m_noiseOnDevice;
    }
    return m_noise;
}

at::Tensor AdversarialModel::packed(const at::Tensor& samples) const
{
    if (m_pack == 1)
        return samples;
    const int64_t packs = samples.size(0) / m_pack;
    std::vector<int64_t> shape = samples.sizes().vec();
    shape[0] = packs;
    shape[1] *= m_pack;
    // Row-major: the m samples of a pack are consecutive rows, so a reshape lays them side by
    // side (or stacks their channels) without copying what is already contiguous.
    return samples.narrow(0, 0, packs * m_pack).reshape(shape);
}

std::pair<at::Tensor, at::Tensor> AdversarialModel::criticScores(const at::Tensor& real,
                                                                 const at::Tensor& fake)
{
    if (m_discriminatorBatchNorm) // real and fake batches normalised separately, as in DCGAN
        return {m_discriminator->forward(real).view({-1}), m_discriminator->forward(fake).view({-1})};
    const at::Tensor scores = m_discriminator->forward(torch::cat({real, fake})).view({-1});
    return {scores.narrow(0, 0, real.size(0)), scores.narrow(0, real.size(0), fake.size(0))};
}

void AdversarialModel::discriminatorUpdate(const at::Tensor& real, MetricCollector* metrics,
                                           bool lastExchange)
{
    // `real` is the whole job's slice for this update; this process trains on its own packs.
    const int64_t rows = real.size(0);
    at::Tensor fake;
    {
        torch::NoGradGuard noGrad;
        fake = packed(m_generator->forward(ownRows(noise(rows), m_pack)));
    }
    const at::Tensor realPacks = packed(ownRows(real, m_pack));
    const auto [realScores, fakeScores] = criticScores(realPacks, fake);
    at::Tensor loss = m_objective == Objective::Logistic
                          ? F::softplus(-realScores).mean() + F::softplus(fakeScores).mean()
                          : fakeScores.mean() - realScores.mean();
    at::Tensor penalty;
    if (m_gradientPenalty) {
        const int64_t jobPacks = rows / m_pack;
        std::vector<int64_t> alphaShape(realPacks.dim(), 1);
        alphaShape[0] = jobPacks;
        if (!m_alpha.defined() || m_alpha.size(0) != jobPacks)
            m_alpha = torch::empty(alphaShape, torch::kFloat32);
        m_alpha.uniform_(0.0, 1.0, m_random);
        penalty = gradientPenalty([this](const at::Tensor& x) { return m_discriminator->forward(x); },
                                  realPacks, fake, ownRows(m_alpha).to(m_device), m_gradientPenaltyWeight);
        loss = loss + penalty;
    }
    if (metrics) {
        metrics->add(QStringLiteral("loss_d"), loss);
        if (m_objective == Objective::Logistic) {
            metrics->add(QStringLiteral("d_real"), realScores.detach().sigmoid().mean());
            metrics->add(QStringLiteral("d_fake"), fakeScores.detach().sigmoid().mean());
        } else {
            const at::Tensor realMean = realScores.detach().mean();
            const at::Tensor fakeMean = fakeScores.detach().mean();
            metrics->add(QStringLiteral("d_real"), realMean);
            metrics->add(QStringLiteral("d_fake"), fakeMean);
            metrics->add(QStringLiteral("wasserstein"), realMean - fakeMean);
        }
        if (penalty.defined())
            metrics->add(QStringLiteral("gp"), penalty);
    }
    OptimizerFactory::clearGradients(m_discriminatorParameters);
    loss.backward();
    const double share = ownShare(rows, m_pack);
    averageGradients(m_discriminatorParameters, share, lastExchange ? metrics : nullptr, share);
    m_optimizerDiscriminator->step();
    if (m_weightClipping) {
        torch::NoGradGuard noGrad;
        for (at::Tensor& parameter : m_discriminatorParameters)
            parameter.clamp_(-m_clip, m_clip);
    }
    ++m_discriminatorUpdates;
}

void AdversarialModel::refreshAnchor()
{
    torch::NoGradGuard noGrad;
    const auto source = m_generator->named_parameters();
    const auto target = m_anchor->named_parameters();
    for (const auto& parameter : source)
        target[parameter.key()].copy_(parameter.value());
    const auto sourceBuffers = m_generator->named_buffers();
    const auto targetBuffers = m_anchor->named_buffers();
    for (const auto& buffer : sourceBuffers)
        targetBuffers[buffer.key()].copy_(buffer.value());
}

void AdversarialModel::generatorUpdate(MetricCollector& metrics)
{
    const at::Tensor z = ownRows(noise(m_batchSize), m_pack);
    const at::Tensor fake = m_generator->forward(z);
    const at::Tensor scores = m_discriminator->forward(packed(fake)).view({-1});
    at::Tensor loss;
    if (m_objective == Objective::Wasserstein)
        loss = -scores.mean();
    else if (m_saturatingLoss)
        loss = -F::softplus(scores).mean(); // log(1 - D(G(z))), minimised
    else
        loss = F::softplus(-scores).mean(); // -log D(G(z))
    at::Tensor total = loss;
    if (m_variationalRegulariser) {
        // Refresh before the update, so the term is zero now and nonzero for the next k - 1.
        if (m_generatorUpdates % m_viPeriod == 0)
            refreshAnchor();
        at::Tensor anchored;
        {
            torch::NoGradGuard noGrad;
            anchored = m_anchor->forward(z);
        }
        const at::Tensor regulariser = (fake - anchored).square().flatten(1).sum(1).mean();
        total = loss + regulariser * m_viLambda;
        metrics.add(QStringLiteral("vi_reg"), regulariser);
    }
    OptimizerFactory::clearGradients(m_generatorParameters);
    // Only the generator's parameters receive gradients: no work is spent on D's weights.
    total.backward({}, c10::nullopt, false, m_generatorParameters);
    metrics.add(QStringLiteral("loss_g"), loss);
    const double share = ownShare(m_batchSize, m_pack);
    averageGradients(m_generatorParameters, share, &metrics, share);
    // Of the job's gradient: the same on every process, so it is not averaged again.
    metrics.addGradientNorm(QStringLiteral("grad_g"), m_generatorParameters);
    m_optimizerGenerator->step();
    ++m_generatorUpdates;
}

StepMetrics AdversarialModel::trainStep(const at::Tensor& realBatch, StepPart part)
{
    MetricCollector metrics;
    if (part != StepPart::GeneratorOnly) {
        if (!realBatch.defined() || realBatch.dim() == 0 || realBatch.size(0) == 0)
            throw InputError(QCoreApplication::translate(
                                 "genlab::Errors", "%1: a discriminator step needs a batch of real data")
                                 .arg(kind()));
        const at::Tensor real = toNetworkRange(realBatch);
        const int64_t available = real.size(0);
        const int64_t updates = part == StepPart::Both ? m_discriminatorSteps : 1;
        // Each critic update gets its own slice; a batch too small to share is reused whole.
        const int64_t slice = available < updates ? available : std::min(available / updates, m_batchSize);
        for (int64_t i = 0; i < updates; ++i) {
            const at::Tensor updateReal = available < updates ? real : real.narrow(0, i * slice, slice);
            const bool last = i == updates - 1;
            discriminatorUpdate(updateReal, last ? &metrics : nullptr,
                                /*lastExchange=*/last && part == StepPart::DiscriminatorOnly);
        }
    }
    if (part != StepPart::DiscriminatorOnly)
        generatorUpdate(metrics);
    return metrics.finish(metricNames());
}

at::Tensor AdversarialModel::sample(const at::Tensor& z)
{
    torch::NoGradGuard noGrad;
    m_generator->eval();
    const at::Tensor raw = m_generator->forward(z.to(m_device, torch::kFloat32));
    m_generator->train();
    return mapDecoderOutput(raw, m_imageData ? OutputMapping::TanhToUnit : OutputMapping::Identity);
}

at::Tensor AdversarialModel::critic(const at::Tensor& x)
{
    torch::NoGradGuard noGrad;
    m_discriminator->eval();
    // A packing discriminator judges m copies of each point: its opinion of that point alone.
    const at::Tensor input = toNetworkRange(x);
    const at::Tensor scores =
        m_discriminator->forward(packed(m_pack == 1 ? input : input.repeat_interleave(m_pack, 0))).view({-1});
    m_discriminator->train();
    return scores;
}

void AdversarialModel::saveState(ModelArchive& archive) const
{
    archive.writeTensor("counters",
                        torch::tensor({m_generatorUpdates, m_discriminatorUpdates}, torch::kInt64));
}

void AdversarialModel::stageState(ModelArchive& archive)
{
    const at::Tensor counters = archive.readTensor("counters");
    if (counters.numel() != 2 || counters.scalar_type() != torch::kInt64)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "model archive: \"counters\" is malformed"));
    m_loadedCounters = counters;
}

void AdversarialModel::commitState()
{
    m_generatorUpdates = m_loadedCounters[0].item<int64_t>();
    m_discriminatorUpdates = m_loadedCounters[1].item<int64_t>();
    m_loadedCounters = at::Tensor();
}

std::unique_ptr<GenerativeModel> AdversarialModel::samplingCopy() const
{
    SamplingCopy::Parts parts = samplingParts();
    parts.mapping = m_imageData ? OutputMapping::TanhToUnit : OutputMapping::Identity;
    parts.decoder = m_generator;
    parts.critic = m_discriminator;
    parts.criticPack = m_pack;
    return std::make_unique<SamplingCopy>(parts);
}

} // namespace genlab::models
