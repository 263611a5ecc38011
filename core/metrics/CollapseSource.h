#pragma once

#include "snapshot/ModelSnapshot.h"

#include <QPointF>
#include <QString>
#include <QVector>

#include <functional>

namespace genlab::metrics {

// What a collapse frame is computed from: a 2-D model seen only through these functions, so
// that tests can hand in a known generator and critic (and the window a ModelSnapshot).
struct CollapseSource {
    qint64 step = -1;
    QString modelKind;
    QString dataName; // selects the mixture's modes for the coverage figures
    int latentDim = 0;
    QVector<QPointF> real;
    // codes: count * latentDim floats, row-major.
    std::function<QVector<QPointF>(const QVector<float>& codes)> decodePoints;
    // Empty when the model has no discriminator or critic.
    std::function<QVector<double>(const QVector<QPointF>& points)> criticValues;

    static CollapseSource fromSnapshot(const snapshot::ModelSnapshotPtr& snapshot);
};

} // namespace genlab::metrics
