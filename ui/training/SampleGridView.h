#pragma once

#include "run/SamplePreview.h"

#include <QPoint>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QLabel;
class QSlider;
class QStackedWidget;

namespace genlab::ui {

class ImageCanvas;

// Samples from fixed noise as training goes: an image grid, or for 2-D models generated
// points over real ones. Every preview is kept, and a timeline slider scrubs back through
// them; while the slider sits at its right end the view follows the newest preview.
class SampleGridView : public QWidget
{
    Q_OBJECT

public:
    explicit SampleGridView(QWidget* parent = nullptr);

    void addPreview(const run::SamplePreview& preview);
    void clear();
    // Drops the previews of steps after `step` (training went back to a checkpoint there).
    void truncateAfter(qint64 step);

    int previewCount() const { return m_history.size(); }
    const QVector<run::SamplePreview>& previews() const { return m_history; }
    int shownIndex() const { return m_shownIndex; }
    void showPreview(int index); // what the timeline slider does
    const run::SamplePreview* shownPreview() const;
    QImage currentImage() const; // the grid or the rendered scatter, for export and tests

signals:
    // Which preview is on screen changed (timeline or a new live preview).
    void shownPreviewChanged(qint64 step);
    // A click on the image grid, in the grid image's pixels.
    void sampleClicked(QPoint pixel);

private:
    void showIndex(int index);
    void thinHistory();

    QStackedWidget* m_stack = nullptr;
    ImageCanvas* m_canvas = nullptr;
    QCustomPlot* m_scatter = nullptr;
    QCPGraph* m_realGraph = nullptr;
    QCPGraph* m_generatedGraph = nullptr;
    QSlider* m_timeline = nullptr;
    QLabel* m_stepLabel = nullptr;
    QVector<run::SamplePreview> m_history;
    int m_shownIndex = -1;
    bool m_scatterRangeSet = false;
};

} // namespace genlab::ui
