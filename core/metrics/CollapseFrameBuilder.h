#pragma once

#include "CollapseFrame.h"
#include "CollapseSource.h"

namespace genlab::metrics {

// Computes a CollapseFrame: generated points from fixed noise, the critic over the plane, the
// transport grid, gradient arrows and the mode coverage. Runs on any thread; a source is only
// read.
class CollapseFrameBuilder
{
public:
    static constexpr int kGeneratedCount = 2500; // as ModeCoverage::kPointCount
    static constexpr int kRealCount = 1000;      // real points shown
    static constexpr int kHeatCells = 120;       // heat map columns and rows
    static constexpr int kTransportSide = 12;    // transport grid: side x side noise points
    static constexpr int kGradientCount = 150;   // generated points that get an arrow
    static constexpr double kNoiseSpan = 2.0;    // the transport grid covers [-2, 2]^2 of noise
    static constexpr double kAreaMargin = 0.35;  // heat map area: real points' box plus this share
    static constexpr quint64 kNoiseSeed = 20180; // fixed noise, the same every frame

    static CollapseFrame build(const CollapseSource& source);

    // The heat-map area for a set of real points: their bounding box, squared, with a margin.
    static QRectF areaAround(const QVector<QPointF>& points);
    // Standard normal codes from a fixed seed (the same on every machine and every call).
    static QVector<float> fixedNoise(int count, int latentDim, quint64 seed);
};

} // namespace genlab::metrics
