#pragma once

#include "models/StepMetrics.h"

#include <QMetaType>
#include <QString>
#include <QVector>

namespace genlab::run {

// Where a training session stands; sent to the window with every batch of metrics.
struct SessionStatus {
    enum class State { Idle, Loading, Running, Paused, Finished, Failed };

    State state = State::Idle;
    qint64 step = 0;
    qint64 epoch = 0;
    qint64 totalSteps = 0; // 0: the run has no fixed length
    double elapsedSeconds = 0.0;
    double stepsPerSecond = 0.0;
    QString runPath; // the run folder being written, empty before the first step
};

// Metrics of consecutive steps, batched so the window gets a few dozen updates a second
// however fast training runs.
struct MetricsBatch {
    QVector<qint64> steps;
    QVector<models::StepMetrics> rows;
};

} // namespace genlab::run

Q_DECLARE_METATYPE(genlab::run::SessionStatus)
Q_DECLARE_METATYPE(genlab::run::MetricsBatch)
