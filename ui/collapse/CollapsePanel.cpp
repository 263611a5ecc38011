#include "CollapsePanel.h"

#include "common/AllocatorTuning.h"

#include "metrics/CollapseFrameBuilder.h"
#include "metrics/ImageCoverageMeter.h"
#include "ui/collapse/CollapseStories.h"
#include "ui/collapse/CollapseView.h"
#include "ui/widgets/ClassNameText.h"
#include "ui/widgets/CountsBarChart.h"
#include "ui/widgets/CoverageTimeline.h"

#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <exception>

namespace genlab::ui {

namespace {

// The coverage series' keys (the legend shows their translated labels).
const QString kModes = QStringLiteral("modes covered");
const QString kHq = QStringLiteral("hq fraction");
const QString kRkl = QStringLiteral("reverse KL");
const QString kClasses = QStringLiteral("classes covered");
const QString kClassKl = QStringLiteral("class KL");
const QString kDiversity = QStringLiteral("diversity");

// Labelling 1,000 samples costs a fraction of a second; every few seconds is enough to see
// coverage change and leaves the cores to training.
constexpr int kMeasurementIntervalMs = 3000;

// Losing a single mode or class (or the one stray mode of a collapsed run) is ordinary
// jitter; the alarm wants at least two gone at once, and for the 2-D frames (about four a
// second, each count noisy while few points are high quality) three low frames in a row.
metrics::CollapseAlarm::Settings countAlarmSettings(int confirmations)
{
    metrics::CollapseAlarm::Settings settings;
    settings.minimumFall = 2.0;
    settings.confirmations = confirmations;
    return settings;
}

QString errorText(const std::exception& error)
{
    return QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0);
}

} // namespace

CollapsePanel::CollapsePanel(QWidget* parent)
    : QWidget(parent), m_modesAlarm(countAlarmSettings(3)), m_classesAlarm(countAlarmSettings(2))
{
    qRegisterMetaType<genlab::snapshot::ModelSnapshotPtr>();
    qRegisterMetaType<genlab::metrics::CollapseFrame>();
    qRegisterMetaType<genlab::metrics::ImageCoverageFrame>();

    m_story = new QLabel(this);
    m_story->setObjectName(QStringLiteral("collapseStory"));
    m_story->setWordWrap(true);
    m_story->setTextFormat(Qt::RichText);
    m_story->setMargin(6);
    m_story->setStyleSheet(QStringLiteral("QLabel { background: #fff8e6; border: 1px solid #e8d8a8; }"));
    m_story->setVisible(false);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("collapseVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setMargin(6);
    m_verdict->setVisible(false);

    m_view = new CollapseView(this);
    m_view->setObjectName(QStringLiteral("collapseView"));
    m_notice = new QLabel(tr("Train a model to see mode collapse here: on 2-D data (ring8, grid25, spiral, "
                             "moons, CSV points) the generator and its critic over the plane; on labelled "
                             "images (MNIST digits, Fashion-MNIST) the classes it draws."),
                          this);
    m_notice->setObjectName(QStringLiteral("collapseNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_imageSummary = new QLabel(this);
    m_imageSummary->setObjectName(QStringLiteral("imageCoverageSummary"));
    m_imageSummary->setWordWrap(true);
    m_imageSummary->setTextFormat(Qt::RichText);
    m_imageSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_imageSummary->setMargin(12);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_notice);
    m_pages->addWidget(m_imageSummary);
    m_pages->setCurrentWidget(m_notice);

    m_timeline = new CoverageTimeline(this);
    m_timeline->setObjectName(QStringLiteral("coverageTimeline"));
    m_gradientTimeline = new CoverageTimeline(this);
    m_gradientTimeline->setObjectName(QStringLiteral("gradientTimeline"));
    m_gradientTimeline->setVisible(false);
    m_bars = new CountsBarChart(this);
    m_bars->setObjectName(QStringLiteral("modeBars"));

    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_timeline);
    side->addWidget(m_gradientTimeline);
    side->addWidget(m_bars);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    side->setStretchFactor(2, 2);
    side->setMinimumWidth(300);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_pages);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 420});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_story);
    layout->addWidget(m_verdict);
    layout->addWidget(splitter, 1);

    setMode(Mode::Points);
}

CollapsePanel::~CollapsePanel()
{
    // The computations hold their own snapshots and touch nothing of ours; a classifier still
    // training is asked to stop (it is then not cached).
    if (m_stopPreparing)
        *m_stopPreparing = true;
    m_frameJob.waitForFinished();
    m_meterJob.waitForFinished();
    m_imageJob.waitForFinished();
}

