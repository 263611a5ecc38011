#include "PointList.h"

#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QCoreApplication>

namespace genlab::data {

QVector<QPointF> toPointList(const at::Tensor& points, int64_t maxCount)
{
    if (points.dim() != 2 || points.size(1) != 2)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "points: expected a tensor of shape [N, 2]"));
    const int64_t count = maxCount < 0 ? points.size(0) : std::min(maxCount, points.size(0));
    const torch::Tensor xy =
        points.narrow(0, 0, count).detach().to(torch::kCPU, torch::kFloat32).contiguous();
    const float* values = xy.data_ptr<float>();
    QVector<QPointF> result;
    result.reserve(int(count));
    for (int64_t i = 0; i < count; ++i)
        result.append(QPointF(values[2 * i], values[2 * i + 1]));
    return result;
}

} // namespace genlab::data
