#pragma once

#include "metrics/CollapseAlarm.h"
#include "metrics/CollapseFrame.h"
#include "training/ModelSnapshot.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace genlab::ui {

class CollapseView;
class CountsBarChart;
class CoverageTimeline;

// The mode-collapse lab tab. For 2-D models: the CollapseView, the coverage figures over
// steps (modes, hq, reverse KL) and a bar chart of points per mode. Frames are computed from
// each ModelSnapshot on a pool thread; while one is being computed only the newest snapshot
// waits, so a slow machine shows fewer frames rather than falling behind. A sharp drop in
// the modes covered raises the collapse alarm: a marker on the timeline and collapseAlarm().
class CollapsePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CollapsePanel(QWidget* parent = nullptr);
    ~CollapsePanel() override;

    // Shows the explanation of a story preset above the view (hidden for other presets).
    void showStory(const QString& presetName);
    void clear();

    CollapseView* view() const { return m_view; }
    CoverageTimeline* timeline() const { return m_timeline; }
    CountsBarChart* bars() const { return m_bars; }
    bool isBusy() const { return m_watcher.isRunning(); }
    int framesShown() const { return m_framesShown; }

public slots:
    void showSnapshot(const genlab::training::ModelSnapshotPtr& snapshot);
    // Paints a frame computed elsewhere (tests; the pool thread's results come here too).
    void showFrame(const genlab::metrics::CollapseFrame& frame);

signals:
    // The alarm fired at `step`; `message` is one sentence for the status bar.
    void collapseAlarm(qint64 step, const QString& message);

private:
    struct Result {
        metrics::CollapseFrame frame;
        QString problem;
    };
    void startNext();
    void onComputed();

    QLabel* m_story = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_notice = nullptr;
    CollapseView* m_view = nullptr;
    CoverageTimeline* m_timeline = nullptr;
    CountsBarChart* m_bars = nullptr;
    QFutureWatcher<Result> m_watcher;
    training::ModelSnapshotPtr m_pending;
    metrics::CollapseAlarm m_modesAlarm;
    qint64 m_lastStep = -1;
    int m_framesShown = 0;
};

} // namespace genlab::ui