void CollapsePanel::showStory(const QString& presetName)
{
    const QString text = CollapseStories::explanation(presetName);
    m_story->setText(text);
    m_story->setVisible(!text.isEmpty());
}

void CollapsePanel::showVerdict(const QString& line, bool told)
{
    m_verdict->setText(line);
    m_verdict->setVisible(!line.isEmpty());
    // Green once told; grey while the run is still on its way.
    m_verdict->setStyleSheet(
        told ? QStringLiteral("QLabel { background: #e3f4e1; border: 1px solid #9ccc95; "
                              "font-weight: bold; }")
             : QStringLiteral("QLabel { background: #f2f2f2; border: 1px solid #d0d0d0; }"));
}

void CollapsePanel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    clear();
}

void CollapsePanel::clear()
{
    m_view->clear();
    m_bars->clear();
    m_timeline->clear();
    if (m_mode == Mode::Images) {
        m_timeline->addSeries(kClasses, QColor(230, 85, 13), false, tr("classes covered"));
        m_timeline->addSeries(kClassKl, QColor(120, 120, 120), true, tr("class KL"));
        m_timeline->addSeries(kDiversity, QColor(31, 119, 180), true, tr("diversity"));
        m_timeline->setLeftLabel(tr("classes covered"));
        m_timeline->setRightLabel(tr("class KL (nats), diversity"));
    } else {
        m_timeline->addSeries(kModes, QColor(230, 85, 13), false, tr("modes covered"));
        m_timeline->addSeries(kHq, QColor(31, 119, 180), true, tr("hq fraction"));
        m_timeline->addSeries(kRkl, QColor(120, 120, 120), true, tr("reverse KL"));
        m_timeline->setLeftLabel(tr("modes covered"));
        m_timeline->setRightLabel(tr("hq fraction, reverse KL (nats)"));
    }
    m_modesAlarm.reset();
    m_classesAlarm.reset();
    m_diversityAlarm.reset();
    m_lastStep = -1;
}

void CollapsePanel::showSnapshot(const genlab::snapshot::ModelSnapshotPtr& snapshot)
{
    if (!snapshot) {
        if (m_mode == Mode::None && !m_pending && !m_pendingImage)
            return;
        ++m_model;
        m_pending.reset();
        m_pendingImage.reset();
        clear();
        m_gradientTimeline->clear();
        m_lastMetricsStep = -1;
        m_imageSummary->setText(tr("<p>No model yet: train or step to measure it.</p>"));
        return;
    }
    if (snapshot->isPointModel()) {
        setMode(Mode::Points);
        m_pages->setCurrentWidget(m_view);
        m_pending = snapshot;
        if (!m_frameJob.isRunning())
            startNext();
        return;
    }

    setMode(Mode::Images);
    m_pages->setCurrentWidget(m_imageSummary);
    m_pendingImage = snapshot;
    if (m_meterData != snapshot->dataName()) {
        // A new data set: its classifier is loaded or trained once, in the background.
        if (m_stopPreparing)
            *m_stopPreparing = true;
        m_meter.reset();
        m_meterProblem.clear();
        m_meterData = snapshot->dataName();
        m_stopPreparing = std::make_shared<std::atomic<bool>>(false);
        const QString cacheDir = metrics::ImageCoverageMeter::defaultCacheDir();
        m_imageSummary->setText(tr("<p>Preparing the classifier for <b>%1</b> (trained once in the "
                                   "background, then cached in %2)...</p>")
                                    .arg(m_meterData.toHtmlEscaped(), cacheDir.toHtmlEscaped()));
        if (!m_meterJob.isRunning()) {
            const std::shared_ptr<std::atomic<bool>> stop = m_stopPreparing;
            m_meterJob.start([snapshot, cacheDir, stop] {
                MeterResult result;
                try {
                    result.meter = metrics::ImageCoverageMeter::prepare(snapshot->dataSet(), cacheDir,
                                                                        [stop] { return bool(*stop); });
                    releaseFreeMemory();
                } catch (const std::exception& error) {
                    result.problem = errorText(error);
                }
                return result;
            });
        }
        return;
    }
    startMeasurement();
}

