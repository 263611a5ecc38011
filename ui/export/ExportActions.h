#pragma once

#include "run/SamplePreview.h"
#include "snapshot/ModelSnapshot.h"

#include <QImage>
#include <QObject>
#include <QSize>
#include <QVector>

class QAction;
class QCustomPlot;
class QMenu;
class QWidget;

namespace genlab::session {
class SessionController;
}

namespace genlab::ui {

class LossPlot;
class RunFeed;
class SampleGridView;

// Everything the window can write out: the sample grid (PNG at a chosen scale), the sample
// timeline (animated GIF), the loss plot (PNG or PDF, or its data as CSV), the model's
// weights for PyTorch and a run bundle. The same actions appear in File > Export and in the
// context menus of the plot and the sample view. The static functions do the work without
// dialogs (tests and other panels use them).
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(QWidget* window, session::SessionController* session, LossPlot* lossPlot,
                  SampleGridView* samples);

    QMenu* menu() const { return m_menu; }
    // Exports what `feed` shows from now on: its newest model and its run folder.
    void attach(RunFeed* feed);
    // The newest frozen model (for weights) and the run folder on show (for bundles, CSV).
    void setSnapshot(const snapshot::ModelSnapshotPtr& snapshot) { m_snapshot = snapshot; }
    // sessionRun: the folder the window's own training writes (its newest step gets a
    // checkpoint before a bundle is made); otherwise an opened run, taken as it is on disk.
    void setRunPath(const QString& runPath, bool sessionRun)
    {
        m_runPath = runPath;
        m_sessionRun = sessionRun;
    }
    // Right-click on `widget` offers to save what it shows as a PNG (at a chosen scale).
    void addPictureMenu(QWidget* widget, const QString& baseName);
    // Where file dialogs start (the user's last export folder is remembered).
    QString exportFolder() const;

    // Writes `image` enlarged `scale` times (nearest neighbour) as a PNG, atomically.
    // Throws InputError when it cannot.
    static void savePicture(const QImage& image, int scale, const QString& path);
    // The pictures of a sample history (grids, or 2-D previews drawn on shared axes),
    // keeping every n-th and always the last.
    static QVector<QImage> timelineFrames(const QVector<run::SamplePreview>& previews, int everyNth);
    // The previews a timeline GIF keeps: every n-th and the last, leaving out step 0 (the
    // untrained model's flat grey grid) when later ones exist.
    static QVector<int> keptFrames(const QVector<run::SamplePreview>& previews, int everyNth);
    // A plot through QCustomPlot's writers: PDF when the path ends in .pdf, PNG otherwise.
    static void savePlot(QCustomPlot* plot, const QString& path, QSize size);

signals:
    void finished(const QString& message); // for the status bar
    void failed(const QString& message);

private:
    void exportSampleGrid();
    void savePictureInteractively(const QImage& image, const QString& baseName);
    void exportTimeline();
    void exportLossPlot();
    void copyLossCsv();
    void exportMetricsCsv();
    void exportWeights();
    void saveBundle();
    void writeBundle(const QString& target);
    QString suggestedPath(const QString& name) const;
    void remember(const QString& path);

    QWidget* m_window;
    session::SessionController* m_session;
    LossPlot* m_lossPlot;
    SampleGridView* m_samples;
    QMenu* m_menu = nullptr;
    snapshot::ModelSnapshotPtr m_snapshot;
    QString m_runPath;
    bool m_sessionRun = false;
};

} // namespace genlab::ui
