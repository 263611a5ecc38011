#include "ComputeThreads.h"

#include "common/TorchApi.h"

#include <dlfcn.h>

namespace genlab::models {

void setComputeThreads(int threads)
{
    at::set_num_threads(threads);
    // Looked up at run time: OpenBLAS is a dependency of LibTorch, not of GenLab, and another
    // BLAS (MKL) may stand in its place.
    using SetThreads = void (*)(int);
    if (auto* openblasSetThreads =
            reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        openblasSetThreads(threads);
}

} // namespace genlab::models
