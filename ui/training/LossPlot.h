#pragma once

#include "models/StepMetrics.h"

#include <QHash>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QCPAbstractLegendItem;
class QCPLegend;
class QCheckBox;
class QSlider;
class QCPAxis;
class QLabel;

namespace genlab::ui {

// The live chart of everything a model reports per step: one series per quantity (toggled by
// clicking its legend entry), gradient norms on a log axis of their own, exponential
// smoothing, linear or log scale, mouse zoom and pan, and labelled vertical markers where a
// hyper-parameter changed. The raw history is kept
// whole; QCustomPlot's adaptive sampling keeps drawing cheap however long the run.
class LossPlot : public QWidget
{
    Q_OBJECT

public:
    explicit LossPlot(QWidget* parent = nullptr);

    // Appends rows (step, values by name); new names become new series.
    void appendRows(const QVector<qint64>& steps, const QVector<models::StepMetrics>& rows);
    void addMarker(qint64 step, const QString& label);
    void clear();
    // Drops every value logged after `step` (training went back to a checkpoint there).
    void truncateAfter(qint64 step);

    // For tests and export.
    QStringList seriesNames() const;
    bool isSeriesVisible(const QString& name) const;
    void setSeriesVisible(const QString& name, bool visible);
    int pointCount(const QString& name) const;
    double smoothing() const;
    void setSmoothing(double factor); // 0 = raw, 0.99 = very smooth
    bool isLogScale() const;
    void setLogScale(bool logScale);
    int markerCount() const { return m_markerCount; }
    QCustomPlot* plot() const { return m_plot; }
    QString toCsv() const; // every raw series, one row per step
    // The value axis a series is drawn against (gradient norms: the right-hand log axis).
    QCPAxis* valueAxisOf(const QString& name) const;
    bool isFollowingData() const { return m_followData; }

signals:
    // A right click on the plot, at `globalPos`: the owner shows its menu there.
    void contextMenuRequested(const QPoint& globalPos);

private:
    struct Series {
        QCPGraph* graph = nullptr;
        QVector<double> steps;
        QVector<double> values;
        double smoothed = 0.0; // running exponential average of the finite values seen
        bool hasSmoothed = false;
    };

    Series& seriesFor(const QString& name);
    void rebuildSmoothedData();
    void onLegendClick(QCPLegend* legend, QCPAbstractLegendItem* item);
    void requestReplot();
    void fitToData();

    QCustomPlot* m_plot = nullptr;
    QSlider* m_smoothingSlider = nullptr;
    QCheckBox* m_logScaleBox = nullptr;
    QHash<QString, Series> m_series;
    QStringList m_order;
    int m_markerCount = 0;
    bool m_followData = true; // autoscale until the user zooms or pans
};

} // namespace genlab::ui
