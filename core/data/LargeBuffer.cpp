#include "LargeBuffer.h"

#include "common/TorchApi.h"

#include <cstdlib>
#include <new>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace genlab::data {

namespace {
constexpr size_t kHugePage = size_t(2) << 20;
constexpr size_t kSmall = size_t(1) << 20; // below this, ordinary memory
} // namespace

void* LargeBuffer::allocate(size_t bytes)
{
    if (bytes < kSmall) {
        void* memory = std::malloc(bytes == 0 ? 1 : bytes);
        if (!memory)
            throw std::bad_alloc();
        return memory;
    }
    const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* memory = std::aligned_alloc(kHugePage, rounded);
    if (!memory)
        throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    madvise(memory, rounded, MADV_HUGEPAGE); // a hint; without it the memory works the same
#endif
    return memory;
}

void LargeBuffer::release(void* memory) noexcept
{
    std::free(memory);
}

at::Tensor LargeBuffer::emptyFloat(const std::vector<int64_t>& sizes)
{
    int64_t count = 1;
    for (int64_t size : sizes)
        count *= size;
    void* memory = allocate(size_t(count) * sizeof(float));
    return torch::from_blob(
        memory, sizes, [](void* data) { LargeBuffer::release(data); },
        torch::TensorOptions().dtype(torch::kFloat32));
}

} // namespace genlab::data
