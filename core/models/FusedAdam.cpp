#include "FusedAdam.h"

#include <cmath>

namespace genlab::models {

namespace {

// Below this many elements a parameter is updated on the calling thread: waking the pool costs
// more than the loop.
constexpr int64_t kElementsPerTask = 1 << 15;

struct AdamCoefficients {
    float beta1;
    float beta2;
    float oneMinusBeta1;
    float oneMinusBeta2;
    float biasCorrection2Root;
    float negativeStepSize;
    float epsilon;
    float weightDecay;
};

// torch::optim::Adam::step's arithmetic, element by element, rounded as ATen's AVX2 kernels
// round it, so both optimisers give the same bits and a preset's figures do not move:
//   g = fma(p, wd, g)                 (grad.add(p, wd): fmadd)
//   m = fma(g, 1 - b1, m * b1)        (mul_, then add_ with alpha: fmadd)
//   v = fma((1 - b2) * g, g, v * b2)  (mul_, then addcmul_, whose product and sum GCC fused)
//   p = p + (-step_size * m) / (sqrt(v) / sqrt(bc2) + eps)   (addcdiv_: a division, no fusing)
// Found by comparing with torch bit for bit (tests/models/tst_fusedadam.cpp). ATen takes that
// path on every CPU with AVX2 and FMA; elsewhere FusedAdam defers to torch.
__attribute__((target("avx2,fma"))) void updateRange(float* parameter, const float* gradient, float* average,
                                                     float* squareAverage, int64_t begin, int64_t end,
                                                     const AdamCoefficients& c)
{
    // The weight-decay test is the same for every element; GCC moves it out of the loop.
    for (int64_t i = begin; i < end; ++i) {
        const float g =
            c.weightDecay != 0.0f ? std::fma(parameter[i], c.weightDecay, gradient[i]) : gradient[i];
        const float m = std::fma(g, c.oneMinusBeta1, average[i] * c.beta1);
        const float v = std::fma(c.oneMinusBeta2 * g, g, squareAverage[i] * c.beta2);
        average[i] = m;
        squareAverage[i] = v;
        parameter[i] =
            parameter[i] + (c.negativeStepSize * m) / (std::sqrt(v) / c.biasCorrection2Root + c.epsilon);
    }
}

bool cpuFusesMultiplyAdd()
{
    static const bool fuses = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return fuses;
}

} // namespace

bool FusedAdam::covers(const at::Tensor& parameter, const torch::optim::AdamOptions& options) const
{
    const at::Tensor& gradient = parameter.grad();
    return cpuFusesMultiplyAdd() && !options.amsgrad() && parameter.device().is_cpu() &&
           parameter.scalar_type() == at::kFloat && parameter.is_contiguous() && !gradient.is_sparse() &&
           gradient.scalar_type() == at::kFloat && gradient.is_contiguous();
}

torch::optim::AdamParamState& FusedAdam::stateOf(const at::Tensor& parameter)
{
    // Keyed as torch's Adam keys it, so save() and load() see the same state.
    const std::string key = c10::guts::to_string(parameter.unsafeGetTensorImpl());
    auto found = state_.find(key);
    if (found == state_.end()) {
        auto fresh = std::make_unique<torch::optim::AdamParamState>();
        fresh->step(0);
        fresh->exp_avg(torch::zeros_like(parameter, at::MemoryFormat::Contiguous));
        fresh->exp_avg_sq(torch::zeros_like(parameter, at::MemoryFormat::Contiguous));
        found = state_.emplace(key, std::move(fresh)).first;
    }
    return static_cast<torch::optim::AdamParamState&>(*found->second);
}

at::Tensor FusedAdam::step(LossClosure closure)
{
    torch::NoGradGuard noGrad;
    at::Tensor loss;
    if (closure) {
        at::AutoGradMode enableGrad(true);
        loss = closure();
    }
    // The gradients exist now (a closure may have just made them): anything the loop does not
    // cover goes to torch's step, without running the closure twice.
    for (auto& group : param_groups_) {
        const auto& options = static_cast<const torch::optim::AdamOptions&>(group.options());
        for (const at::Tensor& parameter : group.params())
            if (parameter.grad().defined() && !covers(parameter, options)) {
                torch::optim::Adam::step();
                return loss;
            }
    }
    for (auto& group : param_groups_) {
        const auto& options = static_cast<const torch::optim::AdamOptions&>(group.options());
        const double beta1 = std::get<0>(options.betas());
        const double beta2 = std::get<1>(options.betas());
        for (const at::Tensor& parameter : group.params()) {
            const at::Tensor& gradient = parameter.grad();
            if (!gradient.defined())
                continue;
            torch::optim::AdamParamState& state = stateOf(parameter);
            // A checkpoint's moments may arrive strided; the loop needs them dense.
            if (!state.exp_avg().is_contiguous())
                state.exp_avg(state.exp_avg().contiguous());
            if (!state.exp_avg_sq().is_contiguous())
                state.exp_avg_sq(state.exp_avg_sq().contiguous());
            state.step(state.step() + 1);
            const double biasCorrection1 = 1.0 - std::pow(beta1, static_cast<double>(state.step()));
            const double biasCorrection2 = 1.0 - std::pow(beta2, static_cast<double>(state.step()));
            const AdamCoefficients coefficients{static_cast<float>(beta1),
                                                static_cast<float>(beta2),
                                                static_cast<float>(1.0 - beta1),
                                                static_cast<float>(1.0 - beta2),
                                                static_cast<float>(std::sqrt(biasCorrection2)),
                                                static_cast<float>(-(options.lr() / biasCorrection1)),
                                                static_cast<float>(options.eps()),
                                                static_cast<float>(options.weight_decay())};
            float* values = const_cast<at::Tensor&>(parameter).data_ptr<float>();
            const float* gradients = gradient.data_ptr<float>();
            float* averages = state.exp_avg().data_ptr<float>();
            float* squareAverages = state.exp_avg_sq().data_ptr<float>();
            at::parallel_for(0, parameter.numel(), kElementsPerTask, [&](int64_t begin, int64_t end) {
                updateRange(values, gradients, averages, squareAverages, begin, end, coefficients);
            });
        }
    }
    return loss;
}

} // namespace genlab::models
