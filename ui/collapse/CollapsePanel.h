#pragma once

#include "metrics/CollapseAlarm.h"
#include "metrics/CollapseFrame.h"
#include "metrics/ImageCoverageFrame.h"
#include "run/MetricsBatch.h"
#include "run/SessionStatus.h"
#include "snapshot/ModelSnapshot.h"
#include "ui/jobs/BackgroundJob.h"

#include <QElapsedTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QStackedWidget;

namespace genlab::metrics {
class ImageCoverageMeter;
}

namespace genlab::ui {

class CollapseView;
class CountsBarChart;
class CoverageTimeline;

// The mode-collapse lab tab. For 2-D models: the CollapseView, the coverage figures over
// steps (modes, hq, reverse KL) and a bar chart of points per mode. For image models: a
// classifier for the data set (trained once in the background, then cached) labels 1,000
// generated samples every few seconds: class histogram, classes covered, KL to uniform, the
// classifier Frechet distance, and the diversity of a fixed-noise batch.
// Everything is computed from ModelSnapshots on pool threads; while one computation runs only
// the newest snapshot waits, so a slow machine shows fewer frames rather than falling behind.
// A sharp drop in modes or classes covered, or in diversity, raises the collapse alarm: a
// marker on the timeline and collapseAlarm().
class CollapsePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CollapsePanel(QWidget* parent = nullptr);
    ~CollapsePanel() override;

    // Shows the explanation of a story preset above the view (hidden for other presets).
    void showStory(const QString& presetName);
    // The run's verdict as it goes: "story told at step N after S s: ..." or how far it still
    // is (StoryVerdict); empty hides it.
    void showVerdict(const QString& line, bool told);
    void clear();

    CollapseView* view() const { return m_view; }
    CoverageTimeline* timeline() const { return m_timeline; }
    CoverageTimeline* gradientTimeline() const { return m_gradientTimeline; }
    CountsBarChart* bars() const { return m_bars; }
    bool isBusy() const { return m_frameJob.isRunning(); }
    int framesShown() const { return m_framesShown; }

public slots:
    // The newest model to measure; null: the source has none yet, so the lab empties.
    void showSnapshot(const genlab::snapshot::ModelSnapshotPtr& snapshot);
    // Paints a frame computed elsewhere (tests; the pool thread's results come here too).
    void showFrame(const genlab::metrics::CollapseFrame& frame);
    void showImageFrame(const genlab::metrics::ImageCoverageFrame& frame);
    // The training numbers: the gradient norm reaching the generator (grad_g) and D(G(z))
    // are plotted below the coverage curves (adversarial models only).
    void addMetrics(const genlab::run::MetricsBatch& batch);

signals:
    // The alarm fired at `step`; `message` is one sentence for the status bar.
    void collapseAlarm(qint64 step, const QString& message);

private:
    enum class Mode { None, Points, Images };
    struct Result {
        metrics::CollapseFrame frame;
        QString problem;
        int model = 0; // m_model when the job started
    };
    struct MeterResult {
        std::shared_ptr<const metrics::ImageCoverageMeter> meter;
        QString problem;
    };
    struct ImageResult {
        metrics::ImageCoverageFrame frame;
        QString problem;
        int model = 0;
    };
    void setMode(Mode mode);
    void startNext();
    void onComputed(const Result& result);
    void startMeasurement();
    void onMeterReady(const MeterResult& result);
    void onMeasured(const ImageResult& result);
    void raiseAlarm(qint64 step, const QString& message);

    QLabel* m_story = nullptr;
    QLabel* m_verdict = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_notice = nullptr;
    CollapseView* m_view = nullptr;
    CoverageTimeline* m_timeline = nullptr;
    CoverageTimeline* m_gradientTimeline = nullptr;
    qint64 m_lastMetricsStep = -1;
    CountsBarChart* m_bars = nullptr;
    BackgroundJob<Result> m_frameJob{this, [this](const Result& result) { onComputed(result); }};
    snapshot::ModelSnapshotPtr m_pending;
    metrics::CollapseAlarm m_modesAlarm;

    QLabel* m_imageSummary = nullptr;
    Mode m_mode = Mode::None;
    BackgroundJob<MeterResult> m_meterJob{this, [this](const MeterResult& result) { onMeterReady(result); }};
    BackgroundJob<ImageResult> m_imageJob{this, [this](const ImageResult& result) { onMeasured(result); }};
    std::shared_ptr<const metrics::ImageCoverageMeter> m_meter;
    QString m_meterData; // the data set the meter is (being) prepared for
    QString m_meterProblem;
    std::shared_ptr<std::atomic<bool>> m_stopPreparing;
    snapshot::ModelSnapshotPtr m_pendingImage;
    QElapsedTimer m_sinceMeasurement;
    metrics::CollapseAlarm m_classesAlarm;
    metrics::CollapseAlarm m_diversityAlarm;
    qint64 m_lastStep = -1;
    int m_framesShown = 0;
    // Counts the times the source dropped its model (a new configuration, a run opened): a
    // frame computed for an older one is not shown.
    int m_model = 0;
};

} // namespace genlab::ui
