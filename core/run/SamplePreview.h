#pragma once

#include <QImage>
#include <QMetaType>
#include <QPointF>
#include <QVector>

namespace genlab::run {

// What the sample view shows at one step, as plain values that cross from the training
// thread to the window: a grid of images decoded from fixed noise, or for 2-D models the
// generated points beside a fixed sample of the real ones.
struct SamplePreview {
    qint64 step = -1;
    // The fixed noise the grid is decoded from: SampleGridCodes::codes(noiseSeed, noiseCount, ...)
    // (the run's seed and sample count), so that a click on a tile can find its z.
    quint64 noiseSeed = 1;
    int noiseCount = 64;
    QImage grid;                // image models; null for 2-D models
    QVector<QPointF> generated; // 2-D models
    QVector<QPointF> real;      // 2-D models: the same real points every time

    bool isPoints() const { return grid.isNull(); }
};

} // namespace genlab::run

Q_DECLARE_METATYPE(genlab::run::SamplePreview)
