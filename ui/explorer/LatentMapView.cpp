#include "LatentMapView.h"

#include "ui/jobs/BackgroundRunner.h"
#include "ui/jobs/CalmRefresh.h"
#include "ui/widgets/ClassNameText.h"
#include "ui/widgets/ImageCanvas.h"

#include <qcustomplot.h>

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace genlab::ui {

namespace {

// Ten well-separated colours (matplotlib's tab10), one per class.
QColor classColour(int label)
{
    static const QColor colours[] = {{31, 119, 180},  {255, 127, 14}, {44, 160, 44},   {214, 39, 40},
                                     {148, 103, 189}, {140, 86, 75},  {227, 119, 194}, {127, 127, 127},
                                     {188, 189, 34},  {23, 190, 207}};
    if (label < 0)
        return QColor(90, 90, 90);
    return colours[label % 10];
}

} // namespace

LatentMapView::LatentMapView(BackgroundRunner* runner, QWidget* parent) : QWidget(parent), m_runner(runner)
{
    m_cells = new QSpinBox(this);
    m_cells->setObjectName(QStringLiteral("latentMapCells"));
    m_cells->setRange(4, 40);
    m_cells->setValue(explore::LatentMap::Options().columns);
    m_cells->setToolTip(tr("Images per side of the decoded grid"));
    connect(m_cells, &QSpinBox::valueChanged, this, &LatentMapView::refresh);
    auto* save = new QPushButton(tr("Save PNG\u2026"), this);
    save->setToolTip(tr("Save the map (decoded grid and scatter side by side) as a PNG"));
    connect(save, &QPushButton::clicked, this, &LatentMapView::savePng);
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Grid"), this));
    controls->addWidget(m_cells);
    controls->addStretch(1);
    controls->addWidget(save);

    m_mosaic = new ImageCanvas(this);
    m_mosaic->setObjectName(QStringLiteral("latentMapMosaic"));
    m_scatter = new QCustomPlot(this);
    m_scatter->setObjectName(QStringLiteral("latentMapScatter"));
    m_scatter->setMinimumSize(240, 240);
    m_scatter->legend->setVisible(true);
    m_scatter->legend->setFont(QFont(font().family(), 8));
    // The legend in a row of its own under the plot, two classes to a line: it neither hides
    // points nor squeezes the plot sideways (in a column beside it, the plot was left ~90 px).
    m_scatter->plotLayout()->addElement(1, 0, m_scatter->legend);
    m_scatter->plotLayout()->setRowStretchFactor(1, 0.001);
    m_scatter->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_scatter->legend->setWrap(2);
    m_scatter->legend->setBorderPen(Qt::NoPen);
    m_scatter->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    auto* views = new QHBoxLayout;
    views->addWidget(m_mosaic, 3);
    views->addWidget(m_scatter, 2);

    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(views, 1);
    layout->addWidget(m_caption);

    m_calm = new CalmRefresh(
        kMinimumRefreshMs, [this] { refresh(); }, this);
}

void LatentMapView::setSnapshot(const snapshot::ModelSnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    m_calm->request();
}

void LatentMapView::setPlane(const explore::LatentDirections& plane)
{
    m_plane = plane;
    if (isVisible())
        refresh();
    else
        m_dirty = true;
}

void LatentMapView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void LatentMapView::refresh()
{
    m_dirty = false;
    if (!m_snapshot)
        return;
    if (m_snapshot->isPointModel()) {
        m_caption->setText(tr("The latent map needs a model of images."));
        return;
    }
    explore::LatentDirections plane = m_plane;
    if (plane.latentDim != m_snapshot->latentDim() || plane.count() < 2)
        plane = explore::LatentDirections::dimensions(m_snapshot->latentDim());
    if (plane.count() < 2) {
        m_caption->setText(tr("The latent map needs at least two latent dimensions."));
        return;
    }
    m_calm->markRefreshed();
    const snapshot::ModelSnapshotPtr snapshot = m_snapshot;
    explore::LatentMap::Options options;
    options.columns = m_cells->value();
    const std::atomic<bool>* cancel = m_runner->cancelFlag();
    QPointer<LatentMapView> self(this);
    m_runner->submit(QStringLiteral("latentMap"),
                     [snapshot, plane, options, cancel, self]() -> BackgroundRunner::Apply {
                         const explore::LatentMapResult result =
                             explore::LatentMap::compute(*snapshot, plane, options, cancel);
                         const qint64 step = snapshot->step();
                         const QString axes = plane.axisName(0) + QStringLiteral(" / ") + plane.axisName(1);
                         return [self, result, step, axes] {
                             if (!self || result.isEmpty())
                                 return;
                             self->m_scatter->xAxis->setLabel(axes.section(QStringLiteral(" / "), 0, 0));
                             self->m_scatter->yAxis->setLabel(axes.section(QStringLiteral(" / "), 1, 1));
                             self->showResult(result, step);
                         };
                     });
}

void LatentMapView::showResult(const explore::LatentMapResult& result, qint64 step)
{
    m_result = result;
    m_mosaic->setImage(result.mosaic);

    m_scatter->clearGraphs();
    QMap<int, QPair<QVector<double>, QVector<double>>> byLabel;
    for (int i = 0; i < result.points.size(); ++i) {
        auto& xy = byLabel[result.labels.value(i, -1)];
        xy.first.append(result.points[i].x());
        xy.second.append(result.points[i].y());
    }
    for (auto it = byLabel.cbegin(); it != byLabel.cend(); ++it) {
        QCPGraph* graph = m_scatter->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, classColour(it.key()), 3));
        graph->setAdaptiveSampling(false);
        graph->setData(it.value().first, it.value().second);
        graph->setName(it.key() >= 0
                           ? classNameText(result.classNames.value(it.key(), QString::number(it.key())))
                           : tr("encoded"));
    }
    m_scatter->legend->setVisible(!byLabel.isEmpty());
    // A model without an encoder (a GAN) places no images: the decoded grid takes the room.
    m_scatter->setVisible(!result.points.isEmpty());
    m_scatter->xAxis->setRange(result.area.left(), result.area.right());
    m_scatter->yAxis->setRange(result.area.top(), result.area.bottom());
    m_scatter->replot(QCustomPlot::rpQueuedReplot);

    m_caption->setText(
        result.points.isEmpty()
            ? tr("Step %1. Images decoded over the latent plane from -%2 to %2 (this model has no encoder to "
                 "place "
                 "real images on it).")
                  .arg(step)
                  .arg(result.area.right(), 0, 'f', 1)
            : tr("Step %1. Left: images decoded over the latent plane from -%2 to %2. Right: %3 test images "
                 "encoded (means of q(z|x)) on the same plane, coloured by class.")
                  .arg(step)
                  .arg(result.area.right(), 0, 'f', 1)
                  .arg(result.points.size()));
    emit updated();
}

QImage LatentMapView::mapImage() const
{
    if (m_result.isEmpty())
        return {};
    // The scatter at the mosaic's size (scaled up to at least 400 px) beside it.
    const int side = std::max(400, m_result.mosaic.height());
    const QImage mosaic = m_result.mosaic.scaled(side, side, Qt::KeepAspectRatio, Qt::FastTransformation);
    if (m_result.points.isEmpty())
        return mosaic;
    const QPixmap plot = m_scatter->toPixmap(side, side);
    QImage both(mosaic.width() + plot.width(), side, QImage::Format_RGB32);
    both.fill(Qt::white);
    QPainter painter(&both);
    painter.drawImage(0, 0, mosaic);
    painter.drawPixmap(mosaic.width(), 0, plot);
    return both;
}

void LatentMapView::savePng()
{
    const QImage image = mapImage();
    if (image.isNull())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save latent map"), QStringLiteral("latent-map.png"), tr("PNG images (*.png)"));
    if (!path.isEmpty() && !image.save(path, "PNG"))
        m_caption->setText(tr("Could not write %1").arg(path));
}

} // namespace genlab::ui
