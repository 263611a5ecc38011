#include "TraversalView.h"

#include "explore/ChunkedDecoder.h"
#include "explore/ImageMosaic.h"
#include "explore/TraversalGrid.h"
#include "ui/jobs/BackgroundRunner.h"
#include "ui/widgets/ImageCanvas.h"

#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace genlab::ui {

using explore::TraversalGrid;

TraversalView::TraversalView(BackgroundRunner* runner, QWidget* parent) : QWidget(parent), m_runner(runner)
{
    m_columns = new QSpinBox(this);
    m_columns->setObjectName(QStringLiteral("traversalColumns"));
    m_columns->setRange(3, 21);
    m_columns->setSingleStep(2);
    m_columns->setValue(TraversalGrid::kDefaultColumns);
    m_columns->setToolTip(tr("Values per row, evenly from -range to +range"));
    m_range = new QDoubleSpinBox(this);
    m_range->setRange(0.5, 6.0);
    m_range->setSingleStep(0.5);
    m_range->setValue(TraversalGrid::kDefaultRange);
    m_range->setToolTip(tr("How far each row goes, in standard deviations"));
    connect(m_columns, &QSpinBox::valueChanged, this, &TraversalView::refresh);
    connect(m_range, &QDoubleSpinBox::valueChanged, this, &TraversalView::refresh);
    auto* save = new QPushButton(tr("Save PNG\u2026"), this);
    save->setToolTip(tr("Save the traversal grid as a PNG"));
    connect(save, &QPushButton::clicked, this, &TraversalView::savePng);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Columns"), this));
    controls->addWidget(m_columns);
    controls->addWidget(new QLabel(tr("Range \u00b1"), this));
    controls->addWidget(m_range);
    controls->addStretch(1);
    controls->addWidget(save);

    m_canvas = new ImageCanvas(this);
    m_canvas->setObjectName(QStringLiteral("traversalCanvas"));
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_caption);
}

int TraversalView::columnCount() const
{
    return m_columns->value();
}

void TraversalView::setSnapshot(const snapshot::ModelSnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    if (isVisible())
        refresh();
    else
        m_dirty = true;
}

void TraversalView::setAxes(const explore::LatentDirections& directions, const QVector<int>& rows)
{
    m_directions = directions;
    m_rows = rows;
    if (isVisible())
        refresh();
    else
        m_dirty = true;
}

void TraversalView::setBase(const QVector<float>& base)
{
    m_base = base;
    if (isVisible())
        refresh();
    else
        m_dirty = true;
}

void TraversalView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void TraversalView::refresh()
{
    m_dirty = false;
    if (!m_snapshot || m_snapshot->isPointModel() || m_rows.isEmpty() ||
        m_directions.latentDim != m_snapshot->latentDim() || m_base.size() != m_directions.latentDim)
        return;
    const snapshot::ModelSnapshotPtr snapshot = m_snapshot;
    const explore::LatentDirections directions = m_directions;
    const QVector<int> rows = m_rows;
    const QVector<float> base = m_base;
    const int columns = m_columns->value();
    const double range = m_range->value();
    QPointer<TraversalView> self(this);
    m_runner->submit(QStringLiteral("traversal"), [=]() -> BackgroundRunner::Apply {
        const QVector<float> codes = TraversalGrid::codes(directions, base, rows, columns, range);
        const QImage grid =
            explore::ImageMosaic::tile(explore::ChunkedDecoder::images(*snapshot, codes), columns);
        QStringList names;
        for (int axis : rows)
            names << directions.axisName(axis);
        const QString caption =
            tr("Step %1. Rows: %2 (%3). Columns: %4 to %5 standard deviations; every other coordinate "
               "stays at the current code's.")
                .arg(snapshot->step())
                .arg(names.join(QStringLiteral(", ")), directions.sourceName())
                .arg(-range, 0, 'f', 1)
                .arg(range, 0, 'f', 1);
        const QVector<double> values = TraversalGrid::columnValues(columns, range);
        return [self, grid, caption, names, values] {
            if (!self)
                return;
            self->m_grid = grid;
            self->m_rowNames = names;
            self->m_columnValues = values;
            self->m_canvas->setImage(grid);
            self->m_caption->setText(caption);
            emit self->updated();
        };
    });
}

QImage TraversalView::annotatedImage() const
{
    if (m_grid.isNull() || m_rowNames.isEmpty() || m_columnValues.isEmpty())
        return {};
    constexpr int kScale = 3;
    constexpr int kLeft = 110;
    constexpr int kTop = 28;
    const QImage grid = m_grid.scaled(m_grid.size() * kScale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    QImage image(grid.width() + kLeft, grid.height() + kTop, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.drawImage(kLeft, kTop, grid);
    painter.setPen(Qt::black);
    // The grid has a 2-pixel gap before every tile (ImageMosaic's default).
    const double rowPitch = double(grid.height()) / m_rowNames.size();
    for (int row = 0; row < m_rowNames.size(); ++row)
        painter.drawText(QRectF(4, kTop + row * rowPitch, kLeft - 8, rowPitch),
                         Qt::AlignRight | Qt::AlignVCenter, m_rowNames[row]);
    const double columnPitch = double(grid.width()) / m_columnValues.size();
    for (int column = 0; column < m_columnValues.size(); ++column)
        painter.drawText(QRectF(kLeft + column * columnPitch, 0, columnPitch, kTop), Qt::AlignCenter,
                         QString::number(m_columnValues[column], 'g', 3));
    return image;
}

void TraversalView::savePng()
{
    const QImage image = annotatedImage();
    if (image.isNull())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save traversal grid"), QStringLiteral("traversal.png"), tr("PNG images (*.png)"));
    if (!path.isEmpty() && !image.save(path, "PNG"))
        m_caption->setText(tr("Could not write %1").arg(path));
}

} // namespace genlab::ui
