#include "ImageMosaic.h"

#include <QPainter>

namespace genlab::explore {

QImage ImageMosaic::tile(const QVector<QImage>& images, int columns, int padding, QColor background)
{
    if (images.isEmpty() || columns <= 0)
        return {};
    const QSize size = images.first().size();
    const int rows = (images.size() + columns - 1) / columns;
    QImage mosaic(columns * size.width() + (columns + 1) * padding,
                  rows * size.height() + (rows + 1) * padding, QImage::Format_RGB32);
    mosaic.fill(background);
    QPainter painter(&mosaic);
    for (int i = 0; i < images.size(); ++i) {
        const int left = padding + (i % columns) * (size.width() + padding);
        const int top = padding + (i / columns) * (size.height() + padding);
        painter.drawImage(QPoint(left, top), images[i]);
    }
    return mosaic;
}

int ImageMosaic::tileAt(QPoint pixel, QSize tileSize, int columns, int count, int padding)
{
    if (tileSize.isEmpty() || columns <= 0 || pixel.x() < padding || pixel.y() < padding)
        return -1;
    const int pitchX = tileSize.width() + padding;
    const int pitchY = tileSize.height() + padding;
    const int column = (pixel.x() - padding) / pitchX;
    const int row = (pixel.y() - padding) / pitchY;
    if ((pixel.x() - padding) % pitchX >= tileSize.width() ||
        (pixel.y() - padding) % pitchY >= tileSize.height())
        return -1;
    if (column >= columns)
        return -1;
    const int index = row * columns + column;
    return index < count ? index : -1;
}

} // namespace genlab::explore
