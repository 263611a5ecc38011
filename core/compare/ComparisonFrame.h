#pragma once

#include <QImage>
#include <QMetaType>
#include <QPointF>
#include <QVector>

namespace genlab::compare {

// What the comparison worker measured for one of its models at one step, as plain values for
// the window and the `genlab compare` verb. Figures that do not apply stay negative.
struct ComparisonFrame {
    int entry = -1; // index into the plan's entries
    qint64 step = 0;
    qint64 totalSteps = 0;
    double seconds = 0.0; // this model's training time so far
    bool finished = false;

    // Image models: 64 samples from fixed noise, tiled, and their sharpness
    // (metrics::ImageSharpness) and diversity (metrics::SampleDiversity).
    QImage grid;
    double sharpness = -1.0;
    double diversity = -1.0;
    // Labelled images with a cached classifier: classes covered by 1,000 samples (at least 10
    // each), KL(class histogram || uniform) and the classifier Frechet distance.
    int classesCovered = -1;
    double classKl = -1.0;
    double frechetDistance = -1.0;

    // 2-D models: generated points from fixed noise; on ring8/grid25 also the mode coverage
    // of `genlab eval` (modes covered, high-quality fraction, reverse KL).
    QVector<QPointF> generated;
    int modes = -1;
    double hq = -1.0;
    double rkl = -1.0;
};

} // namespace genlab::compare

Q_DECLARE_METATYPE(genlab::compare::ComparisonFrame)
