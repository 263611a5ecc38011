#include "AllocatorTuning.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <mutex>

namespace genlab {

namespace {

// Blocks up to this size come from the heap; larger ones (whole data sets) are mapped.
constexpr int kMmapThresholdBytes = 32 * 1024 * 1024;
// The heap's free top is returned to the kernel only beyond this (bounded by a step's
// working set, which is what the process needs again at the next step anyway).
constexpr int kTrimThresholdBytes = 32 * 1024 * 1024;

} // namespace

void tuneAllocatorForTraining()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        mallopt(M_MMAP_THRESHOLD, kMmapThresholdBytes);
        mallopt(M_TRIM_THRESHOLD, kTrimThresholdBytes);
    });
#endif
}

void releaseFreeMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace genlab
