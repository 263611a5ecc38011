#include "PointsImage.h"

#include "PointColours.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace genlab::imaging {

namespace {

QRectF bounds(const QVector<QPointF>& points)
{
    double left = points.first().x(), right = left, top = points.first().y(), bottom = top;
    for (const QPointF& point : points) {
        if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
            continue;
        left = std::min(left, point.x());
        right = std::max(right, point.x());
        top = std::min(top, point.y());
        bottom = std::max(bottom, point.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

double quantile(std::vector<double> values, double fraction)
{
    const size_t at = std::min(values.size() - 1, size_t(fraction * double(values.size())));
    std::nth_element(values.begin(), values.begin() + long(at), values.end());
    return values[at];
}

} // namespace

QRectF PointsImage::areaFor(const QVector<QPointF>& real, const QVector<QVector<QPointF>>& generatedFrames)
{
    QRectF area;
    if (!real.isEmpty()) {
        area = bounds(real);
    } else {
        std::vector<double> xs, ys;
        for (const QVector<QPointF>& frame : generatedFrames)
            for (const QPointF& point : frame)
                if (std::isfinite(point.x()) && std::isfinite(point.y())) {
                    xs.push_back(point.x());
                    ys.push_back(point.y());
                }
        if (xs.empty())
            return QRectF(-1, -1, 2, 2);
        area = QRectF(QPointF(quantile(xs, 0.01), quantile(ys, 0.01)),
                      QPointF(quantile(xs, 0.99), quantile(ys, 0.99)));
    }
    const double side = std::max({area.width(), area.height(), 1e-3}) * 1.3;
    return QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side);
}

QImage PointsImage::render(const QVector<QPointF>& generated, const QVector<QPointF>& real,
                           const QRectF& area, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // y grows upwards in the data and downwards on screen.
    auto toPixel = [&](const QPointF& point) {
        return QPointF((point.x() - area.left()) / area.width() * size.width(),
                       (area.bottom() - point.y()) / area.height() * size.height());
    };
    painter.setPen(Qt::NoPen);
    // Real points a little smaller and translucent: they are the backdrop the generated ones
    // are judged against.
    QColor realColour = PointColours::kReal;
    realColour.setAlpha(110);
    painter.setBrush(realColour);
    for (const QPointF& point : real)
        painter.drawEllipse(toPixel(point), 1.5, 1.5);
    painter.setBrush(PointColours::kGenerated);
    for (const QPointF& point : generated)
        if (std::isfinite(point.x()) && std::isfinite(point.y()))
            painter.drawEllipse(toPixel(point), 1.8, 1.8);
    return image;
}

} // namespace genlab::imaging
