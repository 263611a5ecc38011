#include "ComparePanel.h"

#include "common/InputError.h"
#include "imaging/PointsImage.h"
#include "metrics/EvaluationFigureNames.h"
#include "session/ComparisonController.h"
#include "training/PresetCatalog.h"
#include "ui/widgets/CoverageTimeline.h"
#include "ui/widgets/ImageCanvas.h"

#include <qcustomplot.h>

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <exception>
#include <iterator>

namespace genlab::ui {

namespace {

// Quantities a comparison can plot, by the key frames are stored under.
using Names = metrics::EvaluationFigureNames;
const QString kModes = Names::kModes;
const QString kHq = Names::kHq;
const QString kRkl = Names::kRkl;
const QString kSharpness = QStringLiteral("sharpness");
const QString kDiversity = QStringLiteral("diversity");
const QString kClasses = QStringLiteral("classes");
const QString kClassKl = QStringLiteral("class_kl");
const QString kFrechet = QStringLiteral("frechet");

// The real images' series key (the legend shows its translated label).
const QString kRealSeries = QStringLiteral("real images");
const QString kCustom = QStringLiteral("custom");

// One colour per model, in plan order (the legend and the grid titles share it).
const QColor kModelColours[] = {QColor(31, 119, 180),  QColor(214, 39, 40),   QColor(44, 160, 44),
                                QColor(255, 127, 14),  QColor(148, 103, 189), QColor(140, 86, 75),
                                QColor(227, 119, 194), QColor(127, 127, 127)};

constexpr int kAxisNameRole = Qt::UserRole + 1;

QColor modelColour(int entry)
{
    return kModelColours[entry % int(std::size(kModelColours))];
}

QString errorText(const std::exception& error)
{
    return QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0);
}

// (key, value) pairs of the figures a frame carries; negative ones were not measured.
QVector<QPair<QString, double>> figuresOf(const compare::ComparisonFrame& frame)
{
    QVector<QPair<QString, double>> figures;
    if (frame.modes >= 0)
        figures << qMakePair(kModes, double(frame.modes)) << qMakePair(kHq, frame.hq)
                << qMakePair(kRkl, frame.rkl);
    if (frame.sharpness >= 0)
        figures << qMakePair(kSharpness, frame.sharpness);
    if (frame.diversity >= 0)
        figures << qMakePair(kDiversity, frame.diversity);
    if (frame.classesCovered >= 0)
        figures << qMakePair(kClasses, double(frame.classesCovered)) << qMakePair(kClassKl, frame.classKl)
                << qMakePair(kFrechet, frame.frechetDistance);
    return figures;
}

} // namespace

