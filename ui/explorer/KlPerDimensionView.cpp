#include "KlPerDimensionView.h"

#include "ui/jobs/BackgroundRunner.h"
#include "ui/jobs/CalmRefresh.h"
#include "ui/widgets/CountsBarChart.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>

namespace genlab::ui {

KlPerDimensionView::KlPerDimensionView(BackgroundRunner* runner, QWidget* parent)
    : QWidget(parent), m_runner(runner)
{
    m_chart = new CountsBarChart(this);
    m_chart->setObjectName(QStringLiteral("klChart"));
    m_chart->plot()->yAxis->setLabel(tr("KL (nats)"));
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("klCaption"));
    m_caption->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_caption);
    m_calm = new CalmRefresh(
        kMinimumRefreshMs, [this] { refresh(); }, this);
}

void KlPerDimensionView::setSnapshot(const snapshot::ModelSnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    m_calm->request();
}

void KlPerDimensionView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void KlPerDimensionView::refresh()
{
    m_dirty = false;
    if (!m_snapshot)
        return;
    if (!m_snapshot->hasEncoder()) {
        m_values.clear();
        m_chart->clear();
        m_caption->setText(
            tr("This model has no encoder: the KL per dimension belongs to VAEs and VAE-GANs."));
        emit updated();
        return;
    }
    m_calm->markRefreshed();
    const snapshot::ModelSnapshotPtr snapshot = m_snapshot;
    QPointer<KlPerDimensionView> self(this);
    m_runner->submit(QStringLiteral("klPerDimension"), [snapshot, self]() -> BackgroundRunner::Apply {
        const QVector<double> values = snapshot->klPerDimension(kImagesMeasured);
        const qint64 step = snapshot->step();
        return [self, values, step] {
            if (self)
                self->showValues(values, step);
        };
    });
}

void KlPerDimensionView::showValues(const QVector<double>& values, qint64 step)
{
    m_values = values;
    QStringList labels;
    for (int i = 0; i < values.size(); ++i)
        labels << QStringLiteral("z%1").arg(i);
    m_chart->setValues(values,
                       values.size() <= CountsBarChart::kMostNumberedTicks * 2 ? labels : QStringList(),
                       tr("latent dimension"));
    m_caption->setText(tr("Step %1. %2").arg(step).arg(caption()));
    emit updated();
}

QString KlPerDimensionView::caption() const
{
    double total = 0.0;
    int used = 0;
    for (double kl : m_values) {
        total += kl;
        if (kl >= kUnusedBelowNats)
            ++used;
    }
    return tr("%1 of %2 dimensions carry information (KL at least %3 nats); the others collapsed to the "
              "prior N(0, 1) and the decoder ignores them. Total KL %4 nats per image, measured on %5 "
              "held-out images.")
        .arg(used)
        .arg(m_values.size())
        .arg(kUnusedBelowNats)
        .arg(total, 0, 'f', 2)
        .arg(kImagesMeasured);
}

} // namespace genlab::ui
