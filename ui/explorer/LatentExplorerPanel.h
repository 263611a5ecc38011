#pragma once

#include "explore/LatentDirections.h"
#include "snapshot/ModelSnapshot.h"

#include <QElapsedTimer>
#include <QImage>
#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace genlab::ui {

class BackgroundRunner;
class ImageCanvas;
class InterpolationView;
class KlPerDimensionView;
class LatentMapView;
class LatentSliderBox;
class TraversalView;

// The latent explorer tab: move through a model's latent space with sliders (latent
// dimensions, or principal directions when there are more than 16), see the decoded image
// beside its nearest training image, pick codes from a sample grid, and look at
// interpolations, traversal grids and the latent map. It works on the newest frozen copy of
// the model (ModelSnapshot) that training publishes, so nothing here waits for a training
// step: the one image a slider needs is decoded on the GUI thread, everything larger on a
// worker thread (BackgroundRunner).
class LatentExplorerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LatentExplorerPanel(QWidget* parent = nullptr);
    ~LatentExplorerPanel() override;

    snapshot::ModelSnapshotPtr snapshot() const { return m_snapshot; }
    int snapshotsReceived() const { return m_snapshotsReceived; }
    QVector<float> currentCode() const;
    QImage decodedImage() const { return m_decoded; }
    int nearestIndex() const { return m_nearestIndex; }
    const explore::LatentDirections& principalDirections() const { return m_principal; }
    qint64 principalStep() const { return m_principalStep; } // the model step they were computed at
    static constexpr qint64 kPrincipalRefreshSteps = 200;

    LatentSliderBox* sliders() const { return m_sliders; }
    ImageCanvas* decodedCanvas() const { return m_decodedCanvas; }
    InterpolationView* interpolation() const { return m_interpolation; }
    TraversalView* traversal() const { return m_traversal; }
    LatentMapView* latentMap() const { return m_map; }
    KlPerDimensionView* klPerDimension() const { return m_kl; }
    QTabWidget* views() const { return m_views; }
    BackgroundRunner* runner() const { return m_runner; }

public slots:
    void setSnapshot(const genlab::snapshot::ModelSnapshotPtr& snapshot);
    // The fixed noise of the Training tab's sample grid (the run's seed and sample count), so
    // that a click there loads the same z.
    void setSampleNoise(quint64 runSeed, int count);
    // A click on the Training tab's sample grid, in the grid image's pixels.
    void loadSampleGridPixel(QPoint pixel);
    void loadCode(const QVector<float>& code);
    void randomCode();
    void zeroCode();
    void resetCode();
    // Principal directions from the current snapshot, in the background.
    void computePrincipalDirections();

signals:
    // A snapshot has been taken in (the decoded image shows its step).
    void snapshotShown(qint64 step);
    // The decoded image on screen changed (slider, button, new snapshot).
    void decodedImageChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void startModel();
    void fillDirectionChoices();
    void applyDirectionChoice();
    void decodeCurrent();
    void findNearest();
    void refreshPicker();
    void pickTile(QPoint pixel);
    void updatePlane();
    QVector<float> sampleCode(int index) const;

    BackgroundRunner* m_runner = nullptr;
    snapshot::ModelSnapshotPtr m_snapshot;
    int m_snapshotsReceived = 0;
    explore::LatentDirections m_principal; // empty until computed
    qint64 m_principalStep = 0;
    bool m_principalPending = false;
    QVector<float> m_loaded; // what Reset returns to
    QImage m_decoded;
    QVector<float> m_shownCode; // the code m_decoded shows
    QElapsedTimer m_sinceNearest;
    int m_nearestIndex = -1;
    quint64 m_sampleSeed = 1;
    int m_sampleCount = 64;
    quint64 m_randomSeed = 1;
    bool m_pickerDirty = true;

    QLabel* m_info = nullptr;
    ImageCanvas* m_decodedCanvas = nullptr;
    ImageCanvas* m_nearestCanvas = nullptr;
    QLabel* m_nearestLabel = nullptr;
    QComboBox* m_directionChoice = nullptr;
    QPushButton* m_recompute = nullptr;
    QLabel* m_directionStatus = nullptr;
    LatentSliderBox* m_sliders = nullptr;
    ImageCanvas* m_picker = nullptr;
    QTabWidget* m_views = nullptr;
    InterpolationView* m_interpolation = nullptr;
    TraversalView* m_traversal = nullptr;
    LatentMapView* m_map = nullptr;
    KlPerDimensionView* m_kl = nullptr;
    QTimer* m_nearestDelay = nullptr;
};

} // namespace genlab::ui
