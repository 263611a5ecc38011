#include "LossPlot.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace genlab::ui {

namespace {

// Distinct, print-friendly colours; series beyond the palette reuse it.
const QVector<QColor> kSeriesColours = {QColor(31, 119, 180),  QColor(255, 127, 14),  QColor(44, 160, 44),
                                        QColor(214, 39, 40),   QColor(148, 103, 189), QColor(140, 86, 75),
                                        QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34),
                                        QColor(23, 190, 207)};

constexpr int kSmoothingSliderMax = 99; // slider value / 100 = smoothing factor
constexpr double kDefaultSmoothing = 0.6;

} // namespace

LossPlot::LossPlot(QWidget* parent) : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("lossPlotCanvas"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(QFont(font().family(), 8));
    m_plot->legend->setBrush(QBrush(QColor(255, 255, 255, 220)));
    m_plot->legend->setSelectableParts(QCPLegend::spItems);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_plot->xAxis->setLabel(tr("step"));
    // Gradient norms (grad_g, ...) span orders of magnitude and would flatten the losses: they
    // get the right-hand axis, on a log scale, shown once the first one arrives.
    m_plot->yAxis2->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis2->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    m_plot->yAxis2->setLabel(tr("gradient norm (log)"));
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setMinimumHeight(180);

    connect(m_plot, &QCustomPlot::legendClick, this,
            [this](QCPLegend* legend, QCPAbstractLegendItem* item, QMouseEvent* event) {
                if (event->button() == Qt::LeftButton) // a right click is for the menu
                    onLegendClick(legend, item);
            });
    // A drag or wheel zoom means the user wants to look somewhere: stop autoscaling until Fit.
    // A plain click is not a drag: the plot keeps following.
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        if (event->buttons() & Qt::LeftButton)
            m_followData = false;
    });
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this](QWheelEvent*) { m_followData = false; });
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& at) { emit contextMenuRequested(m_plot->mapToGlobal(at)); });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent*) { fitToData(); });

    m_smoothingSlider = new QSlider(Qt::Horizontal, this);
    m_smoothingSlider->setObjectName(QStringLiteral("smoothingSlider"));
    m_smoothingSlider->setRange(0, kSmoothingSliderMax);
    m_smoothingSlider->setValue(int(kDefaultSmoothing * 100));
    m_smoothingSlider->setToolTip(tr("Exponential smoothing of the curves (0 = raw values)"));
    connect(m_smoothingSlider, &QSlider::valueChanged, this, [this] {
        rebuildSmoothedData();
        requestReplot();
    });

    m_logScaleBox = new QCheckBox(tr("Log scale"), this);
    m_logScaleBox->setObjectName(QStringLiteral("logScaleBox"));
    m_logScaleBox->setToolTip(tr("Logarithmic value axis (values at or below zero are not drawn)"));
    connect(m_logScaleBox, &QCheckBox::toggled, this, &LossPlot::setLogScale);

    auto* fitButton = new QPushButton(tr("Fit"), this);
    fitButton->setToolTip(tr("Show all data again and follow new steps (or double-click the plot)"));
    connect(fitButton, &QPushButton::clicked, this, &LossPlot::fitToData);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Smoothing"), this));
    controls->addWidget(m_smoothingSlider, 1);
    controls->addWidget(m_logScaleBox);
    controls->addWidget(fitButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addLayout(controls);
}

LossPlot::Series& LossPlot::seriesFor(const QString& name)
{
    auto found = m_series.find(name);
    if (found != m_series.end())
        return *found;
    Series series;
    const bool gradient = name.startsWith(QLatin1String("grad_"));
    series.graph = m_plot->addGraph(m_plot->xAxis, gradient ? m_plot->yAxis2 : m_plot->yAxis);
    if (gradient)
        m_plot->yAxis2->setVisible(true);
    series.graph->setName(gradient ? tr("%1 (right axis)").arg(name) : name);
    series.graph->setPen(QPen(kSeriesColours.at(m_order.size() % kSeriesColours.size()), 1));
    series.graph->setAdaptiveSampling(true);
    m_order << name;
    return *m_series.insert(name, series);
}

void LossPlot::appendRows(const QVector<qint64>& steps, const QVector<models::StepMetrics>& rows)
{
    const double factor = smoothing();
    const int count = std::min(steps.size(), rows.size());
    for (int i = 0; i < count; ++i) {
        const double step = double(steps[i]);
        for (const models::NamedValue& value : rows[i]) {
            Series& series = seriesFor(value.name);
            series.steps.append(step);
            series.values.append(value.value);
            if (!std::isfinite(value.value))
                continue;
            series.smoothed =
                series.hasSmoothed ? factor * series.smoothed + (1.0 - factor) * value.value : value.value;
            series.hasSmoothed = true;
            series.graph->addData(step, series.smoothed);
        }
    }
    if (count > 0)
        requestReplot();
}

void LossPlot::rebuildSmoothedData()
{
    const double factor = smoothing();
    for (Series& series : m_series) {
        QVector<QCPGraphData> data;
        data.reserve(series.values.size());
        series.hasSmoothed = false;
        for (int i = 0; i < series.values.size(); ++i) {
            const double value = series.values[i];
            if (!std::isfinite(value))
                continue;
            series.smoothed = series.hasSmoothed ? factor * series.smoothed + (1.0 - factor) * value : value;
            series.hasSmoothed = true;
            data.append(QCPGraphData(series.steps[i], series.smoothed));
        }
        series.graph->data()->set(data, true);
    }
}

