#include "StateDictExport.h"

#include "common/InputError.h"
#include "common/TorchApi.h"
#include "models/SamplingCopy.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace genlab::exporting {

namespace {

namespace nn = torch::nn;

QString pythonBool(bool value)
{
    return value ? QStringLiteral("True") : QStringLiteral("False");
}

QString pythonTuple(at::IntArrayRef values)
{
    QStringList items;
    for (int64_t value : values)
        items << QString::number(value);
    return items.size() == 1 ? QStringLiteral("(%1,)").arg(items.first())
                             : QStringLiteral("(%1)").arg(items.join(QStringLiteral(", ")));
}

// One LibTorch layer as the torch.nn constructor call that gives the same parameter names
// and shapes, so that load_state_dict accepts the exported dictionary unchanged.
QString pythonLayer(const nn::Module& module)
{
    if (const auto* linear = module.as<nn::Linear>()) {
        const auto& o = linear->options;
        return QStringLiteral("nn.Linear(%1, %2, bias=%3)")
            .arg(o.in_features())
            .arg(o.out_features())
            .arg(pythonBool(o.bias()));
    }
    if (const auto* conv = module.as<nn::Conv2d>()) {
        const auto& o = conv->options;
        return QStringLiteral("nn.Conv2d(%1, %2, %3, stride=%4, padding=%5, bias=%6)")
            .arg(o.in_channels())
            .arg(o.out_channels())
            .arg(pythonTuple(*o.kernel_size()), pythonTuple(*o.stride()),
                 pythonTuple(*c10::get<torch::ExpandingArray<2>>(o.padding())), pythonBool(o.bias()));
    }
    if (const auto* deconv = module.as<nn::ConvTranspose2d>()) {
        const auto& o = deconv->options;
        return QStringLiteral("nn.ConvTranspose2d(%1, %2, %3, stride=%4, padding=%5, bias=%6)")
            .arg(o.in_channels())
            .arg(o.out_channels())
            .arg(pythonTuple(*o.kernel_size()), pythonTuple(*o.stride()),
                 pythonTuple(*c10::get<torch::ExpandingArray<2>>(o.padding())), pythonBool(o.bias()));
    }
    if (const auto* norm = module.as<nn::BatchNorm2d>())
        return QStringLiteral("nn.BatchNorm2d(%1, eps=%2, momentum=%3)")
            .arg(norm->options.num_features())
            .arg(norm->options.eps())
            .arg(norm->options.momentum().value_or(0.1));
    if (const auto* norm = module.as<nn::BatchNorm1d>())
        return QStringLiteral("nn.BatchNorm1d(%1, eps=%2, momentum=%3)")
            .arg(norm->options.num_features())
            .arg(norm->options.eps())
            .arg(norm->options.momentum().value_or(0.1));
    if (const auto* leaky = module.as<nn::LeakyReLU>())
        return QStringLiteral("nn.LeakyReLU(%1)").arg(leaky->options.negative_slope());
    if (module.as<nn::ReLU>())
        return QStringLiteral("nn.ReLU()");
    if (module.as<nn::Tanh>())
        return QStringLiteral("nn.Tanh()");
    if (module.as<nn::Sigmoid>())
        return QStringLiteral("nn.Sigmoid()");
    if (const auto* flatten = module.as<nn::Flatten>())
        return QStringLiteral("nn.Flatten(%1, %2)")
            .arg(flatten->options.start_dim())
            .arg(flatten->options.end_dim());
    if (const auto* unflatten = module.as<nn::Unflatten>())
        return QStringLiteral("nn.Unflatten(%1, %2)")
            .arg(unflatten->options.dim())
            .arg(pythonTuple(unflatten->options.sizes()));
    throw InputError(QCoreApplication::translate("genlab::Errors",
                                                 "weights export: no torch.nn equivalent for the layer %1")
                         .arg(QString::fromStdString(module.name())));
}

QString pythonModule(const models::Network& network)
{
    QStringList layers;
    for (const auto& child : network->children())
        layers << pythonLayer(*child);
    return QStringLiteral("nn.Sequential(%1)").arg(layers.join(QStringLiteral(", ")));
}

c10::impl::GenericDict stateDict(const models::Network& network)
{
    c10::impl::GenericDict dict(c10::StringType::get(), c10::TensorType::get());
    for (const auto& item : network->named_parameters())
        dict.insert(item.key(), item.value().detach().to(torch::kCPU).clone());
    for (const auto& item : network->named_buffers())
        dict.insert(item.key(), item.value().detach().to(torch::kCPU).clone());
    return dict;
}

std::string outputName(models::OutputMapping mapping)
{
    switch (mapping) {
    case models::OutputMapping::TanhToUnit:
        return "tanh";
    case models::OutputMapping::LogitsToUnit:
        return "logits";
    case models::OutputMapping::Identity:
        break;
    }
    return "identity";
}

} // namespace

QByteArray StateDictExport::encode(const models::GenerativeModel& model)
{
    const std::unique_ptr<models::GenerativeModel> copy = model.samplingCopy();
    const auto* frozen = dynamic_cast<const models::SamplingCopy*>(copy.get());
    if (!frozen)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "weights export: %1 gives no copy of its networks")
                .arg(model.kind()));
    const models::SamplingCopy::Parts& parts = frozen->parts();

    c10::impl::GenericDict root(c10::StringType::get(), c10::AnyType::get());
    root.insert("format", std::string("genlab-weights-1"));
    root.insert("model", parts.kind.toStdString());
    root.insert("latent_dim", parts.latentDim);
    root.insert("sample_shape", c10::List<int64_t>(parts.sampleShape));
    root.insert("output", outputName(parts.mapping));
    const std::pair<const char*, models::Network> networks[] = {
        {"decoder", parts.decoder}, {"encoder", parts.encoder}, {"critic", parts.critic}};
    for (const auto& [name, network] : networks) {
        if (!network)
            continue;
        root.insert(name, stateDict(network));
        root.insert(std::string(name) + "_module", pythonModule(network).toStdString());
    }
    const std::vector<char> bytes = torch::pickle_save(c10::IValue(root));
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

void StateDictExport::write(const QString& file, const models::GenerativeModel& model)
{
    const QByteArray bytes = encode(model);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: cannot write: %2")
                             .arg(file, out.errorString()));
}

} // namespace genlab::exporting
