#pragma once

#include "compare/ComparisonFrame.h"
#include "compare/ComparisonPlan.h"
#include "compare/ComparisonStart.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace genlab::compare {
class ComparisonRun;
}

namespace genlab::session {

// The worker behind the window's Compare tab: lives in its own QThread, owns a ComparisonRun
// and trains it in short slices so that stop() and the thread's interruption are seen within
// one training step. Results leave as values (ComparisonStart once, then ComparisonFrames).
// Use it through ComparisonController.
class ComparisonSession : public QObject
{
    Q_OBJECT

public:
    explicit ComparisonSession(QObject* parent = nullptr);
    ~ComparisonSession() override;

    static constexpr int kSliceMs = 15;
    // Image grids are also sent between measurements, at most this often per model, so that
    // a slow model's grid still moves.
    static constexpr int kGridIntervalMs = 1000;

public slots:
    // Drops any comparison in progress, loads the new one and starts training it.
    void start(const genlab::compare::ComparisonPlan& plan);
    void stop();

signals:
    void started(const genlab::compare::ComparisonStart& start);
    void frameReady(const genlab::compare::ComparisonFrame& frame);
    // Every model reached its run length (completed) or stop() ended it (not completed).
    void finished(bool completed);
    void failed(const QString& message);

private:
    void runSlice();

    std::unique_ptr<compare::ComparisonRun> m_run;
    QVector<QElapsedTimer> m_sinceFrame; // per model
    bool m_sliceQueued = false;
};

} // namespace genlab::session
