#pragma once

#include "snapshot/ModelSnapshot.h"

#include <QVector>
#include <QWidget>

class QLabel;

namespace genlab::ui {

class BackgroundRunner;
class CalmRefresh;
class CountsBarChart;

// Which latent dimensions a VAE uses: one bar per dimension, the KL(q(z_i|x) || N(0, 1)) it
// pays on average over held-out images, redrawn as training goes on. A dimension whose bar
// stays near zero says nothing about x (the encoder gives the prior there, and the decoder
// learns to ignore it): "posterior collapse", which a large beta makes happen to most of them.
class KlPerDimensionView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMinimumRefreshMs = 1000;
    static constexpr int kImagesMeasured = 500;
    // A dimension below this many nats counts as unused in the caption.
    static constexpr double kUnusedBelowNats = 0.05;

    explicit KlPerDimensionView(BackgroundRunner* runner, QWidget* parent = nullptr);

    void setSnapshot(const snapshot::ModelSnapshotPtr& snapshot);
    QVector<double> values() const { return m_values; }
    QString caption() const;
    void refresh();

signals:
    void updated();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showValues(const QVector<double>& values, qint64 step);

    BackgroundRunner* m_runner = nullptr;
    snapshot::ModelSnapshotPtr m_snapshot;
    QVector<double> m_values;
    bool m_dirty = false;
    CalmRefresh* m_calm = nullptr;
    CountsBarChart* m_chart = nullptr;
    QLabel* m_caption = nullptr;
};

} // namespace genlab::ui
