#include "CollapsePanel.h"

#include "CollapseStories.h"
#include "CollapseView.h"
#include "CountsBarChart.h"
#include "CoverageTimeline.h"
#include "metrics/CollapseFrameBuilder.h"

#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace genlab::ui {

namespace {

const QString kModes = QStringLiteral("modes covered");
const QString kHq = QStringLiteral("hq fraction");
const QString kRkl = QStringLiteral("reverse KL");

} // namespace

CollapsePanel::CollapsePanel(QWidget* parent) : QWidget(parent)
{
    qRegisterMetaType<genlab::training::ModelSnapshotPtr>();
    qRegisterMetaType<genlab::metrics::CollapseFrame>();

    m_story = new QLabel(this);
    m_story->setObjectName(QStringLiteral("collapseStory"));
    m_story->setWordWrap(true);
    m_story->setTextFormat(Qt::RichText);
    m_story->setMargin(6);
    m_story->setStyleSheet(QStringLiteral("QLabel { background: #fff8e6; border: 1px solid #e8d8a8; }"));
    m_story->setVisible(false);

    m_view = new CollapseView(this);
    m_view->setObjectName(QStringLiteral("collapseView"));
    m_notice = new QLabel(tr("The mode-collapse view shows models trained on 2-D data (ring8, grid25, "
                             "spiral, moons, CSV points). Choose one and press Train."),
                          this);
    m_notice->setObjectName(QStringLiteral("collapseNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_notice);

    m_timeline = new CoverageTimeline(this);
    m_timeline->setObjectName(QStringLiteral("coverageTimeline"));
    m_bars = new CountsBarChart(this);
    m_bars->setObjectName(QStringLiteral("modeBars"));

    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_timeline);
    side->addWidget(m_bars);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_pages);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_story);
    layout->addWidget(splitter, 1);

    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &CollapsePanel::onComputed);
    clear();
}

CollapsePanel::~CollapsePanel()
{
    // The running computation holds its own snapshot and touches nothing of ours; waiting here
    // only keeps the watcher from outliving a result nobody will read.
    m_watcher.waitForFinished();
}

void CollapsePanel::showStory(const QString& presetName)
{
    const QString text = CollapseStories::explanation(presetName);
    m_story->setText(text);
    m_story->setVisible(!text.isEmpty());
}

void CollapsePanel::clear()
{
    m_view->clear();
    m_bars->clear();
    m_timeline->clear();
    m_timeline->addSeries(kModes, QColor(230, 85, 13), false);
    m_timeline->addSeries(kHq, QColor(31, 119, 180), true);
    m_timeline->addSeries(kRkl, QColor(120, 120, 120), true);
    m_timeline->setLeftLabel(tr("modes covered"));
    m_timeline->setRightLabel(tr("hq fraction, reverse KL (nats)"));
    m_modesAlarm.reset();
    m_lastStep = -1;
}

void CollapsePanel::showSnapshot(const genlab::training::ModelSnapshotPtr& snapshot)
{
    if (!snapshot)
        return;
    if (!snapshot->isPointModel()) {
        m_pages->setCurrentWidget(m_notice);
        return;
    }
    m_pages->setCurrentWidget(m_view);
    m_pending = snapshot;
    if (!m_watcher.isRunning())
        startNext();
}

void CollapsePanel::startNext()
{
    if (!m_pending)
        return;
    const training::ModelSnapshotPtr snapshot = std::move(m_pending);
    m_pending.reset();
    m_watcher.setFuture(QtConcurrent::run([snapshot]() -> Result {
        Result result;
        try {
            result.frame =
                metrics::CollapseFrameBuilder::build(metrics::CollapseSource::fromSnapshot(snapshot));
        } catch (const std::exception& error) {
            result.problem = QString::fromLocal8Bit(error.what());
        }
        return result;
    }));
}

void CollapsePanel::onComputed()
{
    const Result result = m_watcher.result();
    if (result.problem.isEmpty())
        showFrame(result.frame);
    else
        m_notice->setText(tr("The collapse view cannot show this model: %1").arg(result.problem));
    startNext();
}

void CollapsePanel::showFrame(const genlab::metrics::CollapseFrame& frame)
{
    // A step before the last one means a new run (reset): start the curves again.
    if (frame.step < m_lastStep)
        clear();
    m_view->showFrame(frame);
    ++m_framesShown;
    if (frame.hasModes()) {
        QStringList labels;
        for (int i = 0; i < frame.modeCount; ++i)
            labels << QString::number(i);
        m_bars->setCounts(frame.highQualityPerMode, labels, tr("high-quality points per mode (now)"));
        if (frame.step > m_lastStep) {
            m_timeline->addValue(kModes, frame.step, frame.modes);
            m_timeline->addValue(kHq, frame.step, frame.hq);
            m_timeline->addValue(kRkl, frame.step, frame.rkl);
            const double before = m_modesAlarm.baseline();
            if (m_modesAlarm.add(frame.modes)) {
                const QString message =
                    tr("Collapse alarm at step %1: modes covered fell to %2 of %3 (from about %4)")
                        .arg(frame.step)
                        .arg(frame.modes)
                        .arg(frame.modeCount)
                        .arg(before, 0, 'f', 0);
                m_timeline->addAlarm(frame.step, tr("collapse"));
                emit collapseAlarm(frame.step, message);
            }
        }
    }
    m_lastStep = std::max(m_lastStep, frame.step);
}

} // namespace genlab::ui
