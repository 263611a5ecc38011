#pragma once

#include "run/MetricsBatch.h"
#include "run/SamplePreview.h"
#include "run/SessionStatus.h"
#include "training/TrainingConfig.h"

#include <QJsonObject>
#include <QMainWindow>

class QAction;
class QLabel;
class QProgressBar;
class QTabWidget;

namespace genlab::run {
class RunFollower;
} // namespace genlab::run

namespace genlab::session {
class SessionController;
} // namespace genlab::session

namespace genlab::ui {

class ComparePanel;
class ExportActions;
class LossPlot;
class RunFeed;
class SampleGridView;
class SetupPanel;
class TrainingTab;

// The GenLab window: choose data, model or preset on the left; Train and watch the loss
// curves and the samples from fixed noise; pause, step, change settings live. Training runs
// in a worker thread (SessionController); this class only shows what it reports.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // runsRoot: where each run's folder goes (empty: the user's data folder).
    explicit MainWindow(QWidget* parent = nullptr, const QString& runsRoot = QString());
    ~MainWindow() override;

    SetupPanel* setupPanel() const { return m_setup; }
    LossPlot* lossPlot() const { return m_lossPlot; }
    SampleGridView* sampleView() const { return m_samples; }
    QTabWidget* tabs() const { return m_tabs; }
    session::SessionController* session() const { return m_session; }
    const run::SessionStatus& status() const { return m_status; }
    QAction* trainAction() const { return m_trainAction; }

    // Opens a data source (folder or file) as if dropped on the window.
    bool openDataSource(const QString& path);
    // Sets data, model and settings from a preset; shows the reason when that fails.
    bool applyPreset(const QString& name);
    // Shows a run folder (curves, samples, timeline) and follows what is appended to it;
    // the window's own training is reset first. Shows the reason when that fails.
    bool openRun(const QString& runPath);
    bool isFollowingRun() const;
    ExportActions* exports() const { return m_exports; }
    ComparePanel* comparePanel() const { return m_compare; }
    // True once the user chose another language and asked to restart: the window has closed
    // (a training run was checkpointed and stays offered for resuming) and the program should
    // start again.
    bool restartRequested() const { return m_restartRequested; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildSetupDock();
    void connectSession();
    void addOverviewTab();
    void addExplorerTab();
    void addCollapseTab();
    void addCompareTab();
    void buildActions();
    void buildMenus();
    void buildStatusBar();
    void chooseLanguage(const QString& language);
    void drawData();
    void applyConfiguration();
    void toggleTraining();
    void resetRun();
    void onStatus(const run::SessionStatus& status);
    void onFailure(const QString& message);
    void chooseDataSource();
    void chooseRun();
    void closeRun();
    void onDiverged(const QString& message, qint64 step, qint64 recoveryStep, const QString& cause);
    void onRewound(qint64 step);
    void showConfiguration(const training::TrainingConfig& config);
    // After a crash or a kill during training: offers to resume the run that was going.
    void offerResume();
    void rememberActiveRun(const QString& runPath);
    void checkpointBeforeClosing();
    void showProgress(const run::SessionStatus& status);
    void showComparing(bool running, const QString& description);
    void showRecipeOf(const QJsonObject& json, const QString& runPath);
    void restoreSettings();
    void saveSettings() const;
    void showAbout();

    session::SessionController* m_session = nullptr;
    SetupPanel* m_setup = nullptr;
    LossPlot* m_lossPlot = nullptr;
    SampleGridView* m_samples = nullptr;
    TrainingTab* m_trainingTab = nullptr;
    RunFeed* m_feed = nullptr;
    ComparePanel* m_compare = nullptr;
    QTabWidget* m_tabs = nullptr;
    ExportActions* m_exports = nullptr;
    run::RunFollower* m_follower = nullptr;
    QLabel* m_runLabel = nullptr;
    QLabel* m_storyLabel = nullptr; // the preset's verdict, in short
    QAction* m_openRunAction = nullptr;
    QString m_runsRoot;
    run::SessionStatus m_status;
    run::SessionStatus m_shownProgress; // the feed's latest, for the status bar
    bool m_comparing = false;
    bool m_restartRequested = false;
    QString m_runLabelBeforeCompare;

    QAction* m_trainAction = nullptr;
    QAction* m_stepAction = nullptr;
    QAction* m_stepDAction = nullptr;
    QAction* m_stepGAction = nullptr;
    QAction* m_resetAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_openDataAction = nullptr;
    QAction* m_drawDataAction = nullptr;
    QMenu* m_presetMenu = nullptr;

    QLabel* m_stepLabel = nullptr;
    QLabel* m_rateLabel = nullptr;
    QLabel* m_elapsedLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QProgressBar* m_progress = nullptr;
};

} // namespace genlab::ui
