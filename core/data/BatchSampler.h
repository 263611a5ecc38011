#pragma once

#include "common/TensorFwd.h"

#include <cstdint>

namespace genlab::data {

struct Batch {
    at::Tensor samples; // [B, ...] float32
    at::Tensor labels;  // [B] int64, undefined when the data has none
};

// Hands out shuffled mini-batches of a tensor, one epoch after another. The order depends
// only on the seed and the epoch number, so a run resumed at (epoch, position) continues
// exactly as if it had not stopped.
class BatchSampler
{
public:
    BatchSampler(at::Tensor samples, at::Tensor labels, int64_t batchSize, uint64_t seed);

    Batch next();

    int64_t epoch() const { return m_epoch; }
    int64_t position() const { return m_position; } // samples already handed out this epoch
    int64_t batchSize() const { return m_batchSize; }
    int64_t sampleCount() const;
    void setBatchSize(int64_t batchSize); // takes effect at the next batch
    // Jump to a saved place (from a checkpoint).
    void seek(int64_t epoch, int64_t position);

private:
    void shuffleForEpoch();

    at::Tensor m_samples;
    at::Tensor m_labels;
    at::Tensor m_order;
    int64_t m_batchSize;
    uint64_t m_seed;
    int64_t m_epoch = 0;
    int64_t m_position = 0;
};

} // namespace genlab::data
