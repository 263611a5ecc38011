#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace genlab::data {

// The pixels of an IDX image file (MNIST family): count x rows x cols bytes, row-major.
struct IdxImages {
    int64_t count = 0;
    int64_t rows = 0;
    int64_t cols = 0;
    std::vector<uint8_t> pixels;
};

// What an IDX file's header says, read without decompressing the payload.
struct IdxHeader {
    int dimensionCount = 0;
    std::vector<int64_t> dimensions;
};

// Reads IDX files (http://yann.lecun.com/exdb/mnist/ format), gzip-compressed (.gz) or raw.
// Sizes in the header are checked against the bytes actually present before anything large
// is allocated: a damaged header claiming 10^9 images costs nothing. Every problem becomes a
// genlab::InputError naming the file ("t10k-images-idx3-ubyte.gz: truncated: ...").
class IdxReader
{
public:
    static constexpr uint32_t kImagesMagic = 0x00000803; // uint8, 3 dimensions
    static constexpr uint32_t kLabelsMagic = 0x00000801; // uint8, 1 dimension

    static IdxImages readImages(const QString& path);
    // Labels must lie in [0, classCount); pass 256 to accept any byte.
    static std::vector<uint8_t> readLabels(const QString& path, int classCount = 10);
    // Only the header (for `genlab datasets`): cheap even for a .gz file.
    static IdxHeader readHeader(const QString& path);
};

} // namespace genlab::data
