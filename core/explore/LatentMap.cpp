#include "LatentMap.h"

#include "ChunkedDecoder.h"
#include "ImageMosaic.h"
#include "snapshot/ModelSnapshot.h"

#include <algorithm>

namespace genlab::explore {

using snapshot::ModelSnapshot;

QVector<float> LatentMap::gridCodes(const LatentDirections& plane, int columns, double extent)
{
    QVector<float> codes;
    if (plane.count() < 2 || columns <= 0)
        return codes;
    const double cell = 2.0 * extent / double(columns);
    codes.reserve(columns * columns * plane.latentDim);
    for (int row = 0; row < columns; ++row) {
        const double y = extent - (double(row) + 0.5) * cell;
        for (int column = 0; column < columns; ++column) {
            const double x = -extent + (double(column) + 0.5) * cell;
            codes += plane.at({x, y});
        }
    }
    return codes;
}

LatentMapResult LatentMap::compute(const ModelSnapshot& snapshot, const LatentDirections& plane,
                                   const Options& options, const std::atomic<bool>* cancel)
{
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    LatentMapResult result;
    const int dim = snapshot.latentDim();
    if (plane.count() < 2 || plane.latentDim != dim || snapshot.isPointModel())
        return result;
    const QVector<float> codes = gridCodes(plane, options.columns, options.extent);
    const int chunk = std::max(1, options.chunk);
    const QVector<QImage> tiles = ChunkedDecoder::images(snapshot, codes, chunk, cancel);
    if (tiles.isEmpty())
        return {};

    if (snapshot.hasEncoder()) {
        const ModelSnapshot::Split split = snapshot.itemCount(ModelSnapshot::Split::Test) > 0
                                               ? ModelSnapshot::Split::Test
                                               : ModelSnapshot::Split::Train;
        const int available = snapshot.itemCount(split);
        const int count = std::min(available, options.maxPoints);
        QVector<int> indices;
        for (int i = 0; i < count; ++i)
            indices.append(int(int64_t(i) * available / count));
        for (int start = 0; start < indices.size(); start += chunk * 4) {
            if (cancelled())
                return {};
            const QVector<int> part = indices.mid(start, chunk * 4);
            const QVector<float> encoded = snapshot.encodeItems(split, part);
            for (int i = 0; i < part.size(); ++i) {
                const QVector<double> xy = plane.coordinates(encoded.mid(i * dim, dim));
                result.points.append(QPointF(xy[0], xy[1]));
                result.labels.append(snapshot.itemLabel(split, part[i]));
            }
        }
        result.classNames = snapshot.classNames();
    }
    // No gap between tiles: the mosaic reads as one picture of the plane.
    result.mosaic = ImageMosaic::tile(tiles, options.columns, 0);
    result.columns = options.columns;
    result.rows = options.columns;
    result.area = QRectF(-options.extent, -options.extent, 2.0 * options.extent, 2.0 * options.extent);
    return result;
}

} // namespace genlab::explore
