#pragma once

#include "run/MetricsBatch.h"
#include "snapshot/ModelSnapshot.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace genlab::ui {

class BackgroundRunner;
class ModelOverviewView;

// The Model overview tab: the live data-flow picture of the model being trained, an info panel
// that explains the model and whichever box was clicked, and the slow-motion step.
class ModelOverviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ModelOverviewPanel(QWidget* parent = nullptr);
    ~ModelOverviewPanel() override;

    void setSnapshot(const snapshot::ModelSnapshotPtr& snapshot);
    void addMetrics(const run::MetricsBatch& batch);
    // Whether the slow-motion step may run (not while following a run or comparing).
    void setSteppingEnabled(bool enabled);
    // The chosen preset's story, shown in the info panel; empty without a preset.
    void setStory(const QString& story);

    ModelOverviewView* view() const { return m_view; }
    QTextBrowser* info() const { return m_info; }
    QPushButton* slowStepButton() const { return m_slowStep; }
    BackgroundRunner* runner() const { return m_runner; }

signals:
    // The window pauses training before the walk, and makes the real step after it.
    void slowStepStarted();
    void slowStepWalked();

private:
    void explain(const QString& boxId);

    BackgroundRunner* m_runner = nullptr;
    ModelOverviewView* m_view = nullptr;
    QTextBrowser* m_info = nullptr;
    QPushButton* m_slowStep = nullptr;
    QLabel* m_hint = nullptr;
    QString m_kind;
    bool m_points = false;
    QString m_story;
    QString m_box;          // the box last clicked
    int m_metricsKnown = 0; // how many reported quantities the info panel lists
    bool m_steppingEnabled = true;
};

} // namespace genlab::ui
