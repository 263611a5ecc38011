#pragma once

#include "compare/ComparisonFrame.h"
#include "compare/ComparisonPlan.h"
#include "compare/ComparisonStart.h"

#include <QHash>
#include <QRectF>
#include <QVector>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QSpinBox;

namespace genlab::session {
class ComparisonController;
}

namespace genlab::ui {

class CoverageTimeline;
class ImageCanvas;

// The Compare tab: several models trained in turns on the same data by a worker thread
// (training::ComparisonController), one sample grid (or point cloud) per model side by side,
// and one plot that lays a chosen figure of every model over the others: modes covered, hq
// fraction or reverse KL on ring8/grid25; sharpness, diversity, classes covered, class KL or
// the classifier Frechet distance on images. A comparison preset (vae-vs-gan-fashion,
// remedies-ring8) or any two or more single-model presets on the same data can be compared.
class ComparePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePanel(QWidget* parent = nullptr);
    ~ComparePanel() override;

    // Adds one action per comparison preset to `menu` (a "Compare" section); each selects
    // and starts its comparison, then emits activated().
    void addPresetActions(QMenu* menu);

    // Shows a comparison preset's story and selects it (false, with the reason shown, when
    // it is unknown).
    bool selectComparison(const QString& name);
    // Starts what is selected: the comparison preset, or the ticked presets.
    bool startSelected();
    bool startComparison(const QString& name);
    bool startPresets(const QStringList& presets);
    void startPlan(const compare::ComparisonPlan& plan);
    void stop();
    bool isRunning() const;

    QComboBox* comparisonBox() const { return m_comparisons; }
    QListWidget* presetList() const { return m_presetList; }
    QComboBox* quantityBox() const { return m_quantity; }
    CoverageTimeline* plot() const { return m_plot; }
    QLabel* statusLabel() const { return m_status; }
    int modelCount() const { return m_boxes.size(); }
    ImageCanvas* canvas(int entry) const;
    QLabel* figuresLabel(int entry) const;
    QLabel* realLabel() const { return m_realFigures; }
    const compare::ComparisonStart& comparison() const { return m_start; }

signals:
    // A comparison was asked for: the window pauses its own training (two trainings would
    // share two cores).
    void started();
    // A menu action started a comparison: the window shows this tab.
    void activated();
    // A comparison began (with a few words on what it trains) or ended: while one runs, the
    // window's Setup panel and status bar say so instead of showing the single run.
    void runningChanged(bool running, const QString& description);

private:
    struct Series {
        QVector<qint64> steps;
        QVector<double> values;
    };
    struct ModelBox {
        QGroupBox* box = nullptr;
        ImageCanvas* canvas = nullptr;
        QLabel* figures = nullptr;
        QHash<QString, Series> series; // by quantity key
        compare::ComparisonFrame last;
    };

    void onStarted(const compare::ComparisonStart& start);
    void onFrame(const compare::ComparisonFrame& frame);
    void onFinished(bool completed);
    void onFailed(const QString& message);
    void onComparisonChosen();
    void replot();
    void clearModels();
    // The measured frame's figures; shownStep is where the grid above them is now.
    QString figuresText(const compare::ComparisonFrame& frame, qint64 shownStep) const;
    void showProblem(const QString& message);

    session::ComparisonController* m_controller = nullptr;
    QComboBox* m_comparisons = nullptr;
    QListWidget* m_presetList = nullptr;
    QSpinBox* m_steps = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_story = nullptr;
    QWidget* m_grids = nullptr;
    QGroupBox* m_realBox = nullptr;
    ImageCanvas* m_realCanvas = nullptr;
    QLabel* m_realFigures = nullptr;
    QComboBox* m_quantity = nullptr;
    CoverageTimeline* m_plot = nullptr;
    QVector<ModelBox> m_boxes;
    compare::ComparisonStart m_start;
    QRectF m_pointsArea;
};

} // namespace genlab::ui
