#pragma once

#include <QPointF>
#include <QRandomGenerator>
#include <QVector>
#include <QWidget>

namespace genlab::ui {

// A square of the plane, [-kExtent, kExtent]^2, to paint 2-D training data on: a drag sprays
// points along the stroke, a click drops a round cluster (a mode). Every press starts a new
// stroke, so that Undo takes back exactly what one gesture made.
class PointsCanvas : public QWidget
{
    Q_OBJECT

public:
    static constexpr double kExtent = 2.0;
    static constexpr int kClusterPoints = 60; // a click
    static constexpr double kSprayEveryPixels = 3.0;
    static constexpr int kSprayPoints = 3; // per kSprayEveryPixels of a drag

    explicit PointsCanvas(QWidget* parent = nullptr);

    // The spread of the points around the brush, in plane units (the standard deviation).
    void setSpread(double spread) { m_spread = spread; }
    double spread() const { return m_spread; }

    QVector<QPointF> points() const;
    int strokeCount() const { return int(m_strokes.size()); }
    void undo();
    void clear();
    // "x,y" then one point per line, as data::PointsCsvReader reads it.
    QByteArray toCsv() const;

    // Widget pixel <-> plane point.
    QPointF toPlane(QPointF pixel) const;
    QPointF toPixel(QPointF point) const;

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    QSize sizeHint() const override { return {520, 520}; }

private:
    QRectF square() const;
    void spray(QPointF pixel, int count);

    QVector<QVector<QPointF>> m_strokes;
    double m_spread = 0.04;
    bool m_pressed = false;
    bool m_dragged = false;
    QPointF m_lastPixel;
    double m_travelled = 0.0;
    QRandomGenerator m_random{20261203};
};

} // namespace genlab::ui
