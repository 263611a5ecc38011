#pragma once

#include <QPoint>
#include <QSplitter>

namespace genlab::ui {

class LossPlot;
class RunFeed;
class SampleGridView;

// The Training tab: the loss curves beside the samples from fixed noise. It shows whatever
// the RunFeed it is attached to reports - the live session or a followed run alike.
class TrainingTab : public QSplitter
{
    Q_OBJECT

public:
    explicit TrainingTab(QWidget* parent = nullptr);

    // Curves, markers and previews from now on come from `feed`.
    void attach(RunFeed* feed);
    // Empties both views (a new run, or a followed run closed).
    void clear();

    LossPlot* lossPlot() const { return m_lossPlot; }
    SampleGridView* samples() const { return m_samples; }

signals:
    // A click on the sample grid, in the grid image's pixels (SampleGridCodes::tileAt says
    // which sample).
    void sampleClicked(QPoint pixel);

private:
    LossPlot* m_lossPlot = nullptr;
    SampleGridView* m_samples = nullptr;
};

} // namespace genlab::ui
