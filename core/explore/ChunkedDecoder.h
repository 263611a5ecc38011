#pragma once

#include <QImage>
#include <QVector>

#include <atomic>

namespace genlab::snapshot {
class ModelSnapshot;
}

namespace genlab::explore {

// Decodes many codes in small batches. A snapshot serialises its calls, and the GUI thread
// decodes a slider's image with the same snapshot: a grid decoded in one call would make a
// slider move wait for all of it, a batch of a few codes only for a moment.
class ChunkedDecoder
{
public:
    static constexpr int kDefaultChunk = 16;

    // Empty when `cancel` is raised before the end.
    static QVector<QImage> images(const snapshot::ModelSnapshot& snapshot, const QVector<float>& codes,
                                  int chunk = kDefaultChunk, const std::atomic<bool>* cancel = nullptr);
};

} // namespace genlab::explore
