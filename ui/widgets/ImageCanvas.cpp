#include "ImageCanvas.h"

#include <QMouseEvent>
#include <QPainter>

namespace genlab::ui {

ImageCanvas::ImageCanvas(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(120, 120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImageCanvas::setImage(const QImage& image)
{
    m_image = image;
    update();
}

QRect ImageCanvas::imageRect() const
{
    if (m_image.isNull())
        return {};
    QSize drawn = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    // Whole multiples of the image size keep every source pixel the same size on screen;
    // below twice the size that would waste too much room, so the image just fits.
    const int factor = drawn.width() / m_image.width();
    if (factor >= 2)
        drawn = m_image.size() * factor;
    return QRect(QPoint((width() - drawn.width()) / 2, (height() - drawn.height()) / 2), drawn);
}

void ImageCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (m_image.isNull())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(imageRect(), m_image);
}

void ImageCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        // A right click is for the context menu (the owner's), not a pick.
        QWidget::mousePressEvent(event);
        return;
    }
    const QRect target = imageRect();
    if (target.isEmpty() || !target.contains(event->position().toPoint()))
        return;
    const QPointF local = event->position() - target.topLeft();
    emit imageClicked(QPoint(int(local.x() * m_image.width() / target.width()),
                             int(local.y() * m_image.height() / target.height())));
}

} // namespace genlab::ui
