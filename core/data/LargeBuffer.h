#pragma once

#include "common/TensorFwd.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace genlab::data {

// Memory for whole data sets (Fashion-MNIST: 47 MB of bytes, 188 MB of floats). On this kind
// of machine, faulting in 4 kB pages one by one costs about as much as decompressing the data;
// asking for transparent huge pages (2 MB) removes most of that. Fresh memory is also left
// uninitialised: every byte is written by the reader anyway.
class LargeBuffer
{
public:
    static void* allocate(size_t bytes);
    static void release(void* memory) noexcept;
    // An uninitialised float32 tensor of this shape in such memory.
    static at::Tensor emptyFloat(const std::vector<int64_t>& sizes);
};

// For std::vector: huge-page memory, and resize() without zero-filling.
template <typename T> struct LargeBufferAllocator {
    using value_type = T;
    LargeBufferAllocator() = default;
    template <typename U> LargeBufferAllocator(const LargeBufferAllocator<U>&) noexcept {}
    T* allocate(size_t count) { return static_cast<T*>(LargeBuffer::allocate(count * sizeof(T))); }
    void deallocate(T* memory, size_t) noexcept { LargeBuffer::release(memory); }
    template <typename U> void construct(U* place) noexcept
    {
        ::new (static_cast<void*>(place)) U; // default-initialise: no zero fill
    }
    template <typename U, typename... Args> void construct(U* place, Args&&... args)
    {
        ::new (static_cast<void*>(place)) U(std::forward<Args>(args)...);
    }
    template <typename U> bool operator==(const LargeBufferAllocator<U>&) const noexcept { return true; }
    template <typename U> bool operator!=(const LargeBufferAllocator<U>&) const noexcept { return false; }
};

using LargeBytes = std::vector<uint8_t, LargeBufferAllocator<uint8_t>>;

} // namespace genlab::data
