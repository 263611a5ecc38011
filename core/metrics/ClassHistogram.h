#pragma once

#include <QVector>

namespace genlab::metrics {

// How a batch of generated images spreads over the data set's classes, as a classifier
// labels them.
struct ClassCoverage {
    QVector<int> counts; // one per class
    int covered = 0;     // classes with at least minCount samples
    // KL(class histogram || uniform) in nats: 0 for an even spread, log(classes) when every
    // sample has one class. An empty histogram reports the worst value, log(classes).
    double klToUniform = 0.0;
    int total = 0;
};

class ClassHistogram
{
public:
    // labels: one class index per sample; values outside [0, classCount) are ignored.
    // Throws InputError when classCount < 1 or minCount < 1.
    static ClassCoverage evaluate(const QVector<int>& labels, int classCount, int minCount = 1);
    static ClassCoverage fromCounts(const QVector<int>& counts, int minCount = 1);
};

} // namespace genlab::metrics
