#pragma once

#ifdef GENLAB_UI_LAYER
#error "the ui layer never includes LibTorch: pass Qt value types from core instead"
#endif

// For headers that only pass tensors around: at::Tensor without the rest of LibTorch
// (about 2 s to parse instead of 16 s for torch/torch.h). torch::Tensor is the same type.
#pragma push_macro("slots")
#undef slots
#include <ATen/core/Tensor.h>
#pragma pop_macro("slots")
