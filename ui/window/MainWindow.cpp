#include "MainWindow.h"

#include "InterfaceLanguage.h"

#include "common/BuildInfo.h"
#include "common/Resources.h"
#include "common/TextLanguage.h"
#include "run/RunDirectory.h"
#include "run/RunFollower.h"
#include "session/SessionController.h"
#include "training/PresetCatalog.h"
#include "ui/collapse/CollapsePanel.h"
#include "ui/collapse/CollapseView.h"
#include "ui/compare/ComparePanel.h"
#include "ui/draw/DrawDataDialog.h"
#include "ui/explorer/LatentExplorerPanel.h"
#include "ui/export/ExportActions.h"
#include "ui/overview/ModelOverviewPanel.h"
#include "ui/overview/ModelOverviewView.h"
#include "ui/setup/HyperParameterPanel.h"
#include "ui/setup/SetupPanel.h"
#include "ui/training/LossPlot.h"
#include "ui/training/RunFeed.h"
#include "ui/training/SampleGridView.h"
#include "ui/training/TrainingTab.h"
#include "ui/widgets/ImageCanvas.h"
#include "ui/widgets/NumberFieldShortcuts.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

namespace genlab::ui {

using run::SessionStatus;

namespace {

QString formatDuration(double seconds)
{
    const qint64 total = qint64(seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(total / 3600)
        .arg((total / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(total % 60, 2, 10, QLatin1Char('0'));
}

// Shortcuts appear in tooltips too, so the toolbar teaches them.
void describe(QAction* action, const QString& tip)
{
    action->setToolTip(
        action->shortcut().isEmpty()
            ? tip
            : QStringLiteral("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace

MainWindow::MainWindow(QWidget* parent, const QString& runsRoot) : QMainWindow(parent), m_runsRoot(runsRoot)
{
    ensureResourcesLoaded();
    setWindowTitle(tr("GenLab"));
    setWindowIcon(QIcon(QStringLiteral(":/genlab/genlab.png")));
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    qApp->installEventFilter(new NumberFieldShortcuts(this));
    resize(1400, 860);
    if (m_runsRoot.isEmpty())
        m_runsRoot =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/runs");

    m_session = new session::SessionController(this);
    m_follower = new run::RunFollower(this);
    // The live session and a followed run feed the views through one feed.
    m_feed = new RunFeed(m_session, m_follower, this);

    buildSetupDock();
    // Each feature (training, latent explorer, mode-collapse lab, comparisons) is a tab of its own.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    m_trainingTab = new TrainingTab(this);
    m_trainingTab->attach(m_feed);
    m_lossPlot = m_trainingTab->lossPlot();
    m_samples = m_trainingTab->samples();
    m_tabs->addTab(m_trainingTab, tr("Training"));
    // A welcome card is a story told at once: its preset, then Train.
    connect(m_trainingTab, &TrainingTab::presetChosen, this, [this](const QString& name) {
        if (applyPreset(name))
            toggleTraining();
    });
    m_exports = new ExportActions(this, m_session, m_lossPlot, m_samples);
    m_exports->attach(m_feed);

    buildActions();
    buildMenus();
    buildStatusBar();
    connectSession();
    addOverviewTab();
    addExplorerTab();
    addCollapseTab();
    addCompareTab();

    restoreSettings();
    applyConfiguration();
    offerResume();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildSetupDock()
{
    m_setup = new SetupPanel(this);
    m_setup->setObjectName(QStringLiteral("setupPanel"));
    auto* setupDock = new QDockWidget(tr("Setup"), this);
    setupDock->setObjectName(QStringLiteral("setupDock"));
    setupDock->setWidget(m_setup);
    // Closable, so that View > Setup can hide it and bring it back.
    setupDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                           QDockWidget::DockWidgetClosable);
    setupDock->setMinimumWidth(300);
    addDockWidget(Qt::LeftDockWidgetArea, setupDock);
    connect(m_setup, &SetupPanel::configurationChanged, this, &MainWindow::applyConfiguration);
    connect(m_setup, &SetupPanel::liveParameterChanged, m_session,
            &session::SessionController::setHyperParameter);
    connect(m_setup, &SetupPanel::openDataRequested, this, &MainWindow::chooseDataSource);
}

// What the session reports beyond the feed: its state, failures, divergence; and the
// progress of whatever is showing, from the feed, for the status bar.
void MainWindow::connectSession()
{
    connect(m_session, &session::SessionController::statusChanged, this, &MainWindow::onStatus);
    connect(m_feed, &RunFeed::statusChanged, this, &MainWindow::showProgress);
    connect(m_session, &session::SessionController::failed, this, &MainWindow::onFailure);
    connect(m_session, &session::SessionController::diverged, this, &MainWindow::onDiverged);
    connect(m_session, &session::SessionController::rewound, this, &MainWindow::onRewound);
    connect(m_session, &session::SessionController::configurationChanged, this,
            &MainWindow::showConfiguration);
    connect(m_exports, &ExportActions::finished, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_exports, &ExportActions::failed, this, &MainWindow::onFailure);
}

// The explorer follows the feed's newest frozen model; its picker shows the same fixed noise
// as the sample grid (the previews name it), and a click on a sample there loads that
// sample's z into the explorer.
void MainWindow::addExplorerTab()
{
    auto* explorer = new LatentExplorerPanel(this);
    explorer->setObjectName(QStringLiteral("latentExplorer"));
    m_tabs->addTab(explorer, tr("Latent explorer"));
    // A hidden explorer gets only the newest snapshot, when its tab is shown: its principal
    // directions, strips and maps decode thousands of images, work (and up to 300 MB of memory,
    // the peak-rss benchmark) that nobody looks at while another tab is open.
    auto explorerPending = std::make_shared<snapshot::ModelSnapshotPtr>();
    connect(m_feed, &RunFeed::previewReady, explorer, [explorer](const run::SamplePreview& preview) {
        explorer->setSampleNoise(preview.noiseSeed, preview.noiseCount);
    });
    connect(m_feed, &RunFeed::snapshotReady, explorer,
            [this, explorer, explorerPending](const snapshot::ModelSnapshotPtr& snapshot) {
                explorerPending->reset();
                if (!snapshot || m_tabs->currentWidget() == explorer)
                    explorer->setSnapshot(snapshot);
                else
                    *explorerPending = snapshot;
            });
    connect(m_tabs, &QTabWidget::currentChanged, explorer, [this, explorer, explorerPending] {
        if (m_tabs->currentWidget() == explorer && *explorerPending)
            explorer->setSnapshot(std::exchange(*explorerPending, nullptr));
    });
    connect(m_trainingTab, &TrainingTab::sampleClicked, explorer, [this, explorer](QPoint pixel) {
        explorer->loadSampleGridPixel(pixel);
        m_tabs->setCurrentWidget(explorer);
    });
}

// The model overview: the live data flow of the model the feed shows. Its slow-motion step
// pauses training, walks one step box by box, then makes that step.
void MainWindow::addOverviewTab()
{
    auto* overview = new ModelOverviewPanel(this);
    overview->setObjectName(QStringLiteral("modelOverviewPanel"));
    m_tabs->addTab(overview, tr("Model overview"));
    m_exports->addPictureMenu(overview->view(), QStringLiteral("model-overview"));
    connect(m_feed, &RunFeed::snapshotReady, overview, &ModelOverviewPanel::setSnapshot);
    connect(m_feed, &RunFeed::metricsReady, overview, &ModelOverviewPanel::addMetrics);
    connect(m_feed, &RunFeed::statusChanged, overview,
            [this, overview] { overview->setSteppingEnabled(!m_feed->isFollowingRun() && !m_comparing); });
    connect(m_setup->presetBox(), qOverload<int>(&QComboBox::currentIndexChanged), overview,
            [this, overview] {
                const int index = m_setup->presetBox()->currentIndex();
                overview->setStory(m_setup->presetBox()->currentData().toString().isEmpty()
                                       ? QString()
                                       : m_setup->presetBox()->itemData(index, Qt::ToolTipRole).toString());
            });
    connect(overview, &ModelOverviewPanel::slowStepStarted, m_session, &session::SessionController::pause);
    connect(overview, &ModelOverviewPanel::slowStepWalked, this, [this] {
        if (!m_feed->isFollowingRun() && !m_comparing)
            m_session->step(models::StepPart::Both);
    });
}

// The mode-collapse lab: fed by the feed's models and metrics, its alarm marks the loss plot
// and the status bar.
void MainWindow::addCollapseTab()
{
    auto* collapse = new CollapsePanel(this);
    collapse->setObjectName(QStringLiteral("collapsePanel"));
    m_tabs->addTab(collapse, tr("Mode collapse"));
    m_exports->addPictureMenu(collapse->view(), QStringLiteral("mode-collapse"));
    connect(m_feed, &RunFeed::snapshotReady, collapse, &CollapsePanel::showSnapshot);
    connect(m_feed, &RunFeed::metricsReady, collapse, &CollapsePanel::addMetrics);
    connect(collapse, &CollapsePanel::collapseAlarm, this, [this](qint64 step, const QString& message) {
        m_lossPlot->addMarker(step, tr("collapse alarm"));
        statusBar()->showMessage(message, 20000);
    });
    connect(m_feed, &RunFeed::statusChanged, collapse, [collapse](const SessionStatus& status) {
        collapse->showVerdict(status.story, status.storyTold);
    });
    connect(m_setup->presetBox(), qOverload<int>(&QComboBox::currentIndexChanged), collapse,
            [this, collapse] { collapse->showStory(m_setup->presetBox()->currentData().toString()); });
}

// Compare: several models trained in turns on the same data, in a worker thread of its own.
void MainWindow::addCompareTab()
{
    m_compare = new ComparePanel(this);
    m_compare->setObjectName(QStringLiteral("comparePanel"));
    m_tabs->addTab(m_compare, tr("Compare"));
    m_compare->addPresetActions(m_presetMenu);
    connect(m_compare, &ComparePanel::started, m_session, &session::SessionController::pause);
    connect(m_compare, &ComparePanel::activated, this, [this] { m_tabs->setCurrentWidget(m_compare); });
    connect(m_compare, &ComparePanel::runningChanged, this, &MainWindow::showComparing);
}

void MainWindow::buildActions()
{
    m_trainAction = new QAction(tr("&Train"), this);
    m_trainAction->setObjectName(QStringLiteral("trainAction"));
    m_trainAction->setShortcut(Qt::Key_Space);
    m_trainAction->setShortcutContext(Qt::ApplicationShortcut);
    describe(m_trainAction, tr("Train, or pause a running training"));
    connect(m_trainAction, &QAction::triggered, this, &MainWindow::toggleTraining);

    m_stepAction = new QAction(tr("&Step"), this);
    m_stepAction->setObjectName(QStringLiteral("stepAction"));
    m_stepAction->setShortcut(Qt::Key_S);
    describe(m_stepAction, tr("One training step of both networks"));
    connect(m_stepAction, &QAction::triggered, this, [this] {
        closeRun();
        m_session->step(models::StepPart::Both);
    });

    m_stepDAction = new QAction(tr("Step &D"), this);
    m_stepDAction->setObjectName(QStringLiteral("stepDAction"));
    m_stepDAction->setShortcut(Qt::Key_D);
    describe(m_stepDAction, tr("One update of the discriminator or critic only"));
    connect(m_stepDAction, &QAction::triggered, this, [this] {
        closeRun();
        m_session->step(models::StepPart::DiscriminatorOnly);
    });

    m_stepGAction = new QAction(tr("Step &G"), this);
    m_stepGAction->setObjectName(QStringLiteral("stepGAction"));
    m_stepGAction->setShortcut(Qt::Key_G);
    describe(m_stepGAction, tr("One update of the generator only"));
    connect(m_stepGAction, &QAction::triggered, this, [this] {
        closeRun();
        m_session->step(models::StepPart::GeneratorOnly);
    });

    m_resetAction = new QAction(tr("&Reset"), this);
    m_resetAction->setObjectName(QStringLiteral("resetAction"));
    m_resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    describe(m_resetAction, tr("Start again from step 0 with fresh weights (the old run stays on disk)"));
    connect(m_resetAction, &QAction::triggered, this, &MainWindow::resetRun);

    m_stopAction = new QAction(tr("Sto&p"), this);
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    describe(m_stopAction, tr("Finish the run: write its final samples and checkpoint"));
    connect(m_stopAction, &QAction::triggered, m_session, &session::SessionController::stop);

    m_openDataAction = new QAction(tr("&Open data\u2026"), this);
    m_openDataAction->setShortcut(QKeySequence::Open);
    describe(m_openDataAction, tr("Train on a folder of images, IDX files or a CSV of 2-D points"));
    connect(m_openDataAction, &QAction::triggered, this, &MainWindow::chooseDataSource);

    m_drawDataAction = new QAction(tr("&Draw 2-D data\u2026"), this);
    m_drawDataAction->setObjectName(QStringLiteral("drawDataAction"));
    describe(m_drawDataAction, tr("Paint points with the mouse and train on them"));
    connect(m_drawDataAction, &QAction::triggered, this, &MainWindow::drawData);

    m_openRunAction = new QAction(tr("Open &run\u2026"), this);
    m_openRunAction->setObjectName(QStringLiteral("openRunAction"));
    m_openRunAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    describe(m_openRunAction, tr("Show a run folder's curves and samples, and follow it while a headless "
                                 "genlab train writes it"));
    connect(m_openRunAction, &QAction::triggered, this, &MainWindow::chooseRun);

    auto* toolbar = addToolBar(tr("Training"));
    toolbar->setObjectName(QStringLiteral("trainingToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions(
        {m_trainAction, m_stepAction, m_stepDAction, m_stepGAction, m_resetAction, m_stopAction});
}

void MainWindow::buildMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_openDataAction);
    fileMenu->addAction(m_drawDataAction);
    fileMenu->addAction(m_openRunAction);
    fileMenu->addSeparator();
    fileMenu->addMenu(m_exports->menu());
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setObjectName(QStringLiteral("quitAction"));

    QMenu* trainingMenu = menuBar()->addMenu(tr("&Training"));
    trainingMenu->addActions({m_trainAction, m_stepAction, m_stepDAction, m_stepGAction});
    trainingMenu->addSeparator();
    trainingMenu->addActions({m_resetAction, m_stopAction});

    m_presetMenu = menuBar()->addMenu(tr("&Presets"));
    for (const training::Preset& preset : training::PresetCatalog::all()) {
        QAction* action = m_presetMenu->addAction(preset.name);
        action->setToolTip(preset.story);
        action->setStatusTip(preset.story);
        const QString name = preset.name;
        connect(action, &QAction::triggered, this, [this, name] { applyPreset(name); });
    }
    m_presetMenu->setToolTipsVisible(true);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        viewMenu->addAction(dock->toggleViewAction());
    viewMenu->addSeparator();
    QMenu* languageMenu = viewMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(languageMenu);
    for (const char* code : {TextLanguage::kEnglish, TextLanguage::kChinese}) {
        const QString language = QLatin1String(code);
        // Each language is named in itself, so that a reader of either finds their own.
        QAction* action = languageMenu->addAction(InterfaceLanguage::nativeName(language));
        action->setObjectName(QStringLiteral("language_") + language);
        action->setCheckable(true);
        action->setChecked(language == TextLanguage::current());
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { chooseLanguage(language); });
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = helpMenu->addAction(tr("&About GenLab"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

// Widgets built in one language stay in it, so a new language is remembered and applied by
// starting again; the offer to restart now goes through the same close as File > Quit.
void MainWindow::chooseLanguage(const QString& language)
{
    InterfaceLanguage::save(language);
    if (language == TextLanguage::current())
        return;
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Language"),
        tr("GenLab speaks %1 from its next start. Restart now? A run in training is saved first and "
           "offered for resuming.")
            .arg(InterfaceLanguage::nativeName(language)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("restartOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* restart = box->addButton(tr("Restart now"), QMessageBox::AcceptRole);
    restart->setObjectName(QStringLiteral("restartButton"));
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    connect(restart, &QPushButton::clicked, this, [this] {
        m_restartRequested = true;
        close();
    });
    box->open();
}

void MainWindow::buildStatusBar()
{
    m_stateLabel = new QLabel(tr("Ready"), this);
    m_stepLabel = new QLabel(this);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_rateLabel = new QLabel(this);
    m_elapsedLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_stateLabel);
    m_runLabel = new QLabel(this);
    m_runLabel->setObjectName(QStringLiteral("runLabel"));
    statusBar()->addWidget(m_runLabel);
    m_storyLabel = new QLabel(this);
    m_storyLabel->setObjectName(QStringLiteral("storyLabel"));
    statusBar()->addWidget(m_storyLabel);
    statusBar()->addPermanentWidget(m_stepLabel);
    statusBar()->addPermanentWidget(m_rateLabel);
    statusBar()->addPermanentWidget(m_elapsedLabel);
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::applyConfiguration()
{
    training::TrainingConfig config = m_setup->config();
    config.outDir = m_runsRoot;
    closeRun();
    m_trainingTab->clear();
    m_session->configure(config);
}

void MainWindow::toggleTraining()
{
    if (m_status.state == SessionStatus::State::Running) {
        m_session->pause();
        return;
    }
    closeRun();
    m_session->start();
}

void MainWindow::resetRun()
{
    rememberActiveRun(QString());
    closeRun();
    m_trainingTab->clear();
    m_session->reset();
}

void MainWindow::onStatus(const SessionStatus& status)
{
    m_status = status;
    if (status.state == SessionStatus::State::Running && !status.runPath.isEmpty())
        rememberActiveRun(status.runPath);
    else if (status.state == SessionStatus::State::Finished)
        rememberActiveRun(QString());
    const bool running = status.state == SessionStatus::State::Running;
    m_trainAction->setText(running ? tr("&Pause") : tr("&Train"));
    describe(m_trainAction, running ? tr("Pause training") : tr("Train, or pause a running training"));
    m_setup->setRunActive(status.step > 0 || running || status.state == SessionStatus::State::Loading);
    if (m_comparing)
        return; // the state label names the comparison

    switch (status.state) {
    case SessionStatus::State::Idle:
        m_stateLabel->setText(tr("Ready"));
        break;
    case SessionStatus::State::Loading:
        m_stateLabel->setText(tr("Loading data and building the model\u2026"));
        break;
    case SessionStatus::State::Running:
        m_stateLabel->setText(tr("Training"));
        break;
    case SessionStatus::State::Paused:
        m_stateLabel->setText(tr("Paused"));
        break;
    case SessionStatus::State::Finished:
        m_stateLabel->setText(tr("Finished"));
        break;
    case SessionStatus::State::Failed:
        m_stateLabel->setText(tr("Stopped by an error"));
        break;
    }
}

// While a comparison trains, the Setup panel (which sets up the Training tab's run) rests
// and the status bar names the comparison; afterwards both show the window's run again.
void MainWindow::showComparing(bool running, const QString& description)
{
    m_setup->setEnabled(!running);
    m_setup->setToolTip(running ? tr("The Compare tab is training its own models; this panel sets up the "
                                     "Training tab's run.")
                                : QString());
    if (running) {
        if (!m_comparing)
            m_runLabelBeforeCompare = m_runLabel->text();
        m_comparing = true;
        m_stateLabel->setText(tr("Comparing"));
        m_runLabel->setText(tr("Compare: %1").arg(description));
        m_stepLabel->clear();
        m_storyLabel->clear();
        m_rateLabel->clear();
        m_elapsedLabel->clear();
        m_progress->setVisible(false);
        return;
    }
    m_comparing = false;
    m_runLabel->setText(m_runLabelBeforeCompare); // "Following run ..." if one is open
    onStatus(m_status);
    showProgress(m_shownProgress);
}

void MainWindow::showProgress(const SessionStatus& status)
{
    m_shownProgress = status;
    if (m_comparing)
        return;
    if (status.story.isEmpty())
        m_storyLabel->clear();
    else if (status.storyTold)
        m_storyLabel->setText(
            tr("Story told at step %1 after %2 s").arg(status.storyStep).arg(status.storySeconds, 0, 'f', 1));
    else if (status.state == SessionStatus::State::Finished && status.totalSteps > 0 &&
             status.step >= status.totalSteps)
        m_storyLabel->setText(tr("Story not told in %1 steps").arg(status.step));
    else
        m_storyLabel->setText(tr("Story not told yet"));
    m_storyLabel->setToolTip(status.story);
    m_stepLabel->setText(status.epoch >= 0 ? tr("step %1  epoch %2").arg(status.step).arg(status.epoch)
                                           : tr("step %1").arg(status.step));
    const bool running = status.state == SessionStatus::State::Running && status.stepsPerSecond > 0;
    m_rateLabel->setText(running ? tr("%1 steps/s").arg(status.stepsPerSecond, 0, 'f', 1) : QString());
    m_elapsedLabel->setText(formatDuration(status.elapsedSeconds));
    m_progress->setVisible(status.totalSteps > 0);
    if (status.totalSteps > 0) {
        // QProgressBar holds ints: show per-mille of the run.
        m_progress->setRange(0, 1000);
        m_progress->setValue(
            int(1000.0 * double(std::min(status.step, status.totalSteps)) / double(status.totalSteps)));
        m_progress->setFormat(tr("%1 / %2").arg(status.step).arg(status.totalSteps));
    }
}

void MainWindow::onFailure(const QString& message)
{
    statusBar()->showMessage(message, 15000);
    // Not modal: the window, the plots and the run stay usable behind it.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("GenLab"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("failureMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::applyPreset(const QString& name)
{
    QString error;
    if (!m_setup->applyPreset(name, &error)) {
        onFailure(error);
        return false;
    }
    applyConfiguration();
    return true;
}

bool MainWindow::openDataSource(const QString& path)
{
    QString error;
    if (m_setup->addDataSource(path, &error))
        return true;
    onFailure(error);
    return false;
}

// The drawn points are saved beside the runs (…/GenLab/drawn) and opened like any CSV file.
void MainWindow::drawData()
{
    auto* dialog =
        new DrawDataDialog(QDir::cleanPath(QDir(m_runsRoot).filePath(QStringLiteral("../drawn"))), this);
    dialog->setObjectName(QStringLiteral("drawDataDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrawDataDialog::trainRequested, this, [this](const QString& path) {
        if (openDataSource(path))
            statusBar()->showMessage(tr("Drawn points saved to %1 and chosen as the data set; press Train")
                                         .arg(QDir::toNativeSeparators(path)),
                                     15000);
    });
    dialog->open();
}

void MainWindow::chooseDataSource()
{
    const QString path = QFileDialog::getExistingDirectory(
        this, tr("Open a folder of images or IDX files (cancel to pick a CSV file)"));
    if (!path.isEmpty()) {
        openDataSource(path);
        return;
    }
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Open a CSV file of 2-D points or an IDX file"), QString(),
                                     tr("Data (*.csv *.gz *ubyte);;All files (*)"));
    if (!file.isEmpty())
        openDataSource(file);
}

void MainWindow::onDiverged(const QString& message, qint64 step, qint64 recoveryStep, const QString& cause)
{
    m_lossPlot->addMarker(step, tr("diverged"));
    statusBar()->showMessage(message, 15000);
    const QString target = recoveryStep > 0 ? tr("the checkpoint at step %1").arg(recoveryStep)
                                            : tr("the fresh weights of step 0");
    const QString remedy =
        cause.isEmpty() ? tr("Going back to %1 divides every learning rate by ten.").arg(target)
                        : tr("It began after %1 changed: going back to %2 restores %1 as it was before.")
                              .arg(cause, target);
    // Not modal: the curves that show what went wrong stay usable behind it.
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Training diverged"),
                        tr("%1\n\nTraining is paused. %2").arg(message, remedy), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("divergenceMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* recover = box->addButton(
        cause.isEmpty() ? tr("Go back to step %1 with learning rates \u00f7 10").arg(recoveryStep)
                        : tr("Go back to step %1 with %2 as before").arg(recoveryStep).arg(cause),
        QMessageBox::AcceptRole);
    recover->setObjectName(QStringLiteral("recoverButton"));
    box->addButton(tr("Leave it paused"), QMessageBox::RejectRole);
    connect(recover, &QPushButton::clicked, m_session, [this] { m_session->recoverFromDivergence(); });
    box->open();
}

void MainWindow::onRewound(qint64 step)
{
    m_lossPlot->truncateAfter(step);
    m_samples->truncateAfter(step);
}

void MainWindow::showConfiguration(const training::TrainingConfig& config)
{
    // The session already runs this configuration: showing it must not configure it again.
    const QSignalBlocker blocker(m_setup);
    m_setup->setConfig(config);
}

void MainWindow::rememberActiveRun(const QString& runPath)
{
    QSettings settings;
    if (settings.value(QStringLiteral("session/activeRun")).toString() != runPath)
        settings.setValue(QStringLiteral("session/activeRun"), runPath);
}

void MainWindow::offerResume()
{
    const QString runPath = QSettings().value(QStringLiteral("session/activeRun")).toString();
    if (runPath.isEmpty())
        return;
    const QString checkpoint = run::RunDirectory::latestCheckpoint(runPath);
    if (checkpoint.isEmpty()) {
        rememberActiveRun(QString());
        return;
    }
    const qint64 step = run::RunDirectory::stepOfFile(checkpoint);
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Resume training?"),
                        tr("GenLab stopped while training %1.\nIts newest checkpoint is step %2. Resume "
                           "from there?")
                            .arg(QDir::toNativeSeparators(runPath))
                            .arg(step),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("resumeOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* resume = box->addButton(tr("Resume"), QMessageBox::AcceptRole);
    resume->setObjectName(QStringLiteral("resumeButton"));
    QPushButton* discard = box->addButton(tr("Not now"), QMessageBox::RejectRole);
    connect(resume, &QPushButton::clicked, this, [this, runPath] {
        closeRun();
        m_trainingTab->clear();
        m_session->resumeRun(runPath);
        // Its history so far, from the folder; the session continues it live.
        run::RunFollower history;
        connect(&history, &run::RunFollower::metricsReady, this,
                [this](const run::MetricsBatch& batch) { m_lossPlot->appendRows(batch.steps, batch.rows); });
        connect(&history, &run::RunFollower::previewReady, m_samples, &SampleGridView::addPreview);
        try {
            history.open(runPath);
        } catch (const std::exception&) {
        }
    });
    connect(discard, &QPushButton::clicked, this, [this] { rememberActiveRun(QString()); });
    box->open();
}

void MainWindow::checkpointBeforeClosing()
{
    // m_status is the session's own: a followed run is never written to.
    if (m_status.step == 0 || m_status.runPath.isEmpty())
        return;
    // Closing keeps the work: the newest step goes to disk first (a small model takes
    // milliseconds; the wait is bounded so a stuck disk cannot hold the window open).
    QEventLoop wait;
    QTimer::singleShot(3000, &wait, &QEventLoop::quit);
    connect(m_session, &session::SessionController::checkpointReady, &wait, &QEventLoop::quit);
    m_session->writeCheckpointNow();
    wait.exec();
}

// The Setup panel shows the opened run's recipe, and the session takes it, so that Train
// starts a new run of what is on screen (the opened folder is never written to). A config
// this version cannot read leaves the panel as it was.
void MainWindow::showRecipeOf(const QJsonObject& json, const QString& runPath)
{
    training::TrainingConfig config;
    try {
        config = training::TrainingConfig::fromJson(json, runPath);
    } catch (const std::exception&) {
        return;
    }
    {
        const QSignalBlocker blocker(m_setup);
        m_setup->setConfig(config);
    }
    config = m_setup->config();
    config.outDir = m_runsRoot;
    m_session->configure(config);
}

void MainWindow::chooseRun()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open a run folder"), m_runsRoot);
    if (!path.isEmpty())
        openRun(path);
}

bool MainWindow::openRun(const QString& runPath)
{
    try {
        run::RunDirectory::readConfig(runPath); // a clear message before anything changes
    } catch (const std::exception& error) {
        onFailure(QString::fromUtf8(error.what()));
        return false;
    }
    // The window's own run stays on disk (reset writes its checkpoint); the views show the
    // opened one from now on.
    m_session->reset();
    m_trainingTab->clear();
    try {
        m_feed->follow(runPath);
    } catch (const std::exception& error) {
        onFailure(QString::fromUtf8(error.what()));
        return false;
    }
    const QJsonObject config = m_follower->config();
    showRecipeOf(config, runPath);
    m_runLabel->setText(tr("Following run %1 (%2 on %3)")
                            .arg(QFileInfo(runPath).fileName(),
                                 config.value(QStringLiteral("model")).toString(),
                                 config.value(QStringLiteral("data")).toString()));
    m_runLabel->setToolTip(QDir::toNativeSeparators(QFileInfo(runPath).absoluteFilePath()));
    return true;
}

bool MainWindow::isFollowingRun() const
{
    return m_feed->isFollowingRun();
}

void MainWindow::closeRun()
{
    if (!m_feed->stopFollowing())
        return;
    m_runLabel->clear();
    m_trainingTab->clear();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        openDataSource(urls.first().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    checkpointBeforeClosing();
    // A clean exit: nothing to offer at the next start. A restart keeps the run, so that the
    // next start offers to resume it.
    if (!m_restartRequested)
        rememberActiveRun(QString());
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_trainingTab->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    const QJsonObject last =
        QJsonDocument::fromJson(settings.value(QStringLiteral("setup/last")).toByteArray()).object();
    if (last.isEmpty())
        return;
    training::TrainingConfig config = m_setup->config();
    try {
        config.merge(last, tr("saved settings"));
    } catch (const std::exception&) {
        return; // settings from another version: start from the defaults
    }
    m_setup->setConfig(config);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_trainingTab->saveState());
    QJsonObject last = m_setup->config().toJson();
    last.remove(QStringLiteral("out"));
    settings.setValue(QStringLiteral("setup/last"), QJsonDocument(last).toJson(QJsonDocument::Compact));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About GenLab"),
                       tr("<p><b>GenLab</b> - a laboratory for generative models.</p><p>%1</p>")
                           .arg(BuildInfo::summary().toHtmlEscaped()));
}

} // namespace genlab::ui
