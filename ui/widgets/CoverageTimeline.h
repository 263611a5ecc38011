#pragma once

#include <QColor>
#include <QHash>
#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace genlab::ui {

// Collapse figures over training steps (modes or classes covered on the left axis, shares and
// divergences on the right), with a labelled red marker wherever the collapse alarm fired.
class CoverageTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit CoverageTimeline(QWidget* parent = nullptr);

    // Declares a series; values added to an undeclared name go to a new left-axis series.
    // `name` is its key; the legend shows `label` (the name when empty), in the window's language.
    void addSeries(const QString& name, const QColor& colour, bool rightAxis, const QString& label = {});
    void addValue(const QString& name, qint64 step, double value);
    void addAlarm(qint64 step, const QString& label);
    void setLeftLabel(const QString& label);
    void setRightLabel(const QString& label);
    // Gradient norms span decades: a log left axis shows their fall towards zero.
    void setLeftLogScale(bool logScale);
    void clear(); // removes every series and marker

    int pointCount(const QString& name) const;
    int alarmCount() const { return m_alarmCount; }
    QCustomPlot* plot() const { return m_plot; }

private:
    void replotSoon();

    QCustomPlot* m_plot = nullptr;
    QHash<QString, QCPGraph*> m_series;
    int m_alarmCount = 0;
    bool m_leftLog = false;
};

} // namespace genlab::ui
