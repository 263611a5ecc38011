#include "VaeTestLoss.h"

#include "common/InputError.h"
#include "common/TorchApi.h"
#include "models/VaeModel.h"

#include <ATen/CPUGeneratorImpl.h>

#include <QCoreApplication>

namespace genlab::metrics {

bool VaeTestLoss::applies(const models::GenerativeModel& model)
{
    return dynamic_cast<const models::VaeModel*>(&model) != nullptr;
}

VaeTestLossResult VaeTestLoss::evaluate(models::GenerativeModel& model, const at::Tensor& test,
                                        int64_t batchSize, const c10::Device& device, uint64_t seed)
{
    auto* vae = dynamic_cast<models::VaeModel*>(&model);
    if (!vae)
        throw InputError(QCoreApplication::translate("genlab::Errors", "test loss: model %1 is not a VAE")
                             .arg(model.kind()));
    if (!test.defined() || test.size(0) == 0)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "test loss: the data set has no test split"));
    if (batchSize < 1)
        throw InputError(QCoreApplication::translate("genlab::Errors", "test loss: batch size %1 is below 1")
                             .arg(batchSize));

    torch::NoGradGuard noGrad;
    at::Generator random = at::make_generator<at::CPUGeneratorImpl>(seed);
    VaeTestLossResult result;
    const int64_t count = test.size(0);
    for (int64_t start = 0; start < count; start += batchSize) {
        const int64_t size = std::min(batchSize, count - start);
        const models::VaeModel::LossSums sums =
            vae->evaluateLoss(test.narrow(0, start, size).to(device), random);
        result.reconstruction += sums.reconstruction;
        result.kl += sums.kl;
        result.klPerDimension.resize(sums.klPerDimension.size(), 0.0);
        for (size_t i = 0; i < sums.klPerDimension.size(); ++i)
            result.klPerDimension[i] += sums.klPerDimension[i];
    }
    result.count = count;
    result.reconstruction /= static_cast<double>(count);
    result.kl /= static_cast<double>(count);
    for (double& kl : result.klPerDimension)
        kl /= static_cast<double>(count);
    result.loss = result.reconstruction + result.kl;
    return result;
}

} // namespace genlab::metrics
