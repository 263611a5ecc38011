#pragma once

namespace genlab::models {

// Sets how many threads LibTorch's kernels use in the calling thread (at::set_num_threads)
// and how many OpenBLAS uses for matrix products. The second matters: Debian's LibTorch does
// its matrix products in OpenBLAS, whose own thread pool at::set_num_threads does not reach;
// on a busy 2-core machine its extra threads halve the speed of a 2-D GAN step (measured).
// Call it in the thread that trains, before the first step.
void setComputeThreads(int threads);

} // namespace genlab::models
