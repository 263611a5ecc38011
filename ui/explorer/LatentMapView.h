#pragma once

#include "explore/LatentDirections.h"
#include "explore/LatentMap.h"
#include "snapshot/ModelSnapshot.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QSpinBox;

namespace genlab::ui {

class BackgroundRunner;
class CalmRefresh;
class ImageCanvas;

// The latent plane as a picture: images decoded on a grid over it (left), and the encoded
// test set scattered over the same plane, coloured by class (right). The plane is the whole
// latent space for 2-D latents, else the plane of the first two principal directions.
class LatentMapView : public QWidget
{
    Q_OBJECT

public:
    // While training, the map is redrawn at most this often (it decodes hundreds of images).
    static constexpr int kMinimumRefreshMs = 2000;

    explicit LatentMapView(BackgroundRunner* runner, QWidget* parent = nullptr);

    void setSnapshot(const snapshot::ModelSnapshotPtr& snapshot);
    void setPlane(const explore::LatentDirections& plane);

    const explore::LatentMapResult& result() const { return m_result; }
    QImage mapImage() const; // mosaic and scatter side by side, for Save as PNG
    void refresh();

signals:
    void updated();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showResult(const explore::LatentMapResult& result, qint64 step);
    void savePng();

    BackgroundRunner* m_runner = nullptr;
    snapshot::ModelSnapshotPtr m_snapshot;
    explore::LatentDirections m_plane;
    explore::LatentMapResult m_result;
    bool m_dirty = false;
    CalmRefresh* m_calm = nullptr;

    QSpinBox* m_cells = nullptr;
    ImageCanvas* m_mosaic = nullptr;
    QCustomPlot* m_scatter = nullptr;
    QLabel* m_caption = nullptr;
};

} // namespace genlab::ui
