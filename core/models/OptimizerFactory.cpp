#include "OptimizerFactory.h"

#include "FusedAdam.h"
#include "HyperParameterSet.h"

#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QCoreApplication>

namespace genlab::models {

OptimizerSettings OptimizerFactory::settingsFrom(const HyperParameterSet& settings,
                                                 const QString& learningRateName)
{
    OptimizerSettings result;
    result.name = settings.choice(QStringLiteral("optimizer"));
    result.learningRate = settings.real(learningRateName);
    result.beta1 = settings.real(QStringLiteral("beta1"));
    result.beta2 = settings.real(QStringLiteral("beta2"));
    result.momentum = settings.real(QStringLiteral("momentum"));
    return result;
}

namespace optim = torch::optim;

std::unique_ptr<optim::Optimizer> OptimizerFactory::create(const std::vector<at::Tensor>& parameters,
                                                           const OptimizerSettings& settings)
{
    std::unique_ptr<optim::Optimizer> optimizer;
    if (settings.name == QLatin1String("adam"))
        optimizer = std::make_unique<FusedAdam>(parameters, optim::AdamOptions(settings.learningRate));
    else if (settings.name == QLatin1String("rmsprop"))
        optimizer =
            std::make_unique<optim::RMSprop>(parameters, optim::RMSpropOptions(settings.learningRate));
    else if (settings.name == QLatin1String("sgd"))
        optimizer = std::make_unique<optim::SGD>(parameters, optim::SGDOptions(settings.learningRate));
    else
        throw InputError(QCoreApplication::translate("genlab::Errors",
                                                     "optimizer: \"%1\" is not one of adam, rmsprop, sgd")
                             .arg(settings.name));
    apply(*optimizer, settings);
    return optimizer;
}

void OptimizerFactory::apply(optim::Optimizer& optimizer, const OptimizerSettings& settings)
{
    for (auto& group : optimizer.param_groups()) {
        auto& options = group.options();
        if (auto* adam = dynamic_cast<optim::AdamOptions*>(&options)) {
            adam->lr(settings.learningRate);
            adam->betas({settings.beta1, settings.beta2});
        } else if (auto* rmsprop = dynamic_cast<optim::RMSpropOptions*>(&options)) {
            rmsprop->lr(settings.learningRate);
            rmsprop->momentum(settings.momentum);
        } else if (auto* sgd = dynamic_cast<optim::SGDOptions*>(&options)) {
            sgd->lr(settings.learningRate);
            sgd->momentum(settings.momentum);
        }
    }
}

void OptimizerFactory::clearGradients(const std::vector<at::Tensor>& parameters)
{
    for (const at::Tensor& parameter : parameters) {
        at::Tensor& gradient = const_cast<at::Tensor&>(parameter).mutable_grad();
        if (gradient.defined())
            gradient = at::Tensor();
    }
}

} // namespace genlab::models
