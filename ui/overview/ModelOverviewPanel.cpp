#include "ModelOverviewPanel.h"

#include "ModelExplanations.h"
#include "ModelOverviewView.h"
#include "models/ModelCatalog.h"
#include "ui/jobs/BackgroundRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace genlab::ui {

ModelOverviewPanel::ModelOverviewPanel(QWidget* parent) : QWidget(parent)
{
    m_runner = new BackgroundRunner(this);
    m_view = new ModelOverviewView(m_runner, this);
    m_view->setObjectName(QStringLiteral("modelOverviewView"));
    m_info = new QTextBrowser(this);
    m_info->setObjectName(QStringLiteral("modelOverviewInfo"));
    m_info->setMinimumWidth(240);

    m_slowStep = new QPushButton(tr("Slow-motion step"), this);
    m_slowStep->setObjectName(QStringLiteral("slowStepButton"));
    m_slowStep->setToolTip(tr("Pause, walk one training step box by box (D half, then G half), then make "
                              "that step"));
    m_hint =
        new QLabel(tr("Click a box to read what it is. While training runs, the arrows of the half a "
                      "step computes light in turn: red for the discriminator, orange for the generator, "
                      "blue for the autoencoder."),
                   this);
    m_hint->setWordWrap(true);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_slowStep);
    controls->addWidget(m_hint, 1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(controls);
    leftLayout->addWidget(m_view, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_info);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_slowStep->setEnabled(false);
    connect(m_slowStep, &QPushButton::clicked, this, [this] {
        if (m_view->isWalking())
            return;
        emit slowStepStarted();
        m_slowStep->setEnabled(false);
        m_view->startSlowStep();
    });
    connect(m_view, &ModelOverviewView::stepWalked, this, [this] {
        m_slowStep->setEnabled(m_steppingEnabled);
        emit slowStepWalked();
    });
    connect(m_view, &ModelOverviewView::boxClicked, this, &ModelOverviewPanel::explain);
    m_info->setHtml(tr("<p>Train a model to see its data flow here.</p>"));
}

ModelOverviewPanel::~ModelOverviewPanel()
{
    m_runner->shutdown();
}

void ModelOverviewPanel::setSnapshot(const snapshot::ModelSnapshotPtr& snapshot)
{
    m_view->setSnapshot(snapshot);
    const QString kind = snapshot ? snapshot->modelKind() : QString();
    const bool points = snapshot && snapshot->isPointModel();
    if (kind != m_kind || points != m_points) {
        m_kind = kind;
        m_points = points;
        m_metricsKnown = 0;
        explain(QString());
    }
    m_slowStep->setEnabled(snapshot && m_steppingEnabled && !m_view->isWalking());
}

void ModelOverviewPanel::addMetrics(const run::MetricsBatch& batch)
{
    m_view->addMetrics(batch);
    int known = 0;
    for (const QString& name : ModelExplanations::metricOrder())
        known += !std::isnan(m_view->lastValue(name));
    if (known != m_metricsKnown) {
        m_metricsKnown = known;
        explain(m_box);
    }
}

void ModelOverviewPanel::setStory(const QString& story)
{
    m_story = story;
    explain(m_box);
}

void ModelOverviewPanel::setSteppingEnabled(bool enabled)
{
    m_steppingEnabled = enabled;
    m_slowStep->setEnabled(enabled && !m_kind.isEmpty() && !m_view->isWalking());
}

void ModelOverviewPanel::explain(const QString& boxId)
{
    if (m_kind.isEmpty()) {
        m_info->setHtml(tr("<p>Train a model to see its data flow here.</p>"));
        return;
    }
    m_box = boxId;
    const QString box = boxId.isEmpty() ? QString() : ModelExplanations::ofBox(m_kind, boxId);
    QString html = (box.isEmpty() ? QString() : QStringLiteral("<p>%1</p><hr>").arg(box)) +
                   ModelExplanations::ofModel(m_kind);
    if (!m_story.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("The story"), m_story.toHtmlEscaped());
    QString figures;
    for (const QString& name : ModelExplanations::metricOrder())
        if (!std::isnan(m_view->lastValue(name)) && !ModelExplanations::ofMetric(name).isEmpty())
            figures += QStringLiteral("<li><b>%1</b>: %2</li>").arg(name, ModelExplanations::ofMetric(name));
    if (!figures.isEmpty())
        html += QStringLiteral("<h4>%1</h4><ul>%2</ul>").arg(tr("What the numbers say"), figures);
    // The settings, as the Setup panel lists them, with what each one does.
    QString settings;
    const models::HyperParameterSpecs specs = models::ModelCatalog::hyperParameters(
        m_kind, m_points ? data::DataKind::Points2D : data::DataKind::Images);
    for (const models::HyperParameterSpec& spec : specs)
        settings += QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                        .arg(spec.label.toHtmlEscaped(), spec.name, spec.help.toHtmlEscaped());
    if (!settings.isEmpty())
        html += QStringLiteral("<h4>%1</h4><ul>%2</ul>").arg(tr("Its settings"), settings);
    m_info->setHtml(html);
}

} // namespace genlab::ui
