#include "PointsCanvas.h"

#include "imaging/PointColours.h"

#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace genlab::ui {

PointsCanvas::PointsCanvas(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(320, 320);
    setCursor(Qt::CrossCursor);
}

QVector<QPointF> PointsCanvas::points() const
{
    QVector<QPointF> all;
    for (const QVector<QPointF>& stroke : m_strokes)
        all += stroke;
    return all;
}

void PointsCanvas::undo()
{
    if (m_strokes.isEmpty())
        return;
    m_strokes.removeLast();
    update();
    emit changed();
}

void PointsCanvas::clear()
{
    if (m_strokes.isEmpty())
        return;
    m_strokes.clear();
    update();
    emit changed();
}

QByteArray PointsCanvas::toCsv() const
{
    QByteArray csv = "x,y\n";
    for (const QPointF& point : points())
        csv += QByteArray::number(point.x(), 'g', 6) + ',' + QByteArray::number(point.y(), 'g', 6) + '\n';
    return csv;
}

QRectF PointsCanvas::square() const
{
    const double side = std::min(width(), height()) - 2.0;
    return QRectF((width() - side) / 2, (height() - side) / 2, side, side);
}

QPointF PointsCanvas::toPlane(QPointF pixel) const
{
    const QRectF area = square();
    return {(pixel.x() - area.left()) / area.width() * 2 * kExtent - kExtent,
            kExtent - (pixel.y() - area.top()) / area.height() * 2 * kExtent};
}

QPointF PointsCanvas::toPixel(QPointF point) const
{
    const QRectF area = square();
    return {area.left() + (point.x() + kExtent) / (2 * kExtent) * area.width(),
            area.top() + (kExtent - point.y()) / (2 * kExtent) * area.height()};
}

// Points drawn around the brush from a Gaussian of the chosen spread (Box-Muller), kept inside
// the square.
void PointsCanvas::spray(QPointF pixel, int count)
{
    const QPointF centre = toPlane(pixel);
    for (int i = 0; i < count; ++i) {
        const double u = std::max(1e-12, m_random.generateDouble());
        const double v = m_random.generateDouble();
        const double radius = std::sqrt(-2.0 * std::log(u)) * m_spread;
        const QPointF point(centre.x() + radius * std::cos(2 * M_PI * v),
                            centre.y() + radius * std::sin(2 * M_PI * v));
        if (std::abs(point.x()) <= kExtent && std::abs(point.y()) <= kExtent)
            m_strokes.last().append(point);
    }
}

void PointsCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !square().contains(event->position()))
        return;
    m_pressed = true;
    m_dragged = false;
    m_lastPixel = event->position();
    m_travelled = 0.0;
    m_strokes.append(QVector<QPointF>());
}

void PointsCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_pressed)
        return;
    const QPointF pixel = event->position();
    const QPointF step = pixel - m_lastPixel;
    const double distance = std::hypot(step.x(), step.y());
    // Evenly along the path however fast the mouse moves: one spray per few pixels.
    for (double along = kSprayEveryPixels - m_travelled; along <= distance; along += kSprayEveryPixels)
        spray(m_lastPixel + step * (along / distance), kSprayPoints);
    m_travelled = std::fmod(m_travelled + distance, kSprayEveryPixels);
    if (distance > 0)
        m_dragged = true;
    m_lastPixel = pixel;
    update();
}

void PointsCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_pressed || event->button() != Qt::LeftButton)
        return;
    m_pressed = false;
    if (!m_dragged)
        spray(event->position(), kClusterPoints); // a click: one mode
    if (m_strokes.last().isEmpty())
        m_strokes.removeLast();
    update();
    emit changed();
}

void PointsCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().window());
    const QRectF area = square();
    painter.fillRect(area, Qt::white);
    painter.setPen(QPen(QColor(225, 225, 225), 1));
    for (int tick = -int(kExtent); tick <= int(kExtent); ++tick) {
        painter.drawLine(toPixel({double(tick), -kExtent}), toPixel({double(tick), kExtent}));
        painter.drawLine(toPixel({-kExtent, double(tick)}), toPixel({kExtent, double(tick)}));
    }
    painter.setPen(QPen(QColor(150, 150, 150), 1));
    painter.drawRect(area);
    painter.setPen(Qt::NoPen);
    painter.setBrush(imaging::PointColours::kReal);
    for (const QVector<QPointF>& stroke : m_strokes)
        for (const QPointF& point : stroke)
            painter.drawEllipse(toPixel(point), 1.6, 1.6);
    painter.setPen(QColor(120, 120, 120));
    for (int tick = -int(kExtent); tick <= int(kExtent); ++tick)
        painter.drawText(toPixel({double(tick), -kExtent}) + QPointF(3, -4), QString::number(tick));
}

} // namespace genlab::ui
