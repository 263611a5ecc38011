#pragma once

#include <QMetaType>
#include <QStringList>
#include <QVector>

namespace genlab::metrics {

// The collapse figures of an image model at one step, as plain values for the window.
struct ImageCoverageFrame {
    qint64 step = -1;
    double diversity = 0.0; // SampleDiversity of the fixed-noise batch
    int diversityCount = 0;

    // With a classifier (labelled data) only:
    bool hasClasses = false;
    QStringList classNames;
    QVector<int> counts; // generated samples per class
    int sampleCount = 0;
    int covered = 0;
    double klToUniform = 0.0;
    double frechetDistance = 0.0; // classifier Frechet distance to the test images
    // Share of the samples labelled with probability >= ImageCoverageMeter::kConfidentProbability.
    double confidentShare = 0.0;
    double classifierAccuracy = 0.0;
};

} // namespace genlab::metrics

Q_DECLARE_METATYPE(genlab::metrics::ImageCoverageFrame)
