#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPBars;

namespace genlab::ui {

// How many samples fall on each mode (2-D mixtures) or class (labelled images) right now:
// one bar each; or any one value per named item.
class CountsBarChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMostNumberedTicks = 10; // tick labels on numbered bars, at most

    explicit CountsBarChart(QWidget* parent = nullptr);

    // labels may be empty (bars are then numbered from 0).
    void setCounts(const QVector<int>& counts, const QStringList& labels, const QString& title);
    // Bars of any height (the KL of each latent dimension); counts() is then empty.
    void setValues(const QVector<double>& values, const QStringList& labels, const QString& title);
    void clear();
    QVector<int> counts() const { return m_counts; }
    QCustomPlot* plot() const { return m_plot; }

private:
    QCustomPlot* m_plot = nullptr;
    QCPBars* m_bars = nullptr;
    QVector<int> m_counts;
    QVector<double> m_values;
    QStringList m_labels;
};

} // namespace genlab::ui
