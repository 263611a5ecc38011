#include "CollapseView.h"

#include "imaging/PointColours.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace genlab::ui {

namespace {

const QColor kRealColour = imaging::PointColours::kReal;
const QColor kGeneratedColour = imaging::PointColours::kGenerated;
const QColor kTransportColour(90, 90, 90, 110);
const QColor kGradientColour(0, 90, 50);
// Arrows are drawn this share of the view wide at the longest gradient.
constexpr double kArrowShare = 0.08;
constexpr double kArrowHeadShare = 0.3; // head length as a share of the arrow

// Pale diverging colours (blue = the critic says fake, red = real), light enough that the
// points on top stay visible.
QCPColorGradient criticGradient()
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(69, 117, 180));
    gradient.setColorStopAt(0.25, QColor(171, 205, 228));
    gradient.setColorStopAt(0.5, QColor(250, 250, 245));
    gradient.setColorStopAt(0.75, QColor(246, 184, 150));
    gradient.setColorStopAt(1.0, QColor(200, 60, 50));
    return gradient;
}

void appendGap(QVector<double>& xs, QVector<double>& ys)
{
    xs << std::numeric_limits<double>::quiet_NaN();
    ys << std::numeric_limits<double>::quiet_NaN();
}

void setCurve(QCPCurve* curve, const QVector<double>& xs, const QVector<double>& ys)
{
    QVector<double> t(xs.size());
    std::iota(t.begin(), t.end(), 0.0);
    curve->setData(t, xs, ys, true);
}

} // namespace

CollapseView::CollapseView(QWidget* parent) : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("collapseViewCanvas"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->setMinimumSize(320, 320);
    m_plot->xAxis->setLabel(QStringLiteral("x"));
    m_plot->yAxis->setLabel(QStringLiteral("y"));

    m_heatMap = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_heatMap->setName(tr("critic"));
    m_heatMap->setInterpolate(true);
    m_colourScale = new QCPColorScale(m_plot);
    m_colourScale->setType(QCPAxis::atRight);
    m_colourScale->setBarWidth(10);
    m_plot->plotLayout()->addElement(0, 1, m_colourScale);
    m_heatMap->setColorScale(m_colourScale);
    // A colour map takes its gradient and range from the scale it is tied to.
    m_colourScale->setGradient(criticGradient());
    m_colourScale->axis()->setLabel(tr("discriminator logit"));
    auto* margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_colourScale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    m_transport = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    m_transport->setName(tr("transport"));
    m_transport->setPen(QPen(kTransportColour, 1));

    m_real = m_plot->addGraph();
    m_real->setName(tr("real"));
    m_real->setLineStyle(QCPGraph::lsNone);
    m_real->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kRealColour, kRealColour, 3));
    m_real->setAdaptiveSampling(false);

    m_generated = m_plot->addGraph();
    m_generated->setName(tr("generated"));
    m_generated->setLineStyle(QCPGraph::lsNone);
    m_generated->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, kGeneratedColour, kGeneratedColour, 3));
    m_generated->setAdaptiveSampling(false);

    m_modes = m_plot->addGraph();
    m_modes->setName(tr("mode centres"));
    m_modes->setLineStyle(QCPGraph::lsNone);
    m_modes->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kRealColour, 1), Qt::NoBrush, 14));

    m_gradients = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    m_gradients->setName(tr("critic gradient"));
    m_gradients->setPen(QPen(kGradientColour, 1));

    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(QFont(font().family(), 8));
    m_plot->legend->setBrush(QBrush(QColor(255, 255, 255, 230)));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->legend->removeItem(m_plot->legend->itemWithPlottable(m_heatMap));

    m_heatBox = new QCheckBox(tr("Critic heat map"), this);
    m_heatBox->setObjectName(QStringLiteral("heatMapBox"));
    m_heatBox->setChecked(true);
    m_heatBox->setToolTip(tr("The discriminator's logit (GANs) or the critic's value (WGANs) over the "
                             "plane: red where it calls points real, blue where it calls them fake"));
    m_transportBox = new QCheckBox(tr("Transport lines"), this);
    m_transportBox->setObjectName(QStringLiteral("transportBox"));
    m_transportBox->setToolTip(tr("Lines from a fixed grid of noise vectors (first two coordinates, drawn "
                                  "scaled into the view) to the points the generator makes of them"));
    m_gradientBox = new QCheckBox(tr("Gradient arrows"), this);
    m_gradientBox->setObjectName(QStringLiteral("gradientBox"));
    m_gradientBox->setToolTip(tr("The direction in which the critic pushes generated points (its gradient, "
                                 "longest arrow scaled to a fixed length)"));
    connect(m_heatBox, &QCheckBox::toggled, this, &CollapseView::setHeatMapVisible);
    connect(m_transportBox, &QCheckBox::toggled, this, &CollapseView::setTransportVisible);
    connect(m_gradientBox, &QCheckBox::toggled, this, &CollapseView::setGradientsVisible);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("collapseCaption"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_heatBox);
    controls->addWidget(m_transportBox);
    controls->addWidget(m_gradientBox);
    controls->addStretch(1);
    controls->addWidget(m_caption);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addLayout(controls);

    connect(m_plot, &QCustomPlot::afterLayout, this, &CollapseView::keepSquare);
    clear();
}

void CollapseView::clear()
{
    m_frame = metrics::CollapseFrame();
    redraw();
}

void CollapseView::showFrame(const metrics::CollapseFrame& frame)
{
    const bool newArea = frame.area != m_frame.area;
    m_frame = frame;
    if (newArea && frame.area.isValid()) {
        m_plot->xAxis->setRange(frame.area.left(), frame.area.right());
        m_plot->yAxis->setRange(frame.area.top(), frame.area.bottom());
    }
    redraw();
}

