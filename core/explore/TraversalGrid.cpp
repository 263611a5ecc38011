#include "TraversalGrid.h"

namespace genlab::explore {

QVector<double> TraversalGrid::columnValues(int columns, double range)
{
    if (columns <= 0)
        return {};
    if (columns == 1)
        return {0.0};
    QVector<double> values(columns);
    for (int c = 0; c < columns; ++c)
        values[c] = -range + 2.0 * range * double(c) / double(columns - 1);
    return values;
}

QVector<float> TraversalGrid::codes(const LatentDirections& directions, const QVector<float>& base,
                                    const QVector<int>& rows, int columns, double range)
{
    const int dim = directions.latentDim;
    if (base.size() != dim)
        return {};
    const QVector<double> values = columnValues(columns, range);
    const QVector<double> baseCoordinates = directions.coordinates(base);
    QVector<float> result;
    result.reserve(rows.size() * columns * dim);
    for (int axis : rows) {
        if (axis < 0 || axis >= directions.count())
            continue;
        for (double value : values) {
            QVector<double> delta(directions.count(), 0.0);
            delta[axis] = value - baseCoordinates[axis];
            result += directions.moved(base, delta);
        }
    }
    return result;
}

} // namespace genlab::explore
