#pragma once

#include <QMetaType>
#include <QString>

namespace genlab::run {

// Where a training session stands; sent to the window with every batch of metrics.
struct SessionStatus {
    enum class State { Idle, Loading, Running, Paused, Finished, Failed };

    State state = State::Idle;
    qint64 step = 0;
    qint64 epoch = 0;      // -1: not known (a followed run's folder does not record it)
    qint64 totalSteps = 0; // 0: the run has no fixed length
    double elapsedSeconds = 0.0;
    double stepsPerSecond = 0.0;
    QString runPath; // the run folder being written, empty before the first step
    // The preset's verdict (training::VerdictWatch::line()): told at step N, or how far it still
    // is; empty for a run without one.
    QString story;
    bool storyTold = false;
    qint64 storyStep = 0;
    double storySeconds = 0.0;
};

} // namespace genlab::run

Q_DECLARE_METATYPE(genlab::run::SessionStatus)
