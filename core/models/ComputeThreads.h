#pragma once

#include <QString>

namespace genlab::models {

// Sets how many threads LibTorch's kernels use in the calling thread (at::set_num_threads)
// and how many OpenBLAS uses for matrix products. The second matters: Debian's LibTorch does
// its matrix products in OpenBLAS, whose own thread pool at::set_num_threads does not reach;
// on a busy 2-core machine its extra threads halve the speed of a 2-D GAN step (measured).
// Call it in the thread that trains, before the first step. Also selects the BLAS kernels
// (selectBlasKernels) the first time.
void setComputeThreads(int threads);

// OpenBLAS 0.3.21 (Debian 12) does not know AMD's AVX-512 processors (Zen 4 and 5) and runs
// its AVX2 "Haswell" matrix-multiply kernels there; on this machine's Zen 5 its AVX-512
// "SkylakeX" kernels multiply 2.3x faster (bench_sgemm_peak: 141 against 62 GFLOP/s, one
// thread). Where OpenBLAS chose Haswell but the processor has AVX-512 (F, BW, DQ, VL), this
// re-runs OpenBLAS's own core selection as if OPENBLAS_CORETYPE=SKYLAKEX had been set. Nothing
// happens when the user set OPENBLAS_CORETYPE, when GENLAB_BLAS_KERNELS=default, or when
// another BLAS is in use. Process-wide and once only: call it before any thread multiplies
// matrices (main does). Different kernels round differently: a seed's results differ in the
// last bits between machines that get different kernels. Returns OpenBLAS's core name after
// the choice (empty without OpenBLAS).
QString selectBlasKernels();

} // namespace genlab::models
