#pragma once

#include "common/TensorFwd.h"

#include <QPointF>
#include <QVector>

#include <cstdint>

namespace genlab::data {

// The first `maxCount` rows (all when negative) of a [N, 2] tensor of points, on any device,
// as plain values that can cross threads and be drawn.
QVector<QPointF> toPointList(const at::Tensor& points, int64_t maxCount = -1);

} // namespace genlab::data
