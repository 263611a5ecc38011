#pragma once

#include "snapshot/ModelSnapshot.h"

#include <QImage>
#include <QVector>
#include <QWidget>

class QButtonGroup;
class QCPItemStraightLine;
class QCustomPlot;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace genlab::ui {

class BackgroundRunner;
class ImageCanvas;

// Interpolation between two latent codes A and B: the linear and the spherical path as two
// strips of frames one above the other, the norm of z along both, and an animation that walks
// the paths. End points come from picks (the explorer's sample grid), the explorer's current
// code, random codes, or — for models with an encoder — encoded real images.
class InterpolationView : public QWidget
{
    Q_OBJECT

public:
    explicit InterpolationView(BackgroundRunner* runner, QWidget* parent = nullptr);

    void setSnapshot(const snapshot::ModelSnapshotPtr& snapshot);
    void setCurrentCode(const QVector<float>& code) { m_current = code; }
    // A code picked elsewhere (a click on a sample) becomes the end point the radio buttons
    // name, and the other end point is next.
    void offerPickedCode(const QVector<float>& code);
    void setEndPoints(const QVector<float>& a, const QVector<float>& b);
    void setFrameCount(int frames);

    QVector<float> endPoint(int which) const { return which == 0 ? m_a : m_b; }
    QImage linearStrip() const { return m_linearStrip; }
    QImage sphericalStrip() const { return m_sphericalStrip; }
    QImage stripsImage() const; // both strips, linear above spherical, for Save as PNG
    // The animation Save GIF writes: linear frame beside spherical frame, there and back.
    QVector<QImage> animationFrames() const;
    QVector<double> linearNorms() const { return m_linearNorms; }
    QVector<double> sphericalNorms() const { return m_sphericalNorms; }
    void refresh();

signals:
    void updated(); // new strips are on screen

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setEndPoint(int which, const QVector<float>& code);
    void encodeItemInto(int which);
    void randomInto(int which);
    void showStrips(const QImage& linear, const QImage& spherical, const QVector<QImage>& linearFrames,
                    const QVector<QImage>& sphericalFrames, const QVector<double>& linearNorms,
                    const QVector<double>& sphericalNorms);
    void showFrame(int frame);
    void advanceAnimation();
    void savePng();
    void saveGif();

    BackgroundRunner* m_runner = nullptr;
    snapshot::ModelSnapshotPtr m_snapshot;
    QVector<float> m_current, m_a, m_b;
    quint64 m_randomSeed = 1;
    bool m_dirty = false;
    int m_frame = 0;
    int m_direction = 1;

    QImage m_linearStrip, m_sphericalStrip;
    QVector<QImage> m_linearFrames, m_sphericalFrames;
    QVector<double> m_linearNorms, m_sphericalNorms;

    QSpinBox* m_frames = nullptr;
    QButtonGroup* m_nextPick = nullptr;
    QSpinBox* m_item = nullptr;
    QPushButton* m_itemA = nullptr;
    QPushButton* m_itemB = nullptr;
    QPushButton* m_play = nullptr;
    QLabel* m_status = nullptr;
    ImageCanvas* m_linearCanvas = nullptr;
    ImageCanvas* m_sphericalCanvas = nullptr;
    ImageCanvas* m_linearFrame = nullptr;
    ImageCanvas* m_sphericalFrame = nullptr;
    QCustomPlot* m_normPlot = nullptr;
    QCPItemStraightLine* m_frameMarker = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace genlab::ui
