#include "NetworkModel.h"

#include "DataParallelLink.h"
#include "MetricCollector.h"
#include "ModelArchive.h"
#include "common/InputError.h"
#include "common/TorchApi.h"

#include <ATen/CPUGeneratorImpl.h>

#include <QCoreApplication>

namespace genlab::models {

NetworkModel::NetworkModel(const QString& kind, std::vector<int64_t> sampleShape, HyperParameterSet settings,
                           uint64_t seed, c10::Device device)
    : m_settings(std::move(settings)), m_device(device),
      m_random(at::make_generator<at::CPUGeneratorImpl>(seed)), m_kind(kind)
{
    m_imageData = sampleShape.size() == 3;
    m_layout.sampleShape = std::move(sampleShape);
    m_layout.latentDim = m_settings.integer(QStringLiteral("latent_dim"));
    m_layout.convolutional = m_settings.choice(QStringLiteral("network")) == QLatin1String("conv");
    m_layout.width = m_settings.integer(QStringLiteral("width"));
    m_layout.depth = m_settings.integer(QStringLiteral("depth"));
    if (m_settings.contains(QStringLiteral("channels")))
        m_layout.channels = m_settings.integer(QStringLiteral("channels"));
}

NetworkModel::~NetworkModel() = default;

void NetworkModel::addNetwork(const char* key, const Network& network, bool trained)
{
    m_networks.push_back({key, network, trained});
}

torch::optim::Optimizer& NetworkModel::addOptimizer(const char* key,
                                                    const std::vector<at::Tensor>& parameters,
                                                    const OptimizerSettings& settings)
{
    m_optimizers.push_back({key, OptimizerFactory::create(parameters, settings), &settings});
    return *m_optimizers.back().optimizer;
}

QString NetworkModel::signature() const
{
    // Every optimiser of a model is of the one kind the "optimizer" setting names.
    return m_layout.signature(m_settings.choice(QStringLiteral("network")),
                              m_settings.choice(QStringLiteral("optimizer")));
}

void NetworkModel::applyOptimizerSettings()
{
    for (const NamedOptimizer& entry : m_optimizers)
        OptimizerFactory::apply(*entry.optimizer, *entry.settings);
}

void NetworkModel::setHyperParameter(const QString& name, const QVariant& value)
{
    m_settings.setLive(name, value);
    readSettings();
    applyOptimizerSettings();
}

void NetworkModel::save(torch::serialize::OutputArchive& output) const
{
    ModelArchive archive(output);
    archive.writeIdentity(m_kind, signature());
    archive.writeSettings(m_settings.values());
    for (const NamedNetwork& entry : m_networks)
        archive.writeNetwork(entry.key, entry.network);
    for (const NamedOptimizer& entry : m_optimizers)
        archive.writeOptimizer(entry.key, *entry.optimizer);
    archive.writeTensor("random_state", m_random.get_state());
    saveState(archive);
}

void NetworkModel::load(torch::serialize::InputArchive& input)
{
    try {
        ModelArchive archive(input);
        archive.checkIdentity(m_kind, signature());
        const QVariantMap settings = archive.readSettings();
        for (const NamedNetwork& entry : m_networks)
            archive.readNetwork(entry.key, entry.network);
        const at::Tensor randomState = archive.readTensor("random_state");
        stageState(archive);
        archive.commit();
        // Optimiser state is read after the live settings are back, and those settings are
        // applied over the learning rates and betas the optimiser's state recorded.
        m_settings.restoreLive(settings);
        readSettings();
        for (const NamedOptimizer& entry : m_optimizers)
            archive.readOptimizer(entry.key, *entry.optimizer);
        applyOptimizerSettings();
        m_random.set_state(randomState);
        commitState();
    } catch (const c10::Error& error) {
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "model archive: cannot be read as a %1 model: %2")
                .arg(m_kind, QString::fromStdString(error.what_without_backtrace())));
    }
}

std::vector<NamedTensor> NetworkModel::trainedParameters() const
{
    std::vector<NamedTensor> parameters;
    for (const NamedNetwork& entry : m_networks)
        if (entry.trained)
            NetworkFactory::appendNamedParameters(entry.network, QString::fromLatin1(entry.key), parameters);
    return parameters;
}

void NetworkModel::joinDataParallel(std::shared_ptr<DataParallelLink> link)
{
    std::vector<at::Tensor> state;
    for (const NamedNetwork& entry : m_networks) {
        for (const at::Tensor& parameter : entry.network->parameters())
            state.push_back(parameter.detach());
        for (const at::Tensor& buffer : entry.network->buffers())
            state.push_back(buffer);
    }
    {
        torch::NoGradGuard noGrad;
        link->broadcastInPlace(state);
    }
    m_link = link->size() > 1 ? std::move(link) : nullptr;
}

std::pair<int64_t, int64_t> NetworkModel::ownUnits(int64_t units) const
{
    if (!m_link)
        return {0, units};
    const int64_t rank = m_link->rank();
    const int64_t size = m_link->size();
    return {units * rank / size, units * (rank + 1) / size};
}

at::Tensor NetworkModel::ownRows(const at::Tensor& whole, int64_t unit) const
{
    if (!m_link)
        return whole;
    const auto [begin, end] = ownUnits(whole.size(0) / unit);
    return whole.narrow(0, begin * unit, (end - begin) * unit);
}

double NetworkModel::ownShare(int64_t rows, int64_t unit) const
{
    const int64_t units = rows / unit;
    if (!m_link || units == 0)
        return 1.0;
    const auto [begin, end] = ownUnits(units);
    return static_cast<double>(end - begin) / static_cast<double>(units);
}

void NetworkModel::averageGradients(const std::vector<at::Tensor>& parameters, double share,
                                    MetricCollector* metrics, double metricShare)
{
    if (!m_link)
        return;
    torch::NoGradGuard noGrad;
    std::vector<at::Tensor> gradients;
    gradients.reserve(parameters.size());
    for (const at::Tensor& parameter : parameters)
        if (parameter.grad().defined())
            gradients.push_back(parameter.grad());
    // One flat buffer: a single all-reduce instead of one per tensor (small nets have dozens).
    std::vector<at::Tensor> pieces;
    pieces.reserve(gradients.size() + 1);
    for (const at::Tensor& gradient : gradients)
        pieces.push_back(gradient.reshape({-1}).mul(share));
    const int64_t metricCount = metrics ? metrics->count() : 0;
    if (metricCount > 0)
        pieces.push_back(metrics->collected().to(m_device).mul_(metricShare));
    if (pieces.empty())
        return;
    std::vector<at::Tensor> flat{torch::cat(pieces)};
    m_link->sumInPlace(flat);
    if (metricCount > 0)
        metrics->replaceCollected(flat[0].narrow(0, flat[0].numel() - metricCount, metricCount));
    int64_t offset = 0;
    for (at::Tensor& gradient : gradients) {
        const int64_t count = gradient.numel();
        gradient.copy_(flat[0].narrow(0, offset, count).view_as(gradient));
        offset += count;
    }
}

SamplingCopy::Parts NetworkModel::samplingParts() const
{
    SamplingCopy::Parts parts;
    parts.kind = m_kind;
    parts.sampleShape = m_layout.sampleShape;
    parts.latentDim = m_layout.latentDim;
    parts.specs = m_settings.specs();
    parts.settings = m_settings.values();
    return parts;
}

} // namespace genlab::models