void CollapsePanel::onMeterReady(const MeterResult& result)
{
    if (result.meter && result.meter->dataName() != m_meterData) {
        // The data set changed while preparing: start again for the new one.
        const QString wanted = m_meterData;
        m_meterData.clear();
        if (m_pendingImage && m_pendingImage->dataName() == wanted)
            showSnapshot(m_pendingImage);
        return;
    }
    m_meter = result.meter;
    m_meterProblem = result.problem;
    if (!m_meter) {
        m_imageSummary->setText(
            tr("<p>No class coverage for this data: %1</p>").arg(m_meterProblem.toHtmlEscaped()));
        return;
    }
    startMeasurement();
}

void CollapsePanel::startMeasurement()
{
    if (!m_meter || !m_pendingImage || m_imageJob.isRunning())
        return;
    if (m_sinceMeasurement.isValid() && m_sinceMeasurement.elapsed() < kMeasurementIntervalMs) {
        QTimer::singleShot(kMeasurementIntervalMs - int(m_sinceMeasurement.elapsed()), this,
                           &CollapsePanel::startMeasurement);
        return;
    }
    const snapshot::ModelSnapshotPtr snapshot = std::move(m_pendingImage);
    m_pendingImage.reset();
    const std::shared_ptr<const metrics::ImageCoverageMeter> meter = m_meter;
    m_sinceMeasurement.start();
    m_imageJob.start([meter, snapshot, model = m_model] {
        ImageResult result;
        result.model = model;
        try {
            result.frame = meter->measure(*snapshot);
        } catch (const std::exception& error) {
            result.problem = errorText(error);
        }
        releaseFreeMemory();
        return result;
    });
}

void CollapsePanel::onMeasured(const ImageResult& result)
{
    // A frame measured for a model the source has dropped since is not shown.
    if (result.model == m_model) {
        if (result.problem.isEmpty())
            showImageFrame(result.frame);
        else
            m_imageSummary->setText(
                tr("<p>Cannot measure this model: %1</p>").arg(result.problem.toHtmlEscaped()));
    }
    startMeasurement();
}

void CollapsePanel::showImageFrame(const genlab::metrics::ImageCoverageFrame& frame)
{
    setMode(Mode::Images);
    m_pages->setCurrentWidget(m_imageSummary);
    if (frame.step < m_lastStep)
        clear();
    ++m_framesShown;
    QString text = tr("<h3>Step %1</h3>").arg(frame.step);
    if (frame.hasClasses) {
        text += tr("<p>A classifier trained on the data set (test accuracy %1%) labels %2 generated "
                   "samples:</p><table cellspacing='6'>"
                   "<tr><td>classes covered (at least %3 samples)</td><td><b>%4 of %5</b></td></tr>"
                   "<tr><td>KL(class histogram || uniform)</td><td><b>%6</b> nats</td></tr>"
                   "<tr><td>classifier Frechet distance to the test images</td><td><b>%7</b></td></tr>")
                    .arg(100.0 * frame.classifierAccuracy, 0, 'f', 1)
                    .arg(frame.sampleCount)
                    .arg(metrics::ImageCoverageMeter::kMinCountPerClass)
                    .arg(frame.covered)
                    .arg(frame.counts.size())
                    .arg(frame.klToUniform, 0, 'f', 3)
                    .arg(frame.frechetDistance, 0, 'f', 2);
    } else {
        text += tr("<p>This data set has no labels, so there is no class coverage; diversity only.</p><table "
                   "cellspacing='6'>");
    }
    text += tr("<tr><td>diversity of the %1 fixed-noise samples</td><td><b>%2</b></td></tr></table>"
               "<p style='color:#666'>Diversity is the mean RMS pixel difference between two samples (0 when "
               "they are all alike). The Frechet distance is measured in the features of GenLab's own small "
               "classifier, so it is not comparable with published FIDs.</p>")
                .arg(frame.diversityCount)
                .arg(frame.diversity, 0, 'f', 3);
    m_imageSummary->setText(text);

    if (frame.step <= m_lastStep)
        return;
    m_lastStep = frame.step;
    m_timeline->addValue(kDiversity, frame.step, frame.diversity);
    const double diversityBefore = m_diversityAlarm.baseline();
    if (m_diversityAlarm.add(frame.diversity))
        raiseAlarm(frame.step, tr("Collapse alarm at step %1: sample diversity fell to %2 (from about %3)")
                                   .arg(frame.step)
                                   .arg(frame.diversity, 0, 'f', 3)
                                   .arg(diversityBefore, 0, 'f', 3));
    if (!frame.hasClasses)
        return;
    m_bars->setCounts(frame.counts, classNameTexts(frame.classNames),
                      tr("generated samples per class (now)"));
    m_timeline->addValue(kClasses, frame.step, frame.covered);
    m_timeline->addValue(kClassKl, frame.step, frame.klToUniform);
    const double classesBefore = m_classesAlarm.baseline();
    if (m_classesAlarm.add(frame.covered))
        raiseAlarm(frame.step,
                   tr("Collapse alarm at step %1: classes covered fell to %2 of %3 (from about %4)")
                       .arg(frame.step)
                       .arg(frame.covered)
                       .arg(frame.counts.size())
                       .arg(classesBefore, 0, 'f', 0));
}

