#include "SampleGridView.h"

#include "imaging/PointColours.h"

#include "ui/widgets/ImageCanvas.h"

#include <qcustomplot.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace genlab::ui {

namespace {
// Past this many previews every second one is dropped, so a run of any length keeps a
// timeline that spans it all in bounded memory (a 28x28 8x8 grid is about 60 KB).
constexpr int kMaxPreviews = 2000;
} // namespace

SampleGridView::SampleGridView(QWidget* parent) : QWidget(parent)
{
    m_canvas = new ImageCanvas(this);
    m_canvas->setObjectName(QStringLiteral("sampleCanvas"));
    connect(m_canvas, &ImageCanvas::imageClicked, this, &SampleGridView::sampleClicked);

    m_scatter = new QCustomPlot(this);
    m_scatter->setObjectName(QStringLiteral("sampleScatter"));
    // QCustomPlot takes the right click itself: pass it on as this view's menu request, so
    // the exports' menu opens over the scatter as it does over an image grid.
    m_scatter->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_scatter, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        emit customContextMenuRequested(mapFromGlobal(m_scatter->mapToGlobal(at)));
    });
    m_scatter->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_scatter->legend->setVisible(true);
    m_scatter->legend->setFont(QFont(font().family(), 8));
    m_realGraph = m_scatter->addGraph();
    m_realGraph->setName(tr("real"));
    m_realGraph->setLineStyle(QCPGraph::lsNone);
    m_realGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, imaging::PointColours::kReal, 3));
    m_generatedGraph = m_scatter->addGraph();
    m_generatedGraph->setName(tr("generated"));
    m_generatedGraph->setLineStyle(QCPGraph::lsNone);
    m_generatedGraph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, imaging::PointColours::kGenerated, 3));
    m_realGraph->setAdaptiveSampling(false); // scatter points must all be drawn
    m_generatedGraph->setAdaptiveSampling(false);
    m_scatter->xAxis->setLabel(QStringLiteral("x"));
    m_scatter->yAxis->setLabel(QStringLiteral("y"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_canvas);
    m_stack->addWidget(m_scatter);

    m_timeline = new QSlider(Qt::Horizontal, this);
    m_timeline->setObjectName(QStringLiteral("timelineSlider"));
    m_timeline->setRange(0, 0);
    m_timeline->setEnabled(false);
    m_timeline->setToolTip(tr("Scrub back through the samples recorded during the run; "
                              "at the right end the view follows training live"));
    connect(m_timeline, &QSlider::valueChanged, this, &SampleGridView::showIndex);

    m_stepLabel = new QLabel(tr("no samples yet"), this);
    m_stepLabel->setObjectName(QStringLiteral("timelineLabel"));
    m_stepLabel->setMinimumWidth(110);

    auto* timelineRow = new QHBoxLayout;
    timelineRow->addWidget(new QLabel(tr("Timeline"), this));
    timelineRow->addWidget(m_timeline, 1);
    timelineRow->addWidget(m_stepLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(timelineRow);
}

void SampleGridView::addPreview(const run::SamplePreview& preview)
{
    const bool following = m_shownIndex < 0 || m_shownIndex == m_history.size() - 1;
    m_history.append(preview);
    if (m_history.size() > kMaxPreviews)
        thinHistory();
    const QSignalBlocker blocker(m_timeline);
    m_timeline->setRange(0, m_history.size() - 1);
    m_timeline->setEnabled(m_history.size() > 1);
    if (following) {
        m_timeline->setValue(m_history.size() - 1);
        showIndex(m_history.size() - 1);
    } else {
        showIndex(m_shownIndex); // refresh the label's "of N"
    }
}

void SampleGridView::thinHistory()
{
    // Keep the first and the newest; drop every second one in between.
    QVector<run::SamplePreview> kept;
    kept.reserve(m_history.size() / 2 + 2);
    for (int i = 0; i < m_history.size(); ++i)
        if (i % 2 == 0 || i == m_history.size() - 1)
            kept.append(m_history[i]);
    if (m_shownIndex >= 0)
        m_shownIndex = std::min<int>(m_shownIndex / 2, kept.size() - 1);
    m_history = std::move(kept);
}

void SampleGridView::truncateAfter(qint64 step)
{
    int keep = int(m_history.size());
    while (keep > 0 && m_history[keep - 1].step > step)
        --keep;
    if (keep == m_history.size())
        return;
    QVector<run::SamplePreview> kept = m_history.mid(0, keep);
    clear();
    for (const run::SamplePreview& preview : kept)
        addPreview(preview);
}

void SampleGridView::clear()
{
    m_history.clear();
    m_shownIndex = -1;
    m_scatterRangeSet = false;
    const QSignalBlocker blocker(m_timeline);
    m_timeline->setRange(0, 0);
    m_timeline->setEnabled(false);
    m_canvas->setImage(QImage());
    m_realGraph->data()->clear();
    m_generatedGraph->data()->clear();
    m_scatter->replot(QCustomPlot::rpQueuedReplot);
    m_stepLabel->setText(tr("no samples yet"));
}

void SampleGridView::showPreview(int index)
{
    m_timeline->setValue(index); // valueChanged -> showIndex
    if (index != m_shownIndex)
        showIndex(index);
}

const run::SamplePreview* SampleGridView::shownPreview() const
{
    return m_shownIndex >= 0 && m_shownIndex < m_history.size() ? &m_history[m_shownIndex] : nullptr;
}

void SampleGridView::showIndex(int index)
{
    if (index < 0 || index >= m_history.size())
        return;
    const bool changed = index != m_shownIndex;
    m_shownIndex = index;
    const run::SamplePreview& preview = m_history[index];
    if (preview.isPoints()) {
        m_stack->setCurrentWidget(m_scatter);
        QVector<double> xs, ys;
        auto setPoints = [&](QCPGraph* graph, const QVector<QPointF>& points) {
            xs.resize(points.size());
            ys.resize(points.size());
            for (int i = 0; i < points.size(); ++i) {
                xs[i] = points[i].x();
                ys[i] = points[i].y();
            }
            graph->setData(xs, ys);
        };
        setPoints(m_realGraph, preview.real);
        setPoints(m_generatedGraph, preview.generated);
        if (!m_scatterRangeSet && !preview.real.isEmpty()) {
            // Frame the real data once, with a margin; generated points that fly off stay
            // off-screen rather than rescaling the view every frame.
            m_realGraph->rescaleAxes();
            m_scatter->xAxis->scaleRange(1.3);
            m_scatter->yAxis->scaleRange(1.3);
            m_scatterRangeSet = true;
        }
        m_scatter->replot(QCustomPlot::rpQueuedReplot);
    } else {
        m_stack->setCurrentWidget(m_canvas);
        m_canvas->setImage(preview.grid);
    }
    m_stepLabel->setText(tr("step %1 (%2/%3)").arg(preview.step).arg(index + 1).arg(m_history.size()));
    if (changed)
        emit shownPreviewChanged(preview.step);
}

QImage SampleGridView::currentImage() const
{
    const run::SamplePreview* preview = shownPreview();
    if (!preview)
        return {};
    if (!preview->isPoints())
        return preview->grid;
    return m_scatter->toPixmap(m_scatter->width(), m_scatter->height()).toImage();
}

} // namespace genlab::ui
