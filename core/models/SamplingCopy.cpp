#include "SamplingCopy.h"

#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QCoreApplication>

namespace genlab::models {

namespace {

Network frozenCopy(const Network& network)
{
    if (!network)
        return nullptr;
    Network copy = NetworkFactory::deepCopy(network, network->parameters().front().device());
    copy->eval();
    for (at::Tensor& parameter : copy->parameters())
        parameter.set_requires_grad(false);
    return copy;
}

} // namespace

at::Tensor mapDecoderOutput(const at::Tensor& raw, OutputMapping mapping)
{
    switch (mapping) {
    case OutputMapping::TanhToUnit:
        return raw.add(1.0).mul_(0.5);
    case OutputMapping::LogitsToUnit:
        return raw.sigmoid();
    case OutputMapping::Identity:
        break;
    }
    return raw;
}

SamplingCopy::SamplingCopy(const Parts& parts) : m_parts(parts)
{
    m_parts.decoder = frozenCopy(parts.decoder);
    m_parts.encoder = frozenCopy(parts.encoder);
    m_parts.critic = frozenCopy(parts.critic);
}

StepMetrics SamplingCopy::trainStep(const at::Tensor&, StepPart)
{
    throw InputError(QCoreApplication::translate("genlab::Errors", "%1: a sampling copy cannot be trained")
                         .arg(m_parts.kind));
}

at::Tensor SamplingCopy::sample(const at::Tensor& z)
{
    torch::NoGradGuard noGrad;
    return mapDecoderOutput(m_parts.decoder->forward(z), m_parts.mapping);
}

at::Tensor SamplingCopy::encode(const at::Tensor& x)
{
    return encodeStatistics(x).narrow(1, 0, m_parts.latentDim).contiguous();
}

at::Tensor SamplingCopy::encodeStatistics(const at::Tensor& x)
{
    if (!m_parts.encoder)
        return GenerativeModel::encode(x);
    torch::NoGradGuard noGrad;
    const at::Tensor input = m_parts.mapping == OutputMapping::TanhToUnit ? x * 2.0 - 1.0 : x;
    return m_parts.encoder->forward(input);
}

at::Tensor SamplingCopy::critic(const at::Tensor& x)
{
    if (!m_parts.critic)
        return GenerativeModel::critic(x);
    torch::NoGradGuard noGrad;
    const at::Tensor input = m_parts.mapping == OutputMapping::TanhToUnit ? x * 2.0 - 1.0 : x;
    if (m_parts.criticPack == 1)
        return m_parts.critic->forward(input).view({-1});
    // As AdversarialModel::critic: each item judged as a pack of copies of itself.
    std::vector<int64_t> shape = input.sizes().vec();
    shape[1] *= m_parts.criticPack;
    return m_parts.critic->forward(input.repeat_interleave(m_parts.criticPack, 0).reshape(shape)).view({-1});
}

void SamplingCopy::setHyperParameter(const QString&, const QVariant&)
{
    throw InputError(QCoreApplication::translate("genlab::Errors", "%1: a sampling copy has no live settings")
                         .arg(m_parts.kind));
}

void SamplingCopy::save(torch::serialize::OutputArchive&) const
{
    throw InputError(QCoreApplication::translate("genlab::Errors", "%1: a sampling copy cannot be saved")
                         .arg(m_parts.kind));
}

void SamplingCopy::load(torch::serialize::InputArchive&)
{
    throw InputError(QCoreApplication::translate("genlab::Errors", "%1: a sampling copy cannot be loaded")
                         .arg(m_parts.kind));
}

std::unique_ptr<GenerativeModel> SamplingCopy::samplingCopy() const
{
    return std::make_unique<SamplingCopy>(m_parts);
}

} // namespace genlab::models
