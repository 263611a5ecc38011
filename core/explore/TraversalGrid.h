#pragma once

#include "LatentDirections.h"

#include <QVector>

namespace genlab::explore {

// What each dimension (or direction) does: one row per axis, one column per value from
// -range to +range, every other coordinate held at the base code's.
class TraversalGrid
{
public:
    static constexpr double kDefaultRange = 3.0;
    static constexpr int kDefaultColumns = 7; // -3, -2, ..., 3

    // Evenly spaced values from -range to range (columns >= 2), or {0} for one column.
    static QVector<double> columnValues(int columns, double range = kDefaultRange);
    // rows.size() * columns codes, row-major: row r sets the coordinate along axis rows[r] of
    // `base` to each column value (in the directions' units) and keeps the others.
    static QVector<float> codes(const LatentDirections& directions, const QVector<float>& base,
                                const QVector<int>& rows, int columns, double range = kDefaultRange);
};

} // namespace genlab::explore
