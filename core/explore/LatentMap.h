#pragma once

#include "LatentDirections.h"

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QVector>

#include <atomic>

namespace genlab::snapshot {
class ModelSnapshot;
}

namespace genlab::explore {

// A map of a latent plane: the images decoded on a regular grid over it (a mosaic), and the
// encoded test set (or training set) projected onto it, with labels. For a 2-D latent space
// the plane is the whole space; otherwise it is spanned by the first two directions given
// (principal directions), through their origin.
struct LatentMapResult {
    QImage mosaic; // columns x rows tiles; first row at the top of `area`
    QRectF area;   // the plane's coordinates the mosaic covers (y up)
    int columns = 0;
    int rows = 0;
    QVector<QPointF> points; // encoded items in plane coordinates (encoder models only)
    QVector<int> labels;     // one per point, -1 without labels
    QStringList classNames;
    bool isEmpty() const { return mosaic.isNull(); }
};

class LatentMap
{
public:
    struct Options {
        int columns = 16;     // grid cells per side
        double extent = 3.0;  // the grid covers [-extent, extent]^2 in plane coordinates
        int maxPoints = 2000; // encoded items shown in the scatter
        int chunk = 16;       // codes per call into the snapshot
    };

    // The grid's codes: rows x columns, row-major, row 0 at y = +extent (the top of a picture
    // with y up), cell centres.
    static QVector<float> gridCodes(const LatentDirections& plane, int columns, double extent);
    // Slow (decodes columns^2 images, encodes up to maxPoints items): off the GUI thread.
    // `plane` needs at least two axes. Empty when cancelled.
    static LatentMapResult compute(const snapshot::ModelSnapshot& snapshot, const LatentDirections& plane,
                                   const Options& options, const std::atomic<bool>* cancel = nullptr);
};

} // namespace genlab::explore