void LossPlot::addMarker(qint64 step, const QString& label)
{
    auto* line = new QCPItemStraightLine(m_plot);
    line->setPen(QPen(QColor(120, 120, 120), 1, Qt::DashLine));
    line->point1->setCoords(double(step), 0.0);
    line->point2->setCoords(double(step), 1.0);

    auto* text = new QCPItemText(m_plot);
    text->position->setTypeX(QCPItemPosition::ptPlotCoords);
    text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    // Along the bottom edge, stacked four deep: the legend holds the top right corner.
    text->position->setCoords(double(step), 0.98 - 0.05 * (m_markerCount % 4));
    text->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    text->setText(label);
    text->setFont(QFont(font().family(), 8));
    text->setColor(QColor(80, 80, 80));
    text->setPadding(QMargins(3, 0, 0, 0));
    ++m_markerCount;
    requestReplot();
}

void LossPlot::truncateAfter(qint64 step)
{
    for (Series& series : m_series) {
        int keep = int(series.steps.size());
        while (keep > 0 && series.steps[keep - 1] > double(step))
            --keep;
        series.steps.resize(keep);
        series.values.resize(keep);
    }
    rebuildSmoothedData();
    requestReplot();
}

void LossPlot::clear()
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_series.clear();
    m_order.clear();
    m_markerCount = 0;
    m_followData = true;
    requestReplot();
}

QStringList LossPlot::seriesNames() const
{
    return m_order;
}

bool LossPlot::isSeriesVisible(const QString& name) const
{
    auto found = m_series.constFind(name);
    return found != m_series.constEnd() && found->graph->visible();
}

void LossPlot::setSeriesVisible(const QString& name, bool visible)
{
    auto found = m_series.find(name);
    if (found == m_series.end())
        return;
    found->graph->setVisible(visible);
    if (QCPPlottableLegendItem* item = m_plot->legend->itemWithPlottable(found->graph))
        item->setTextColor(visible ? Qt::black : QColor(170, 170, 170));
    requestReplot();
}

QCPAxis* LossPlot::valueAxisOf(const QString& name) const
{
    auto found = m_series.constFind(name);
    return found == m_series.constEnd() ? nullptr : found->graph->valueAxis();
}

int LossPlot::pointCount(const QString& name) const
{
    auto found = m_series.constFind(name);
    return found == m_series.constEnd() ? 0 : found->values.size();
}

double LossPlot::smoothing() const
{
    return m_smoothingSlider->value() / 100.0;
}

void LossPlot::setSmoothing(double factor)
{
    m_smoothingSlider->setValue(int(std::lround(std::clamp(factor, 0.0, 0.99) * 100)));
}

bool LossPlot::isLogScale() const
{
    return m_plot->yAxis->scaleType() == QCPAxis::stLogarithmic;
}

void LossPlot::setLogScale(bool logScale)
{
    if (m_logScaleBox->isChecked() != logScale)
        m_logScaleBox->setChecked(logScale); // re-enters through toggled
    if (logScale == isLogScale())
        return;
    m_plot->yAxis->setScaleType(logScale ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (logScale)
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    else
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    fitToData();
}

void LossPlot::onLegendClick(QCPLegend*, QCPAbstractLegendItem* item)
{
    auto* plottableItem = qobject_cast<QCPPlottableLegendItem*>(item);
    if (!plottableItem)
        return;
    // By the graph, not its legend text (a gradient's says "(right axis)").
    for (auto it = m_series.constBegin(); it != m_series.constEnd(); ++it) {
        if (it->graph == plottableItem->plottable()) {
            setSeriesVisible(it.key(), !isSeriesVisible(it.key()));
            break;
        }
    }
    if (m_followData)
        fitToData();
}

void LossPlot::fitToData()
{
    m_followData = true;
    requestReplot();
}

void LossPlot::requestReplot()
{
    if (m_followData) {
        // One step axis for all; each value axis fits only its own curves.
        bool anyKey = false;
        QSet<QCPAxis*> fitted;
        for (const Series& series : m_series) {
            if (!series.graph->visible() || series.graph->data()->isEmpty())
                continue;
            series.graph->rescaleKeyAxis(anyKey);
            anyKey = true;
            QCPAxis* valueAxis = series.graph->valueAxis();
            series.graph->rescaleValueAxis(fitted.contains(valueAxis));
            fitted.insert(valueAxis);
        }
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString LossPlot::toCsv() const
{
    // Rows are keyed by step; a series that did not report at a step leaves its cell empty.
    QMap<double, QHash<QString, double>> table;
    for (auto it = m_series.constBegin(); it != m_series.constEnd(); ++it)
        for (int i = 0; i < it->steps.size(); ++i)
            table[it->steps[i]].insert(it.key(), it->values[i]);
    QString csv = QStringLiteral("step");
    for (const QString& name : m_order)
        csv += QLatin1Char(',') + name;
    csv += QLatin1Char('\n');
    for (auto row = table.constBegin(); row != table.constEnd(); ++row) {
        csv += QString::number(qint64(row.key()));
        for (const QString& name : m_order) {
            csv += QLatin1Char(',');
            auto cell = row->constFind(name);
            if (cell != row->constEnd())
                csv += QString::number(*cell, 'g', 8);
        }
        csv += QLatin1Char('\n');
    }
    return csv;
}

} // namespace genlab::ui
