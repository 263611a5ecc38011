#include "CoverageTimeline.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

namespace genlab::ui {

namespace {

const QColor kAlarmColour(200, 30, 30);

} // namespace

CoverageTimeline::CoverageTimeline(QWidget* parent) : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("coverageTimelineCanvas"));
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->setMinimumHeight(160);
    m_plot->xAxis->setLabel(tr("step"));
    m_plot->yAxis2->setVisible(true);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(QFont(font().family(), 8));
    m_plot->legend->setBrush(QBrush(QColor(255, 255, 255, 220)));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
}

void CoverageTimeline::addSeries(const QString& name, const QColor& colour, bool rightAxis,
                                 const QString& label)
{
    if (m_series.contains(name))
        return;
    QCPGraph* graph = m_plot->addGraph(m_plot->xAxis, rightAxis ? m_plot->yAxis2 : m_plot->yAxis);
    graph->setName(label.isEmpty() ? name : label);
    graph->setPen(QPen(colour, 1.5));
    m_series.insert(name, graph);
}

void CoverageTimeline::addValue(const QString& name, qint64 step, double value)
{
    if (!m_series.contains(name))
        addSeries(name, Qt::black, false);
    QCPGraph* graph = m_series.value(name);
    graph->addData(double(step), value);
    replotSoon();
}

void CoverageTimeline::addAlarm(qint64 step, const QString& label)
{
    auto* line = new QCPItemStraightLine(m_plot);
    line->setPen(QPen(kAlarmColour, 1, Qt::DashLine));
    line->point1->setCoords(double(step), 0.0);
    line->point2->setCoords(double(step), 1.0);
    auto* text = new QCPItemText(m_plot);
    text->setText(label);
    text->setColor(kAlarmColour);
    text->setFont(QFont(font().family(), 8));
    text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    text->position->setTypeX(QCPItemPosition::ptPlotCoords);
    text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(double(step), 0.02);
    ++m_alarmCount;
    replotSoon();
}

void CoverageTimeline::setLeftLabel(const QString& label)
{
    m_plot->yAxis->setLabel(label);
}

void CoverageTimeline::setRightLabel(const QString& label)
{
    m_plot->yAxis2->setLabel(label);
}

void CoverageTimeline::setLeftLogScale(bool logScale)
{
    m_leftLog = logScale;
    m_plot->yAxis->setScaleType(logScale ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (logScale)
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    else
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
}

void CoverageTimeline::clear()
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_series.clear();
    m_alarmCount = 0;
    replotSoon();
}

int CoverageTimeline::pointCount(const QString& name) const
{
    const QCPGraph* graph = m_series.value(name);
    return graph ? graph->dataCount() : 0;
}

void CoverageTimeline::replotSoon()
{
    m_plot->xAxis->rescale();
    if (m_plot->xAxis->range().size() < 1)
        m_plot->xAxis->setRange(m_plot->xAxis->range().lower, m_plot->xAxis->range().lower + 1);
    for (QCPAxis* axis : {m_plot->yAxis, m_plot->yAxis2}) {
        bool found = false;
        QCPRange range;
        for (QCPGraph* graph : m_series) {
            if (graph->valueAxis() != axis)
                continue;
            bool ok = false;
            const bool logAxis = axis == m_plot->yAxis && m_leftLog;
            const QCPRange r = graph->getValueRange(ok, logAxis ? QCP::sdPositive : QCP::sdBoth);
            if (ok)
                range = found ? QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper)) : r;
            found = found || ok;
        }
        // Counts and shares start at zero; a little headroom keeps the top line visible. When the
        // curves are all at zero (a run stuck at 0 modes): one unit tall, not a scale of millionths.
        const double minimumSpan = range.upper <= 0.0 ? 1.0 : 1e-6;
        if (found && axis == m_plot->yAxis && m_leftLog)
            axis->setRange(range.lower / 2, std::max(range.upper * 2, range.lower * 10));
        else if (found)
            axis->setRange(std::min(0.0, range.lower),
                           std::max(range.upper * 1.08, range.lower + minimumSpan));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace genlab::ui
