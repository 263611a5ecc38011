#include "CountsBarChart.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <algorithm>

namespace genlab::ui {

CountsBarChart::CountsBarChart(QWidget* parent) : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("countsBarCanvas"));
    m_plot->setMinimumHeight(140);
    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setPen(QPen(QColor(150, 60, 10)));
    m_bars->setBrush(QColor(230, 85, 13));
    m_bars->setWidth(0.7);
    m_plot->yAxis->setLabel(tr("samples"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
}

void CountsBarChart::clear()
{
    setCounts({}, {}, QString());
}

void CountsBarChart::setCounts(const QVector<int>& counts, const QStringList& labels, const QString& title)
{
    QVector<double> values;
    for (int count : counts)
        values << count;
    setValues(values, labels, title);
    m_counts = counts;
}

void CountsBarChart::setValues(const QVector<double>& values, const QStringList& labels, const QString& title)
{
    const bool sameTicks = labels == m_labels && values.size() == m_values.size();
    m_values = values;
    m_counts.clear();
    m_labels = labels;
    QVector<double> keys;
    double highest = 1e-9;
    for (int i = 0; i < values.size(); ++i) {
        keys << i;
        highest = std::max(highest, values[i]);
    }
    m_bars->setData(keys, values, true);
    if (!sameTicks) {
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        // Numbered bars beyond ten (grid25's modes) would print their numbers on top of
        // each other: then only every 2nd, 5th, 10th... bar gets one, at most ten in all.
        int every = 1;
        if (labels.isEmpty())
            for (int step : {2, 5, 10, 20, 50, 100})
                if ((values.size() + every - 1) / every > kMostNumberedTicks)
                    every = step;
        for (int i = 0; i < values.size(); i += every)
            ticker->addTick(i, i < labels.size() ? labels[i] : QString::number(i));
        m_plot->xAxis->setTicker(ticker);
        m_plot->xAxis->setTickLabelRotation(labels.isEmpty() ? 0 : 40);
        m_plot->xAxis->setRange(-0.6, std::max<int>(1, int(values.size())) - 0.4);
    }
    m_plot->xAxis->setLabel(title);
    // All bars at zero (no high-quality point yet) get a unit scale, not one of 1e-10.
    m_plot->yAxis->setRange(0, highest > 1e-9 ? highest * 1.1 : 1.0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace genlab::ui
