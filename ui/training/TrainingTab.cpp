#include "TrainingTab.h"

#include "LossPlot.h"
#include "RunFeed.h"
#include "SampleGridView.h"
#include "WelcomeView.h"

#include <QSplitter>
#include <QStackedLayout>

namespace genlab::ui {

TrainingTab::TrainingTab(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trainingTab"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    // The name the tests look for.
    m_splitter->setObjectName(QStringLiteral("centralSplitter"));
    m_lossPlot = new LossPlot(m_splitter);
    m_lossPlot->setObjectName(QStringLiteral("lossPlot"));
    m_samples = new SampleGridView(m_splitter);
    m_samples->setObjectName(QStringLiteral("sampleView"));
    m_splitter->addWidget(m_lossPlot);
    m_splitter->addWidget(m_samples);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    connect(m_samples, &SampleGridView::sampleClicked, this, &TrainingTab::sampleClicked);

    m_welcome = new WelcomeView(this);
    connect(m_welcome, &WelcomeView::presetChosen, this, [this](const QString& name) {
        showRun();
        emit presetChosen(name);
    });

    m_pages = new QStackedLayout(this);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_splitter);
    m_pages->setCurrentWidget(m_welcome);
}

void TrainingTab::attach(RunFeed* feed)
{
    connect(feed, &RunFeed::metricsReady, m_lossPlot, [this](const run::MetricsBatch& batch) {
        showRun();
        m_lossPlot->appendRows(batch.steps, batch.rows);
    });
    connect(feed, &RunFeed::eventLogged, m_lossPlot, &LossPlot::addMarker);
    connect(feed, &RunFeed::previewReady, m_samples, [this](const run::SamplePreview& preview) {
        // The preview of a fresh model (step 0) is not yet a run worth leaving the cards for.
        if (preview.step > 0)
            showRun();
        m_samples->addPreview(preview);
    });
}

void TrainingTab::clear()
{
    m_lossPlot->clear();
    m_samples->clear();
}

void TrainingTab::showRun()
{
    m_pages->setCurrentWidget(m_splitter);
}

bool TrainingTab::isWelcomeShown() const
{
    return m_pages->currentWidget() == m_welcome;
}

QByteArray TrainingTab::saveState() const
{
    return m_splitter->saveState();
}

bool TrainingTab::restoreState(const QByteArray& state)
{
    return m_splitter->restoreState(state);
}

} // namespace genlab::ui
