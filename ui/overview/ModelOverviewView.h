#pragma once

#include "ModelDiagram.h"
#include "run/MetricsBatch.h"
#include "snapshot/ModelSnapshot.h"

#include <QHash>
#include <QImage>
#include <QSet>
#include <QWidget>

class QTimer;

namespace genlab::ui {

class BackgroundRunner;
class CalmRefresh;

// The chosen model's data flow, drawn from the running model: each box of its ModelDiagram
// shows what it holds now (data, noise, samples, reconstructions, the histograms of mu and
// sigma, the discriminator's scores on real and generated data, the losses). While training
// runs, the arrows of the half a step computes light in turn (D, then G); Step D or Step G
// light only their half. A slow-motion step walks one training step box by box and then asks
// for the real step (stepWalked), whose results the boxes then show.
class ModelOverviewView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMinimumRefreshMs = 1000; // pictures are redrawn at most this often
    static constexpr int kPulseMs = 400;           // how long one half stays lit while training
    static constexpr int kWalkBoxMs = 500;         // slow motion: time on each box

    explicit ModelOverviewView(BackgroundRunner* runner, QWidget* parent = nullptr);

    void setSnapshot(const snapshot::ModelSnapshotPtr& snapshot);
    void addMetrics(const run::MetricsBatch& batch);
    void clear();

    // Walks the stages of one step, box by box; emits stepWalked() at the end.
    void startSlowStep();
    bool isWalking() const { return m_walkStage >= 0; }
    void setWalkBoxMs(int ms); // how long the slow-motion step stays on a box

    const ModelDiagram& diagram() const { return m_diagram; }
    QString walkedBox() const; // the box the slow-motion step is on, or empty
    QSet<ModelDiagram::Part> litParts() const { return m_lit; }
    QImage picture(const QString& boxId) const { return m_pictures.value(boxId); }
    double lastValue(const QString& metric) const { return m_last.value(metric, qQNaN()); }
    QString boxAt(QPoint position) const;

signals:
    void boxClicked(const QString& id);
    void boxWalked(const QString& id);
    void stepWalked();
    void picturesUpdated();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Pictures {
        QHash<QString, QImage> images;
        QVector<float> mu;    // held-out means, all dimensions
        QVector<float> sigma; // held-out standard deviations
        qint64 step = 0;
    };
    static Pictures draw(const snapshot::ModelSnapshot& snapshot, const ModelDiagram& diagram);
    void refresh();
    void pulse();
    void walkOn();
    QRectF boxRect(const ModelDiagram::Box& box) const;
    void paintBox(QPainter& painter, const ModelDiagram::Box& box, const QRectF& rect) const;
    void paintContent(QPainter& painter, const ModelDiagram::Box& box, const QRectF& area) const;
    void paintArrow(QPainter& painter, const ModelDiagram::Arrow& arrow, bool lit) const;
    bool arrowLit(const ModelDiagram::Arrow& arrow) const;

    BackgroundRunner* m_runner = nullptr;
    CalmRefresh* m_calm = nullptr;
    snapshot::ModelSnapshotPtr m_snapshot;
    bool m_dirty = false;
    ModelDiagram m_diagram;
    QHash<QString, QImage> m_pictures;
    QVector<float> m_mu;
    QVector<float> m_sigma;
    qint64 m_step = 0;
    QHash<QString, double> m_last; // the newest value of every metric
    QSet<ModelDiagram::Part> m_computedSincePulse;
    QSet<ModelDiagram::Part> m_lit;
    int m_pulseTurn = 0;
    QTimer* m_pulse = nullptr;
    int m_walkStage = -1;
    int m_walkBox = -1;
    QTimer* m_walk = nullptr;
};

} // namespace genlab::ui
