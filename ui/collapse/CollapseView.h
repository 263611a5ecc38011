#pragma once

#include "metrics/CollapseFrame.h"

#include <QWidget>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPCurve;
class QCPGraph;
class QCheckBox;
class QLabel;

namespace genlab::ui {

// The large 2-D view of the mode-collapse lab: the discriminator's (or critic's) value over
// the plane as a heat map, the real points, the generated points, and optionally the
// generator's transport lines (fixed noise grid -> where it lands) and the critic's gradient
// at generated points. It paints CollapseFrames; it computes nothing itself.
class CollapseView : public QWidget
{
    Q_OBJECT

public:
    explicit CollapseView(QWidget* parent = nullptr);

    void showFrame(const metrics::CollapseFrame& frame);
    void clear();

    void setHeatMapVisible(bool visible);
    void setTransportVisible(bool visible);
    void setGradientsVisible(bool visible);

    // For tests: what is on screen.
    const metrics::CollapseFrame& frame() const { return m_frame; }
    QCPColorMap* heatMap() const { return m_heatMap; }
    QCustomPlot* plot() const { return m_plot; }
    int generatedPointCount() const;
    int transportLineCount() const;
    int gradientArrowCount() const;

private:
    void redraw();
    void keepSquare();

    QCustomPlot* m_plot = nullptr;
    QCPColorMap* m_heatMap = nullptr;
    QCPColorScale* m_colourScale = nullptr;
    QCPGraph* m_real = nullptr;
    QCPGraph* m_generated = nullptr;
    QCPGraph* m_modes = nullptr;
    QCPCurve* m_transport = nullptr; // one curve, lines separated by NaN gaps
    QCPCurve* m_gradients = nullptr; // arrow shafts and heads, NaN-separated
    QCheckBox* m_heatBox = nullptr;
    QCheckBox* m_transportBox = nullptr;
    QCheckBox* m_gradientBox = nullptr;
    QLabel* m_caption = nullptr;
    metrics::CollapseFrame m_frame;
};

} // namespace genlab::ui
