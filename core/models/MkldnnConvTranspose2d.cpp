#include "MkldnnConvTranspose2d.h"

#include <array>

namespace genlab::models {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// With a single output channel the weight gradient is slower on MKL-DNN than on the native path
// (measured on the last layer of the DCGAN generator: 4.3 against 2.9 ms a pass on two threads).
constexpr int64_t kMinimumOutputChannels = 2;

// The MKL-DNN route serves only undilated layers without output padding (runsOnMkldnn).
constexpr std::array<int64_t, 2> kNoDilation{1, 1};
constexpr std::array<int64_t, 2> kNoOutputPadding{0, 0};

std::vector<int64_t> pair(const torch::ExpandingArray<2>& values)
{
    return {(*values)[0], (*values)[1]};
}

struct TransposedConvolutionThroughMkldnn
    : public torch::autograd::Function<TransposedConvolutionThroughMkldnn> {
    static at::Tensor forward(AutogradContext* context, const at::Tensor& input, const at::Tensor& weight,
                              std::vector<int64_t> stride, std::vector<int64_t> padding)
    {
        std::vector<int64_t> outputShape{input.size(0), weight.size(1), 0, 0};
        for (int d = 0; d < 2; ++d)
            outputShape[2 + d] = (input.size(2 + d) - 1) * stride[d] - 2 * padding[d] + weight.size(2 + d);
        // The backward-data pass reads only the shape of the convolution's input.
        const at::Tensor shapeOnly = at::empty(outputShape, input.options());
        at::Tensor output = std::get<0>(
            at::convolution_backward(input.contiguous(), shapeOnly, weight, c10::nullopt, stride, padding,
                                     kNoDilation, false, kNoOutputPadding, 1, {true, false, false}));
        context->save_for_backward({input, weight});
        context->saved_data["stride"] = stride;
        context->saved_data["padding"] = padding;
        return output;
    }

    static variable_list backward(AutogradContext* context, variable_list gradOutputs)
    {
        const auto saved = context->get_saved_variables();
        const at::Tensor& input = saved[0];
        const at::Tensor& weight = saved[1];
        const std::vector<int64_t> stride = context->saved_data["stride"].toIntVector();
        const std::vector<int64_t> padding = context->saved_data["padding"].toIntVector();
        const at::Tensor gradOutput = gradOutputs[0].contiguous();
        at::Tensor gradInput;
        at::Tensor gradWeight;
        if (context->needs_input_grad(0))
            gradInput = at::convolution(gradOutput, weight, c10::nullopt, stride, padding, kNoDilation, false,
                                        kNoOutputPadding, 1);
        if (context->needs_input_grad(1))
            gradWeight = std::get<1>(at::convolution_backward(
                input.contiguous(), gradOutput, weight, c10::nullopt, stride, padding, kNoDilation, false,
                kNoOutputPadding, 1, {false, true, false}));
        return {gradInput, gradWeight, at::Tensor(), at::Tensor()};
    }
};

} // namespace

MkldnnConvTranspose2dImpl::MkldnnConvTranspose2dImpl(const torch::nn::ConvTranspose2dOptions& options)
    : torch::nn::ConvTranspose2dImpl(options)
{
}

MkldnnConvTranspose2dImpl::MkldnnConvTranspose2dImpl(const torch::nn::ConvTranspose2dImpl& copy)
    : torch::nn::Module(copy), torch::nn::ConvTranspose2dImpl(copy)
{
}

bool MkldnnConvTranspose2dImpl::runsOnMkldnn(const at::Tensor& input) const
{
    const auto& o = options;
    const auto* padding = c10::get_if<torch::ExpandingArray<2>>(&o.padding());
    return at::hasMKLDNN() && at::globalContext().userEnabledMkldnn() && input.device().is_cpu() &&
           input.scalar_type() == at::kFloat && weight.scalar_type() == at::kFloat && input.dim() == 4 &&
           padding != nullptr && o.groups() == 1 && (*o.dilation())[0] == 1 && (*o.dilation())[1] == 1 &&
           (*o.output_padding())[0] == 0 && (*o.output_padding())[1] == 0 &&
           c10::holds_alternative<torch::enumtype::kZeros>(o.padding_mode()) &&
           o.out_channels() >= kMinimumOutputChannels;
}

at::Tensor MkldnnConvTranspose2dImpl::forward(const at::Tensor& input,
                                              const c10::optional<at::IntArrayRef>& outputSize)
{
    if (outputSize.has_value() || !runsOnMkldnn(input))
        return torch::nn::ConvTranspose2dImpl::forward(input, outputSize);
    const auto& padding = c10::get<torch::ExpandingArray<2>>(options.padding());
    at::Tensor output =
        TransposedConvolutionThroughMkldnn::apply(input, weight, pair(options.stride()), pair(padding));
    if (bias.defined())
        output = output + bias.view({1, -1, 1, 1});
    return output;
}

std::shared_ptr<torch::nn::Module>
MkldnnConvTranspose2dImpl::clone(const c10::optional<c10::Device>& device) const
{
    const auto plain = std::dynamic_pointer_cast<torch::nn::ConvTranspose2dImpl>(
        torch::nn::ConvTranspose2dImpl::clone(device));
    return std::shared_ptr<MkldnnConvTranspose2dImpl>(new MkldnnConvTranspose2dImpl(*plain));
}

} // namespace genlab::models
