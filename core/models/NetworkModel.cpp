#include "NetworkModel.h"

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
