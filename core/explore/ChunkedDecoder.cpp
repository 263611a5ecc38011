#include "ChunkedDecoder.h"

#include "snapshot/ModelSnapshot.h"

#include <algorithm>

namespace genlab::explore {

QVector<QImage> ChunkedDecoder::images(const snapshot::ModelSnapshot& snapshot, const QVector<float>& codes,
                                       int chunk, const std::atomic<bool>* cancel)
{
    const int dim = snapshot.latentDim();
    QVector<QImage> result;
    if (dim <= 0)
        return result;
    const int count = codes.size() / dim;
    chunk = std::max(1, chunk);
    result.reserve(count);
    for (int start = 0; start < count; start += chunk) {
        if (cancel && cancel->load())
            return {};
        result += snapshot.decodeImages(codes.mid(start * dim, std::min(chunk, count - start) * dim));
    }
    return result;
}

} // namespace genlab::explore
