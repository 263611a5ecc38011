#include "BatchSampler.h"

#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QCoreApplication>

namespace genlab::data {

namespace {

// SplitMix64: turns (seed, epoch) into well-spread generator states. Written out rather than
// taken from <random> distributions, whose results differ between standard libraries: the
// order of a run must be the same wherever it is resumed.
uint64_t splitMix64(uint64_t& state)
{
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// xoshiro256** seeded through SplitMix64.
class Xoshiro256
{
public:
    explicit Xoshiro256(uint64_t seed)
    {
        for (auto& word : m_state)
            word = splitMix64(seed);
    }
    uint64_t next()
    {
        const uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    // Uniform in [0, bound) without modulo bias (Lemire's multiply-and-reject).
    uint64_t below(uint64_t bound)
    {
        unsigned __int128 product = (unsigned __int128)next() * bound;
        auto low = uint64_t(product);
        if (low < bound) {
            const uint64_t threshold = -bound % bound;
            while (low < threshold) {
                product = (unsigned __int128)next() * bound;
                low = uint64_t(product);
            }
        }
        return uint64_t(product >> 64);
    }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t m_state[4];
};

} // namespace

BatchSampler::BatchSampler(at::Tensor samples, at::Tensor labels, int64_t batchSize, uint64_t seed)
    : m_samples(std::move(samples)), m_labels(std::move(labels)), m_batchSize(batchSize), m_seed(seed)
{
    if (!m_samples.defined() || m_samples.dim() < 1 || m_samples.size(0) < 1)
        throw InputError(QCoreApplication::translate("genlab::Errors",
                                                     "the data set holds no samples to draw batches from"));
    if (m_labels.defined() && (m_labels.dim() != 1 || m_labels.size(0) != m_samples.size(0)))
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1 labels for %2 samples")
                             .arg(m_labels.numel())
                             .arg(m_samples.size(0)));
    setBatchSize(batchSize);
    shuffleForEpoch();
}

int64_t BatchSampler::sampleCount() const
{
    return m_samples.size(0);
}

void BatchSampler::setBatchSize(int64_t batchSize)
{
    if (batchSize < 1)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "batch size %1 is below 1").arg(batchSize));
    m_batchSize = batchSize;
}

void BatchSampler::seek(int64_t epoch, int64_t position)
{
    if (epoch < 0 || position < 0 || position > sampleCount())
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "cannot resume at epoch %1, sample %2 of %3")
                .arg(epoch)
                .arg(position)
                .arg(sampleCount()));
    m_epoch = epoch;
    m_position = position;
    shuffleForEpoch();
}

Batch BatchSampler::next()
{
    // Batches have the full size: the remainder of an epoch that cannot fill one is left out
    // (it differs every epoch, so nothing is left out for good). A data set smaller than a
    // batch gives batches of the whole set.
    const int64_t size = std::min(m_batchSize, sampleCount());
    if (m_position + size > sampleCount()) {
        ++m_epoch;
        m_position = 0;
        shuffleForEpoch();
    }
    // The order lives on the CPU; the samples may live on another device.
    const at::Tensor indices = m_order.narrow(0, m_position, size).to(m_samples.device());
    m_position += size;
    Batch batch;
    batch.samples = m_samples.index_select(0, indices);
    if (m_labels.defined())
        batch.labels = m_labels.index_select(0, indices.to(m_labels.device()));
    return batch;
}

void BatchSampler::shuffleForEpoch()
{
    const int64_t count = sampleCount();
    m_order = torch::arange(count, torch::kInt64);
    int64_t* order = m_order.data_ptr<int64_t>();
    uint64_t mixed = m_seed;
    const uint64_t seedPart = splitMix64(mixed);
    uint64_t epochState = uint64_t(m_epoch) ^ 0x5DEECE66Dull;
    Xoshiro256 random(seedPart ^ splitMix64(epochState));
    // Fisher-Yates.
    for (int64_t i = count - 1; i > 0; --i) {
        const auto j = int64_t(random.below(uint64_t(i) + 1));
        std::swap(order[i], order[j]);
    }
}

} // namespace genlab::data
