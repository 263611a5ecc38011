#include "TrainingTab.h"

#include "LossPlot.h"
#include "RunFeed.h"
#include "SampleGridView.h"

namespace genlab::ui {

TrainingTab::TrainingTab(QWidget* parent) : QSplitter(Qt::Horizontal, parent)
{
    // The name the window's saved splitter state and the tests look for.
    setObjectName(QStringLiteral("centralSplitter"));
    m_lossPlot = new LossPlot(this);
    m_lossPlot->setObjectName(QStringLiteral("lossPlot"));
    m_samples = new SampleGridView(this);
    m_samples->setObjectName(QStringLiteral("sampleView"));
    addWidget(m_lossPlot);
    addWidget(m_samples);
    setStretchFactor(0, 1);
    setStretchFactor(1, 1);
    connect(m_samples, &SampleGridView::sampleClicked, this, &TrainingTab::sampleClicked);
}

void TrainingTab::attach(RunFeed* feed)
{
    connect(feed, &RunFeed::metricsReady, m_lossPlot,
            [this](const run::MetricsBatch& batch) { m_lossPlot->appendRows(batch.steps, batch.rows); });
    connect(feed, &RunFeed::eventLogged, m_lossPlot, &LossPlot::addMarker);
    connect(feed, &RunFeed::previewReady, m_samples, &SampleGridView::addPreview);
}

void TrainingTab::clear()
{
    m_lossPlot->clear();
    m_samples->clear();
}

} // namespace genlab::ui
