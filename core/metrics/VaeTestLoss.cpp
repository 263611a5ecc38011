#include "VaeTestLoss.h"

#include "common/InputError.h"
#include "common/TorchApi.h"
#include "models/GenerativeModel.h"

namespace genlab::metrics {

VaeTestLossResult VaeTestLoss::batchSums(const at::Tensor& x, const at::Tensor& reconstruction,
                                         const at::Tensor& mu, const at::Tensor& logVariance,
                                         const QString& reconstructionLoss)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor target = x.reshape_as(reconstruction).to(reconstruction.scalar_type());
    torch::Tensor recon;
    if (reconstructionLoss == QLatin1String("mse"))
        recon = torch::mse_loss(reconstruction, target, at::Reduction::Sum);
    else
        recon = torch::binary_cross_entropy(reconstruction, target, {}, at::Reduction::Sum);
    const torch::Tensor kl = -0.5 * torch::sum(1 + logVariance - mu.pow(2) - logVariance.exp());
    VaeTestLossResult sums;
    sums.reconstruction = recon.item<double>();
    sums.kl = kl.item<double>();
    sums.loss = sums.reconstruction + sums.kl;
    sums.count = x.size(0);
    return sums;
}

} // namespace genlab::metrics
