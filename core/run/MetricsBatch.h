#pragma once

#include "models/StepMetrics.h"

#include <QMetaType>
#include <QVector>

namespace genlab::run {

// Metrics of consecutive steps, batched so the window gets a few dozen updates a second
// however fast training runs. A live session and a followed run folder both report them.
struct MetricsBatch {
    QVector<qint64> steps;
    QVector<models::StepMetrics> rows;
};

} // namespace genlab::run

Q_DECLARE_METATYPE(genlab::run::MetricsBatch)
