#include "NetworkFactory.h"

#include <QStringList>

#include "MkldnnConvTranspose2d.h"
#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QCoreApplication>
#include <QString>

#include <cmath>

namespace genlab::models {

QString NetworkLayout::signature(const QString& network, const QString& optimizer) const
{
    QStringList sizes;
    for (int64_t size : sampleShape)
        sizes << QString::number(size);
    return QStringLiteral("shape=%1 network=%2 latent=%3 width=%4 depth=%5 channels=%6 optimizer=%7")
        .arg(sizes.join(QLatin1Char('x')), network)
        .arg(latentDim)
        .arg(width)
        .arg(depth)
        .arg(channels)
        .arg(optimizer);
}

namespace nn = torch::nn;

namespace {

constexpr double kLeakySlope = 0.2;   // DCGAN's discriminator slope
constexpr double kConvInitStd = 0.02; // DCGAN initialisation

int64_t elementCount(const std::vector<int64_t>& shape)
{
    int64_t count = 1;
    for (int64_t size : shape)
        count *= size;
    return count;
}

bool isImage(const NetworkLayout& layout)
{
    return layout.sampleShape.size() == 3;
}

void addHidden(nn::Sequential& net, HiddenActivation hidden)
{
    if (hidden == HiddenActivation::Relu)
        net->push_back(nn::ReLU());
    else
        net->push_back(nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(kLeakySlope)));
}

} // namespace

int64_t NetworkFactory::convStages(const std::vector<int64_t>& sampleShape)
{
    if (sampleShape.size() != 3)
        throw InputError(QCoreApplication::translate(
            "genlab::Errors", "network: conv needs images; use network=mlp for points"));
    int64_t height = sampleShape[1];
    int64_t width = sampleShape[2];
    int64_t stages = 0;
    while (std::min(height, width) > 8 && height % 2 == 0 && width % 2 == 0) {
        height /= 2;
        width /= 2;
        ++stages;
    }
    if (stages == 0)
        throw InputError(
            QCoreApplication::translate("genlab::Errors",
                                        "network: conv needs even image sides above 8 (got %1x%2); use "
                                        "network=mlp")
                .arg(sampleShape[1])
                .arg(sampleShape[2]));
    return stages;
}

Network NetworkFactory::decoder(const NetworkLayout& layout, OutputActivation output,
                                at::Generator& generator)
{
    nn::Sequential net;
    if (!layout.convolutional) {
        int64_t inputs = layout.latentDim;
        for (int64_t i = 0; i < layout.depth; ++i) {
            net->push_back(nn::Linear(inputs, layout.width));
            addHidden(net, HiddenActivation::Relu);
            inputs = layout.width;
        }
        net->push_back(nn::Linear(inputs, elementCount(layout.sampleShape)));
        if (output == OutputActivation::Tanh)
            net->push_back(nn::Tanh());
        if (isImage(layout))
            net->push_back(nn::Unflatten(nn::UnflattenOptions(1, layout.sampleShape)));
    } else {
        const int64_t stages = convStages(layout.sampleShape);
        const int64_t height = layout.sampleShape[1] >> stages;
        const int64_t width = layout.sampleShape[2] >> stages;
        int64_t channels = layout.channels << (stages - 1);
        net->push_back(nn::Linear(layout.latentDim, channels * height * width));
        net->push_back(nn::Unflatten(nn::UnflattenOptions(1, {channels, height, width})));
        net->push_back(nn::BatchNorm2d(channels));
        net->push_back(nn::ReLU());
        for (int64_t stage = 0; stage < stages; ++stage) {
            const bool last = stage == stages - 1;
            const int64_t next = last ? layout.sampleShape[0] : channels / 2;
            net->push_back(MkldnnConvTranspose2d(
                nn::ConvTranspose2dOptions(channels, next, 4).stride(2).padding(1).bias(last)));
            if (!last) {
                net->push_back(nn::BatchNorm2d(next));
                net->push_back(nn::ReLU());
            }
            channels = next;
        }
        if (output == OutputActivation::Tanh)
            net->push_back(nn::Tanh());
    }
    initialise(*net, generator);
    return net.ptr();
}

FeatureNetwork NetworkFactory::features(const NetworkLayout& layout, HiddenActivation hidden, bool batchNorm,
                                        at::Generator& generator)
{
    nn::Sequential net;
    int64_t featureCount = 0;
    if (!layout.convolutional) {
        if (isImage(layout))
            net->push_back(nn::Flatten());
        int64_t inputs = elementCount(layout.sampleShape);
        for (int64_t i = 0; i < layout.depth; ++i) {
            net->push_back(nn::Linear(inputs, layout.width));
            addHidden(net, hidden);
            inputs = layout.width;
        }
        featureCount = inputs;
    } else {
        const int64_t stages = convStages(layout.sampleShape);
        int64_t channels = layout.sampleShape[0];
        int64_t next = layout.channels;
        for (int64_t stage = 0; stage < stages; ++stage) {
            const bool normalised = batchNorm && stage > 0;
            net->push_back(
                nn::Conv2d(nn::Conv2dOptions(channels, next, 4).stride(2).padding(1).bias(!normalised)));
            if (normalised)
                net->push_back(nn::BatchNorm2d(next));
            addHidden(net, hidden);
            channels = next;
            next *= 2;
        }
        net->push_back(nn::Flatten());
        featureCount = channels * (layout.sampleShape[1] >> stages) * (layout.sampleShape[2] >> stages);
    }
    initialise(*net, generator);
    return {net.ptr(), featureCount};
}

Network NetworkFactory::withHead(const FeatureNetwork& features, int64_t outputs, at::Generator& generator)
{
    nn::Linear head(features.featureCount, outputs);
    initialise(*head, generator);
    features.network->push_back(head);
    return features.network;
}

Network NetworkFactory::deepCopy(const Network& network, c10::Device device)
{
    return std::dynamic_pointer_cast<nn::SequentialImpl>(network->clone(device));
}

void NetworkFactory::appendNamedParameters(const Network& network, const QString& prefix,
                                           std::vector<NamedTensor>& out)
{
    for (const auto& item : network->named_parameters(/*recurse=*/true))
        out.push_back({prefix + QLatin1Char('.') + QString::fromStdString(item.key()), item.value()});
}

void NetworkFactory::initialise(nn::Module& module, at::Generator& generator)
{
    torch::NoGradGuard noGrad;
    for (const auto& child : module.modules(/*include_self=*/true)) {
        if (auto* linear = child->as<nn::Linear>()) {
            // PyTorch's default: U(-1/sqrt(fan_in), 1/sqrt(fan_in)) for weight and bias.
            const double bound = 1.0 / std::sqrt(static_cast<double>(linear->options.in_features()));
            linear->weight.uniform_(-bound, bound, generator);
            if (linear->bias.defined())
                linear->bias.uniform_(-bound, bound, generator);
        } else if (auto* conv = child->as<nn::Conv2d>()) {
            conv->weight.normal_(0.0, kConvInitStd, generator);
            if (conv->bias.defined())
                conv->bias.zero_();
        } else if (auto* deconv = child->as<nn::ConvTranspose2d>()) {
            deconv->weight.normal_(0.0, kConvInitStd, generator);
            if (deconv->bias.defined())
                deconv->bias.zero_();
        } else if (auto* norm = child->as<nn::BatchNorm2d>()) {
            norm->weight.normal_(1.0, kConvInitStd, generator);
            norm->bias.zero_();
        }
    }
}

} // namespace genlab::models
