#pragma once

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QVector>

namespace genlab::imaging {

// Draws 2-D samples as a picture without widgets (for GIF frames and PNG exports from the
// command line): real points, translucent, under generated points, in the colours of
// PointColours, on white.
class PointsImage
{
public:
    static QImage render(const QVector<QPointF>& generated, const QVector<QPointF>& real, const QRectF& area,
                         QSize size = QSize(400, 400));
    // A square area that holds the real points (or, without them, the middle 98% of the
    // generated ones) with a margin, so that every frame of an animation shares its axes.
    static QRectF areaFor(const QVector<QPointF>& real, const QVector<QVector<QPointF>>& generatedFrames);
};

} // namespace genlab::imaging