void CollapseView::setHeatMapVisible(bool visible)
{
    m_heatBox->setChecked(visible);
    redraw();
}

void CollapseView::setTransportVisible(bool visible)
{
    m_transportBox->setChecked(visible);
    redraw();
}

void CollapseView::setGradientsVisible(bool visible)
{
    m_gradientBox->setChecked(visible);
    redraw();
}

int CollapseView::generatedPointCount() const
{
    return m_generated->dataCount();
}

int CollapseView::transportLineCount() const
{
    return m_transportBox->isChecked() ? int(m_frame.transportTo.size()) : 0;
}

int CollapseView::gradientArrowCount() const
{
    return m_gradientBox->isChecked() ? int(m_frame.gradient.size()) : 0;
}

void CollapseView::keepSquare()
{
    // One unit is as long across as up, so the ring stays a circle.
    m_plot->xAxis->setScaleRatio(m_plot->yAxis, 1.0);
}

void CollapseView::redraw()
{
    const metrics::CollapseFrame& f = m_frame;

    QVector<double> xs, ys;
    for (const QPointF& p : f.real)
        xs << p.x(), ys << p.y();
    m_real->setData(xs, ys);
    xs.clear(), ys.clear();
    for (const QPointF& p : f.generated)
        xs << p.x(), ys << p.y();
    m_generated->setData(xs, ys);
    xs.clear(), ys.clear();
    for (const QPointF& p : f.modeCentres)
        xs << p.x(), ys << p.y();
    m_modes->setData(xs, ys);

    const bool heat = m_heatBox->isChecked() && f.hasCritic();
    m_heatMap->setVisible(heat);
    m_colourScale->setVisible(heat);
    if (f.hasCritic()) {
        QCPColorMapData* data = m_heatMap->data();
        const double cellW = f.area.width() / f.columns;
        const double cellH = f.area.height() / f.rows;
        data->setSize(f.columns, f.rows);
        data->setRange(QCPRange(f.area.left() + cellW / 2, f.area.right() - cellW / 2),
                       QCPRange(f.area.top() + cellH / 2, f.area.bottom() - cellH / 2));
        double low = std::numeric_limits<double>::infinity(), high = -low;
        for (int row = 0; row < f.rows; ++row)
            for (int column = 0; column < f.columns; ++column) {
                const double value = f.criticAt(column, row);
                data->setCell(column, row, value);
                if (std::isfinite(value))
                    low = std::min(low, value), high = std::max(high, value);
            }
        const bool logit = !f.modelKind.startsWith(QLatin1String("wgan"));
        m_colourScale->axis()->setLabel(logit ? tr("discriminator logit") : tr("critic value"));
        if (std::isfinite(low)) {
            // A logit is centred on 0 (D = 1/2); a critic has no natural zero, so its own range.
            if (logit) {
                const double reach = std::max({std::abs(low), std::abs(high), 1e-6});
                m_colourScale->setDataRange(QCPRange(-reach, reach));
            } else {
                m_colourScale->setDataRange(QCPRange(low, std::max(high, low + 1e-9)));
            }
        }
    }

    xs.clear(), ys.clear();
    if (m_transportBox->isChecked())
        for (int i = 0; i < f.transportTo.size(); ++i) {
            xs << f.transportFrom[i].x() << f.transportTo[i].x();
            ys << f.transportFrom[i].y() << f.transportTo[i].y();
            appendGap(xs, ys);
        }
    setCurve(m_transport, xs, ys);
    m_transport->setVisible(m_transportBox->isChecked());
    if (m_transportBox->isChecked())
        m_transport->addToLegend();
    else
        m_transport->removeFromLegend();

    xs.clear(), ys.clear();
    if (m_gradientBox->isChecked() && !f.gradient.isEmpty()) {
        double longest = 0.0;
        for (const QPointF& g : f.gradient)
            longest = std::max(longest, std::hypot(g.x(), g.y()));
        const double scale = longest > 0 ? kArrowShare * f.area.width() / longest : 0.0;
        for (int i = 0; i < f.gradient.size(); ++i) {
            const QPointF from = f.gradientAt[i];
            const QPointF shaft = f.gradient[i] * scale;
            const QPointF to = from + shaft;
            // Two short strokes back from the tip make the head.
            const QPointF back = -shaft * kArrowHeadShare;
            const QPointF side(-back.y() * 0.5, back.x() * 0.5);
            xs << from.x() << to.x() << to.x() + back.x() + side.x();
            ys << from.y() << to.y() << to.y() + back.y() + side.y();
            appendGap(xs, ys);
            xs << to.x() << to.x() + back.x() - side.x();
            ys << to.y() << to.y() + back.y() - side.y();
            appendGap(xs, ys);
        }
    }
    setCurve(m_gradients, xs, ys);
    m_gradients->setVisible(m_gradientBox->isChecked());
    if (m_gradientBox->isChecked())
        m_gradients->addToLegend();
    else
        m_gradients->removeFromLegend();

    if (f.step < 0)
        m_caption->setText(tr("Train a model on 2-D data to see it here"));
    else if (f.hasModes())
        m_caption->setText(tr("step %1: %2 of %3 modes, hq %4, reverse KL %5")
                               .arg(f.step)
                               .arg(f.modes)
                               .arg(f.modeCount)
                               .arg(f.hq, 0, 'f', 2)
                               .arg(f.rkl, 0, 'f', 2));
    else
        m_caption->setText(tr("step %1").arg(f.step));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace genlab::ui
