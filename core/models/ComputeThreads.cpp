#include "ComputeThreads.h"

#include "common/TorchApi.h"

#include <dlfcn.h>

#include <cstdlib>
#include <cstring>
#include <mutex>

namespace genlab::models {

namespace {

template <typename Function>
Function openblasFunction(const char* name)
{
    // Looked up at run time: OpenBLAS is a dependency of LibTorch, not of GenLab, and another
    // BLAS (MKL) may stand in its place.
    return reinterpret_cast<Function>(dlsym(RTLD_DEFAULT, name));
}

bool hasAvx512()
{
#if defined(__x86_64__) && defined(__GNUC__)
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
           __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
#else
    return false;
#endif
}

QString chooseBlasKernels()
{
    using CoreName = char* (*)();
    using Hook = void (*)();
    const auto coreName = openblasFunction<CoreName>("openblas_get_corename");
    if (!coreName)
        return QString();
    const QString chosen = QString::fromLatin1(coreName());
    const char* wanted = std::getenv("GENLAB_BLAS_KERNELS");
    if (std::getenv("OPENBLAS_CORETYPE") || (wanted && std::strcmp(wanted, "default") == 0))
        return chosen;
    if (chosen.compare(QLatin1String("Haswell"), Qt::CaseInsensitive) != 0 &&
        chosen.compare(QLatin1String("Zen"), Qt::CaseInsensitive) != 0)
        return chosen;
    if (!hasAvx512())
        return chosen;
    const auto quit = openblasFunction<Hook>("gotoblas_dynamic_quit");
    const auto init = openblasFunction<Hook>("gotoblas_dynamic_init");
    if (!quit || !init)
        return chosen; // a build without run-time kernel selection
    // OpenBLAS's own selection path (the one OPENBLAS_CORETYPE takes at load time): forget
    // the table, choose again. No matrix product is running: this happens before training.
    setenv("OPENBLAS_CORETYPE", "SKYLAKEX", 1);
    quit();
    init();
    unsetenv("OPENBLAS_CORETYPE");
    return QString::fromLatin1(coreName());
}

} // namespace

QString selectBlasKernels()
{
    static std::once_flag once;
    static QString core;
    std::call_once(once, [] { core = chooseBlasKernels(); });
    return core;
}

void setComputeThreads(int threads)
{
    selectBlasKernels();
    at::set_num_threads(threads);
    using SetThreads = void (*)(int);
    if (auto* openblasSetThreads = openblasFunction<SetThreads>("openblas_set_num_threads"))
        openblasSetThreads(threads);
}

} // namespace genlab::models
