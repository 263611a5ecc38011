#pragma once

#include "explore/LatentDirections.h"
#include "snapshot/ModelSnapshot.h"

#include <QImage>
#include <QVector>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace genlab::ui {

class BackgroundRunner;
class ImageCanvas;

// What each latent dimension (or principal direction) does: one row per axis the sliders
// show, one column per value from -range to +range, every other coordinate held at the
// current code's.
class TraversalView : public QWidget
{
    Q_OBJECT

public:
    explicit TraversalView(BackgroundRunner* runner, QWidget* parent = nullptr);

    void setSnapshot(const snapshot::ModelSnapshotPtr& snapshot);
    void setAxes(const explore::LatentDirections& directions, const QVector<int>& rows);
    void setBase(const QVector<float>& base);

    QImage gridImage() const { return m_grid; }
    // The grid enlarged three times with the axis names on the left and the values on top:
    // what Save PNG writes.
    QImage annotatedImage() const;
    int rowCount() const { return m_rows.size(); }
    int columnCount() const;
    void refresh();

signals:
    void updated();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void savePng();

    BackgroundRunner* m_runner = nullptr;
    snapshot::ModelSnapshotPtr m_snapshot;
    explore::LatentDirections m_directions;
    QVector<int> m_rows;
    QVector<float> m_base;
    QImage m_grid;
    QStringList m_rowNames;         // of the grid on screen
    QVector<double> m_columnValues; // of the grid on screen
    bool m_dirty = false;

    QSpinBox* m_columns = nullptr;
    QDoubleSpinBox* m_range = nullptr;
    ImageCanvas* m_canvas = nullptr;
    QLabel* m_caption = nullptr;
};

} // namespace genlab::ui
