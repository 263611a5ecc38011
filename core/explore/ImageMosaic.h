#pragma once

#include <QColor>
#include <QImage>
#include <QVector>

namespace genlab::explore {

// Lays equally sized images out in rows (row-major, `columns` per row) with a thin gap, the
// way the sample grid does: strips, traversal grids and latent-map mosaics.
class ImageMosaic
{
public:
    static constexpr int kDefaultPadding = 2;

    static QImage tile(const QVector<QImage>& images, int columns, int padding = kDefaultPadding,
                       QColor background = QColor(128, 128, 128));
    // The tile under `pixel` of a mosaic of `count` tiles of `tileSize` laid out as tile()
    // does (columns, padding); -1 in a gap or outside.
    static int tileAt(QPoint pixel, QSize tileSize, int columns, int count, int padding = kDefaultPadding);
};

} // namespace genlab::explore