void CollapsePanel::startNext()
{
    if (!m_pending)
        return;
    const snapshot::ModelSnapshotPtr snapshot = std::move(m_pending);
    m_pending.reset();
    m_frameJob.start([snapshot, model = m_model] {
        Result result;
        result.model = model;
        try {
            result.frame =
                metrics::CollapseFrameBuilder::build(metrics::CollapseSource::fromSnapshot(snapshot));
        } catch (const std::exception& error) {
            result.problem = errorText(error);
        }
        return result;
    });
}

void CollapsePanel::onComputed(const Result& result)
{
    if (result.model != m_model) {
        // Computed for a model the source has dropped since: not shown.
    } else if (result.problem.isEmpty()) {
        showFrame(result.frame);
    } else {
        m_notice->setText(tr("The collapse view cannot show this model: %1").arg(result.problem));
        m_pages->setCurrentWidget(m_notice);
    }
    startNext();
}

void CollapsePanel::showFrame(const genlab::metrics::CollapseFrame& frame)
{
    setMode(Mode::Points);
    m_pages->setCurrentWidget(m_view);
    // A step before the last one means a new run (reset): start the curves again.
    if (frame.step < m_lastStep)
        clear();
    m_view->showFrame(frame);
    ++m_framesShown;
    if (frame.hasModes()) {
        // No labels: the chart numbers the modes itself, and thins the numbers out on grid25.
        m_bars->setCounts(frame.highQualityPerMode, {}, tr("high-quality points per mode (now)"));
        if (frame.step > m_lastStep) {
            m_timeline->addValue(kModes, frame.step, frame.modes);
            m_timeline->addValue(kHq, frame.step, frame.hq);
            m_timeline->addValue(kRkl, frame.step, frame.rkl);
            const double before = m_modesAlarm.baseline();
            if (m_modesAlarm.add(frame.modes))
                raiseAlarm(frame.step,
                           tr("Collapse alarm at step %1: modes covered fell to %2 of %3 (from about %4)")
                               .arg(frame.step)
                               .arg(frame.modes)
                               .arg(frame.modeCount)
                               .arg(before, 0, 'f', 0));
        }
    }
    m_lastStep = std::max(m_lastStep, frame.step);
}

void CollapsePanel::addMetrics(const genlab::run::MetricsBatch& batch)
{
    const QString gradName = QStringLiteral("grad_g");
    const QString fakeName = QStringLiteral("d_fake");
    for (int i = 0; i < batch.steps.size() && i < batch.rows.size(); ++i) {
        const qint64 step = batch.steps[i];
        if (step < m_lastMetricsStep) {
            // A new run.
            m_gradientTimeline->clear();
        }
        m_lastMetricsStep = step;
        for (const models::NamedValue& value : batch.rows[i]) {
            if (value.name != gradName && value.name != fakeName)
                continue;
            if (m_gradientTimeline->pointCount(gradName) == 0 &&
                m_gradientTimeline->pointCount(fakeName) == 0) {
                m_gradientTimeline->addSeries(gradName, QColor(0, 90, 50), false);
                m_gradientTimeline->addSeries(fakeName, QColor(150, 60, 150), true);
                m_gradientTimeline->setLeftLogScale(true);
                m_gradientTimeline->setLeftLabel(tr("|grad| reaching G"));
                m_gradientTimeline->setRightLabel(tr("D(G(z)) or critic"));
                m_gradientTimeline->setVisible(true);
            }
            // A zero norm has no place on a log axis; it is the extreme of vanishing anyway.
            if (value.name == fakeName || value.value > 0)
                m_gradientTimeline->addValue(value.name, step, value.value);
        }
    }
}

void CollapsePanel::raiseAlarm(qint64 step, const QString& message)
{
    m_timeline->addAlarm(step, tr("collapse"));
    emit collapseAlarm(step, message);
}

} // namespace genlab::ui
