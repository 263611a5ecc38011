#pragma once

#include "common/TorchApi.h"

namespace genlab::models {

// Adam whose update of each parameter is one pass over its memory instead of the ten tensor
// operations of torch::optim::Adam::step (two moment updates, a square root, a division, an
// addcdiv, ...). For the 2-D stories' small networks those operations cost more in dispatch than
// in arithmetic, and for the VAE's 650k parameters they stream the moments through memory ten
// times a step. The state (step, exp_avg, exp_avg_sq) is torch's own, so checkpoints written by
// either optimiser load into the other. Anything the loop does not cover (non-CPU or non-float
// tensors, amsgrad, sparse gradients) runs torch's step unchanged.
class FusedAdam : public torch::optim::Adam
{
public:
    using torch::optim::Adam::Adam;

    at::Tensor step(LossClosure closure = nullptr) override;

private:
    bool covers(const at::Tensor& parameter, const torch::optim::AdamOptions& options) const;
    torch::optim::AdamParamState& stateOf(const at::Tensor& parameter);
};

} // namespace genlab::models
