#pragma once

#include "common/TorchApi.h"

namespace genlab::models {

// A ConvTranspose2d whose arithmetic runs on MKL-DNN's convolution kernels. LibTorch 1.13 has no
// MKL-DNN transposed convolution on the CPU: it takes ATen's slow_conv_transpose2d, one image at a
// time on one thread, and that was the largest item of a DCGAN step (bench_step_profile
// dcgan-mnist). A transposed convolution is the input gradient of the ordinary convolution with
// the same weight, so the forward pass is that convolution's backward-data pass and the backward
// pass is its forward and weight-gradient passes, all three on MKL-DNN. Same parameters, names
// and checkpoints as ConvTranspose2d; anything else (other devices or types, output_padding,
// dilation, groups, one output channel) runs ConvTranspose2d's own forward.
class MkldnnConvTranspose2dImpl : public torch::nn::ConvTranspose2dImpl
{
public:
    explicit MkldnnConvTranspose2dImpl(const torch::nn::ConvTranspose2dOptions& options);

    at::Tensor forward(const at::Tensor& input,
                       const c10::optional<at::IntArrayRef>& outputSize = c10::nullopt);

    // ConvTranspose2d's clone would return the base class, which a Sequential holding this type
    // cannot take back.
    std::shared_ptr<torch::nn::Module>
    clone(const c10::optional<c10::Device>& device = c10::nullopt) const override;

    // Whether forward takes the MKL-DNN route for this input.
    bool runsOnMkldnn(const at::Tensor& input) const;

private:
    MkldnnConvTranspose2dImpl(const torch::nn::ConvTranspose2dImpl& copy);
};

TORCH_MODULE(MkldnnConvTranspose2d);

} // namespace genlab::models