ComparePanel::ComparePanel(QWidget* parent) : QWidget(parent)
{
    m_controller = new session::ComparisonController(this);

    m_comparisons = new QComboBox(this);
    m_comparisons->setObjectName(QStringLiteral("comparisonBox"));
    for (const QString& name : compare::ComparisonPlan::names())
        m_comparisons->addItem(name, name);
    m_comparisons->addItem(tr("presets ticked below"), kCustom);
    m_comparisons->setToolTip(tr("A ready-made comparison, or any presets on the same data"));

    m_steps = new QSpinBox(this);
    m_steps->setObjectName(QStringLiteral("compareSteps"));
    m_steps->setRange(0, 1'000'000);
    m_steps->setSingleStep(500);
    m_steps->setSpecialValueText(tr("as the presets"));
    m_steps->setToolTip(tr("Training steps of every model (0: each preset's own run length)"));

    m_startButton = new QPushButton(tr("Compare"), this);
    m_startButton->setObjectName(QStringLiteral("compareStart"));
    m_startButton->setToolTip(tr("Train the models in turns and compare them (your own training pauses)"));
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setObjectName(QStringLiteral("compareStop"));
    m_stopButton->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Compare"), this));
    bar->addWidget(m_comparisons);
    bar->addWidget(new QLabel(tr("Steps per model"), this));
    bar->addWidget(m_steps);
    bar->addWidget(m_startButton);
    bar->addWidget(m_stopButton);
    bar->addWidget(m_status, 1);

    m_presetList = new QListWidget(this);
    m_presetList->setObjectName(QStringLiteral("comparePresetList"));
    m_presetList->setFlow(QListView::LeftToRight);
    m_presetList->setWrapping(true);
    m_presetList->setMaximumHeight(64);
    for (const training::Preset& preset : training::PresetCatalog::all()) {
        auto* item = new QListWidgetItem(preset.name, m_presetList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(
            QStringLiteral("%1 (%2 on %3)").arg(preset.story, preset.config.model, preset.config.data));
    }

    m_story = new QLabel(this);
    m_story->setObjectName(QStringLiteral("compareStory"));
    m_story->setWordWrap(true);
    m_story->setTextFormat(Qt::RichText);
    m_story->setMargin(6);
    m_story->setStyleSheet(QStringLiteral("QLabel { background: #fff8e6; border: 1px solid #e8d8a8; }"));

    m_grids = new QWidget(this);
    m_grids->setObjectName(QStringLiteral("compareGrids"));
    auto* gridsLayout = new QHBoxLayout(m_grids);
    gridsLayout->setContentsMargins(0, 0, 0, 0);
    m_realBox = new QGroupBox(tr("real images"), m_grids);
    m_realCanvas = new ImageCanvas(m_realBox);
    m_realCanvas->setObjectName(QStringLiteral("compareRealCanvas"));
    m_realFigures = new QLabel(m_realBox);
    m_realFigures->setObjectName(QStringLiteral("compareRealFigures"));
    m_realFigures->setWordWrap(true);
    auto* realLayout = new QVBoxLayout(m_realBox);
    realLayout->addWidget(m_realCanvas, 1);
    realLayout->addWidget(m_realFigures);
    gridsLayout->addWidget(m_realBox, 1);
    m_realBox->setVisible(false);

    m_quantity = new QComboBox(this);
    m_quantity->setObjectName(QStringLiteral("compareQuantity"));
    m_quantity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_plot = new CoverageTimeline(this);
    m_plot->setObjectName(QStringLiteral("comparePlot"));
    m_plot->plot()->yAxis2->setVisible(false); // every model's curve shares the left axis
    auto* plotBox = new QWidget(this);
    auto* plotLayout = new QVBoxLayout(plotBox);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    auto* quantityRow = new QHBoxLayout;
    quantityRow->addWidget(new QLabel(tr("Plot"), plotBox));
    quantityRow->addWidget(m_quantity);
    quantityRow->addStretch(1);
    plotLayout->addLayout(quantityRow);
    plotLayout->addWidget(m_plot, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_grids);
    splitter->addWidget(plotBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({420, 260}); // the grids are the point: most of the height goes to them

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_presetList);
    layout->addWidget(m_story);
    layout->addWidget(splitter, 1);

    connect(m_comparisons, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ComparePanel::onComparisonChosen);
    connect(m_startButton, &QPushButton::clicked, this, &ComparePanel::startSelected);
    connect(m_stopButton, &QPushButton::clicked, this, &ComparePanel::stop);
    connect(m_quantity, qOverload<int>(&QComboBox::currentIndexChanged), this, &ComparePanel::replot);
    connect(m_controller, &session::ComparisonController::started, this, &ComparePanel::onStarted);
    connect(m_controller, &session::ComparisonController::frameReady, this, &ComparePanel::onFrame);
    connect(m_controller, &session::ComparisonController::finished, this, &ComparePanel::onFinished);
    connect(m_controller, &session::ComparisonController::failed, this, &ComparePanel::onFailed);
    onComparisonChosen();
}

// The controller (a child) stops and joins its worker thread when it is deleted.
ComparePanel::~ComparePanel() = default;

void ComparePanel::addPresetActions(QMenu* menu)
{
    menu->addSection(tr("Compare"));
    for (const QString& name : compare::ComparisonPlan::names()) {
        QAction* action = menu->addAction(name);
        try {
            const QString story = compare::ComparisonPlan::load(name).story;
            action->setToolTip(story);
            action->setStatusTip(story);
        } catch (const std::exception&) {
            // A broken preset still gets its action; choosing it shows why it cannot run.
        }
        connect(action, &QAction::triggered, this, [this, name] {
            if (startComparison(name))
                emit activated();
        });
    }
}

bool ComparePanel::selectComparison(const QString& name)
{
    const int index = m_comparisons->findData(name);
    if (index < 0 || name == kCustom) {
        showProblem(tr("unknown comparison preset '%1' (known: %2)")
                        .arg(name, compare::ComparisonPlan::names().join(QStringLiteral(", "))));
        return false;
    }
    m_comparisons->setCurrentIndex(index);
    return true;
}

bool ComparePanel::startSelected()
{
    const QString name = m_comparisons->currentData().toString();
    if (name != kCustom)
        return startComparison(name);
    QStringList presets;
    for (int i = 0; i < m_presetList->count(); ++i)
        if (m_presetList->item(i)->checkState() == Qt::Checked)
            presets << m_presetList->item(i)->text();
    return startPresets(presets);
}

bool ComparePanel::startComparison(const QString& name)
{
    if (!selectComparison(name))
        return false;
    try {
        startPlan(compare::ComparisonPlan::load(name));
    } catch (const std::exception& error) {
        showProblem(errorText(error));
        return false;
    }
    return true;
}

bool ComparePanel::startPresets(const QStringList& presets)
{
    try {
        startPlan(compare::ComparisonPlan::fromPresets(presets));
    } catch (const std::exception& error) {
        showProblem(errorText(error));
        return false;
    }
    return true;
}

void ComparePanel::startPlan(const compare::ComparisonPlan& plan)
{
    compare::ComparisonPlan run = plan;
    run.setSteps(m_steps->value());
    m_story->setText(run.story);
    m_story->setVisible(!run.story.isEmpty());
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Loading %1 and building %2 models...").arg(run.data).arg(run.entries.size()));
    m_startButton->setEnabled(false);
    m_stopButton->setEnabled(true);
    emit started();
    emit runningChanged(true, tr("%1 models on %2").arg(run.entries.size()).arg(run.data));
    m_controller->start(run);
}

void ComparePanel::stop()
{
    m_controller->stop();
}

bool ComparePanel::isRunning() const
{
    return m_controller->isRunning();
}

ImageCanvas* ComparePanel::canvas(int entry) const
{
    return entry >= 0 && entry < m_boxes.size() ? m_boxes[entry].canvas : nullptr;
}

QLabel* ComparePanel::figuresLabel(int entry) const
{
    return entry >= 0 && entry < m_boxes.size() ? m_boxes[entry].figures : nullptr;
}

void ComparePanel::onComparisonChosen()
{
    const QString name = m_comparisons->currentData().toString();
    m_presetList->setVisible(name == kCustom);
    QString story;
    if (name == kCustom) {
        story = tr("Tick two or more presets trained on the same data (for example gan-collapse-ring8, "
                   "wgan-gp-ring8 and vigan-ring8), then press Compare. The models train in turns, a few "
                   "steps each, so every curve grows from the start.");
    } else {
        try {
            story = compare::ComparisonPlan::load(name).story;
        } catch (const std::exception& error) {
            story = errorText(error).toHtmlEscaped();
        }
    }
    m_story->setText(story);
    m_story->setVisible(!story.isEmpty());
}

void ComparePanel::clearModels()
{
    for (ModelBox& box : m_boxes)
        delete box.box;
    m_boxes.clear();
    m_plot->clear();
}

void ComparePanel::onStarted(const compare::ComparisonStart& start)
{
    clearModels();
    m_start = start;
    m_story->setText(start.story);
    m_story->setVisible(!start.story.isEmpty());
    auto* gridsLayout = static_cast<QHBoxLayout*>(m_grids->layout());
    for (int entry = 0; entry < start.labels.size(); ++entry) {
        ModelBox box;
        box.box = new QGroupBox(start.labels[entry], m_grids);
        box.box->setObjectName(QStringLiteral("compareModel%1").arg(entry));
        box.box->setStyleSheet(
            QStringLiteral("QGroupBox { font-weight: bold; color: %1; }").arg(modelColour(entry).name()));
        box.canvas = new ImageCanvas(box.box);
        box.canvas->setObjectName(QStringLiteral("compareCanvas%1").arg(entry));
        box.figures = new QLabel(box.box);
        box.figures->setObjectName(QStringLiteral("compareFigures%1").arg(entry));
        box.figures->setWordWrap(true);
        box.figures->setTextFormat(Qt::RichText);
        auto* layout = new QVBoxLayout(box.box);
        layout->addWidget(box.canvas, 1);
        layout->addWidget(box.figures);
        gridsLayout->insertWidget(gridsLayout->count() - 1, box.box, 1);
        m_boxes.append(box);
    }

    m_realBox->setVisible(start.images);
    m_realCanvas->setImage(start.realGrid);
    m_realFigures->setText(start.images ? tr("sharpness <b>%1</b>").arg(start.realSharpness, 0, 'f', 4)
                                        : QString());
    m_realFigures->setToolTip(tr("Sharpness: the variance of the Laplacian of each image (grey values "
                                 "0-1), averaged over 64 images. Blur lowers it; edges, detail and pixel "
                                 "noise raise it."));
    m_pointsArea = start.images ? QRectF() : imaging::PointsImage::areaFor(start.real, {});

    const QString previous = m_quantity->currentData().toString();
    QSignalBlocker blocker(m_quantity);
    m_quantity->clear();
    // The chooser names a quantity in full; the plot's axis, only as tall as the plot, takes
    // the short name (the full "sharpness (variance of the Laplacian)" was cut off there).
    const auto addQuantity = [this](const QString& name, const QString& axisName, const QString& key) {
        m_quantity->addItem(name, key);
        m_quantity->setItemData(m_quantity->count() - 1, axisName, kAxisNameRole);
    };
    if (start.images) {
        addQuantity(tr("sharpness (variance of the Laplacian)"), tr("sharpness"), kSharpness);
        addQuantity(tr("diversity of 64 samples"), tr("diversity"), kDiversity);
        if (start.classCount > 0) {
            addQuantity(tr("classes covered"), tr("classes"), kClasses);
            addQuantity(tr("KL(class histogram || uniform)"), tr("class KL"), kClassKl);
            addQuantity(tr("classifier Frechet distance"), tr("Frechet distance"), kFrechet);
        }
    } else if (start.modeCount > 0) {
        addQuantity(tr("modes covered"), tr("modes"), kModes);
        addQuantity(tr("high-quality fraction"), tr("high quality"), kHq);
        addQuantity(tr("reverse KL (nats)"), tr("reverse KL"), kRkl);
    }
    const int keep = m_quantity->findData(previous);
    m_quantity->setCurrentIndex(keep >= 0 ? keep : 0);
    blocker.unblock();

    QString status = tr("Training %1 models on %2 in turns of %3 steps")
                         .arg(start.labels.size())
                         .arg(start.data)
                         .arg(start.stepsPerTurn);
    if (!start.classesNote.isEmpty())
        status += QStringLiteral(" (%1)").arg(start.classesNote);
    m_status->setText(status);
    replot();
}

QString ComparePanel::figuresText(const compare::ComparisonFrame& frame, qint64 shownStep) const
{
    QStringList parts;
    parts << (shownStep == frame.step ? tr("step %1 of %2").arg(frame.step).arg(frame.totalSteps)
                                      : tr("step %1 of %2 (figures of step %3)")
                                            .arg(shownStep)
                                            .arg(frame.totalSteps)
                                            .arg(frame.step));
    if (frame.modes >= 0)
        parts << tr("modes <b>%1</b> of %2").arg(frame.modes).arg(m_start.modeCount)
              << tr("hq %1").arg(frame.hq, 0, 'f', 2) << tr("reverse KL %1").arg(frame.rkl, 0, 'f', 2);
    if (frame.sharpness >= 0)
        parts << tr("sharpness <b>%1</b> (real %2)")
                     .arg(frame.sharpness, 0, 'f', 4)
                     .arg(m_start.realSharpness, 0, 'f', 4);
    if (frame.diversity >= 0)
        parts << tr("diversity %1").arg(frame.diversity, 0, 'f', 3);
    if (frame.classesCovered >= 0)
        parts << tr("classes %1 of %2").arg(frame.classesCovered).arg(m_start.classCount)
              << tr("class KL %1").arg(frame.classKl, 0, 'f', 2);
    // Step on the first line, the figure the story is about on the second, the rest below.
    const QString first = parts.takeFirst();
    const QString second = parts.isEmpty() ? QString() : parts.takeFirst();
    return QStringList({first, second, parts.join(QStringLiteral(" &middot; "))})
        .join(QStringLiteral("<br>"));
}

void ComparePanel::onFrame(const compare::ComparisonFrame& frame)
{
    if (frame.entry < 0 || frame.entry >= m_boxes.size())
        return;
    ModelBox& box = m_boxes[frame.entry];
    if (!frame.grid.isNull())
        box.canvas->setImage(frame.grid);
    else if (!m_pointsArea.isNull())
        box.canvas->setImage(
            imaging::PointsImage::render(frame.generated, m_start.real, m_pointsArea, QSize(320, 320)));
    const QVector<QPair<QString, double>> figures = figuresOf(frame);
    if (figures.isEmpty()) {
        // A grid between measurements: keep the last figures, move the step on.
        box.figures->setText(figuresText(box.last, frame.step));
        return;
    }
    box.last = frame;
    box.figures->setText(figuresText(frame, frame.step));
    const QString current = m_quantity->currentData().toString();
    for (const auto& [key, value] : figures) {
        Series& series = box.series[key];
        series.steps << frame.step;
        series.values << value;
        if (key == current) {
            m_plot->addValue(m_start.labels[frame.entry], frame.step, value);
            if (key == kSharpness)
                m_plot->addValue(kRealSeries, frame.step, m_start.realSharpness);
        }
    }
}

void ComparePanel::replot()
{
    m_plot->clear();
    const QString key = m_quantity->currentData().toString();
    m_plot->setLeftLabel(m_quantity->currentData(kAxisNameRole).toString());
    m_plot->setRightLabel(QString());
    if (key.isEmpty())
        return;
    if (key == kSharpness)
        m_plot->addSeries(kRealSeries, QColor(60, 60, 60), false, tr("real images"));
    for (int entry = 0; entry < m_boxes.size(); ++entry) {
        const QString label = m_start.labels[entry];
        m_plot->addSeries(label, modelColour(entry), false);
        const Series series = m_boxes[entry].series.value(key);
        for (int i = 0; i < series.steps.size(); ++i) {
            m_plot->addValue(label, series.steps[i], series.values[i]);
            if (key == kSharpness)
                m_plot->addValue(kRealSeries, series.steps[i], m_start.realSharpness);
        }
    }
}

void ComparePanel::onFinished(bool completed)
{
    m_startButton->setEnabled(true);
    m_stopButton->setEnabled(false);
    m_status->setText(completed ? tr("Done: every model reached its run length.") : tr("Stopped."));
    emit runningChanged(false, QString());
}

void ComparePanel::onFailed(const QString& message)
{
    m_startButton->setEnabled(true);
    m_stopButton->setEnabled(false);
    showProblem(message.section(QLatin1Char('\n'), 0, 0));
    emit runningChanged(false, QString());
}

void ComparePanel::showProblem(const QString& message)
{
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_status->setText(message);
}

} // namespace genlab::ui
