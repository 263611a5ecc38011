#pragma once

#include "common/TensorFwd.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <vector>

namespace genlab::data {

enum class DataKind { Points2D, Images };

// The Gaussian modes a 2-D mixture was drawn from; the mode-coverage metrics need them.
// Empty for data that is not a known mixture (spiral, moons, CSV points, images).
struct MixtureModes {
    std::vector<std::array<double, 2>> centres;
    double sigma = 0.0;
    bool empty() const { return centres.empty(); }
};

// A loaded data set, held whole in memory as tensors (the largest, Fashion-MNIST, is 188 MB
// as float32). Images are float32 [N, C, H, W] in [0, 1]; points are float32 [N, 2].
struct DataSet {
    QString name; // "ring8", "fashion-mnist", or the path it was read from
    DataKind kind = DataKind::Points2D;
    at::Tensor train;       // never undefined after a successful load
    at::Tensor trainLabels; // int64 [N], or undefined when the data has no labels
    at::Tensor test;        // may be undefined (no held-out split)
    at::Tensor testLabels;  // int64, or undefined
    QStringList classNames; // one per label value when labels exist
    MixtureModes modes;

    bool hasLabels() const { return trainLabels.defined(); }
    bool hasTest() const { return test.defined(); }
    int64_t trainCount() const;
    int64_t testCount() const;
    // The shape of one sample: {2} for points, {C, H, W} for images.
    std::vector<int64_t> sampleShape() const;
};

} // namespace genlab::data
