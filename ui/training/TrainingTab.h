#pragma once

#include <QByteArray>
#include <QPoint>
#include <QWidget>

class QSplitter;
class QStackedLayout;

namespace genlab::ui {

class LossPlot;
class RunFeed;
class SampleGridView;
class WelcomeView;

// The Training tab: the loss curves beside the samples from fixed noise. It shows whatever
// the RunFeed it is attached to reports - the live session or a followed run alike. Until
// the first values arrive it shows the welcome cards instead (once per window).
class TrainingTab : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingTab(QWidget* parent = nullptr);

    // Curves, markers and previews from now on come from `feed`.
    void attach(RunFeed* feed);
    // Empties both views (a new run, or a followed run closed).
    void clear();
    // The curves and samples from now on, welcome or not (a run was chosen elsewhere).
    void showRun();
    bool isWelcomeShown() const;

    LossPlot* lossPlot() const { return m_lossPlot; }
    SampleGridView* samples() const { return m_samples; }
    WelcomeView* welcome() const { return m_welcome; }
    // The split between the plot and the samples, remembered between starts.
    QByteArray saveState() const;
    bool restoreState(const QByteArray& state);

signals:
    // A click on the sample grid, in the grid image's pixels (SampleGridCodes::tileAt says
    // which sample).
    void sampleClicked(QPoint pixel);
    // A welcome card was clicked.
    void presetChosen(const QString& name);

private:
    QStackedLayout* m_pages = nullptr;
    QSplitter* m_splitter = nullptr;
    WelcomeView* m_welcome = nullptr;
    LossPlot* m_lossPlot = nullptr;
    SampleGridView* m_samples = nullptr;
};

} // namespace genlab::ui
