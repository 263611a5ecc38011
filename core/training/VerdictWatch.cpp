#include "VerdictWatch.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>
#include <limits>

namespace genlab::training {

namespace {

using Kind = StoryVerdict::Condition::Kind;

const double* find(const models::StepMetrics& values, const QString& name)
{
    for (const models::NamedValue& value : values)
        if (value.name == name)
            return &value.value;
    return nullptr;
}

} // namespace

VerdictWatch::VerdictWatch(StoryVerdict verdict) : m_verdict(std::move(verdict))
{
    const int count = m_verdict.conditions().size();
    m_values = QVector<double>(count, std::numeric_limits<double>::quiet_NaN());
    m_runs = QVector<int64_t>(count, 0);
}

bool VerdictWatch::wantsFigures(int64_t step, bool lastStep) const
{
    return applies() && !m_told && m_verdict.needsFigures() && (step % m_verdict.every() == 0 || lastStep);
}

bool VerdictWatch::holds(int index) const
{
    const StoryVerdict::Condition& condition = m_verdict.conditions()[index];
    const double value = m_values[index];
    switch (condition.kind) {
    case Kind::FigureAtMost:
        return std::isfinite(value) && value <= condition.bound;
    case Kind::FigureAtLeast:
        return std::isfinite(value) && value >= condition.bound;
    case Kind::MetricBelow:
        return m_runs[index] >= condition.forSteps;
    }
    return false;
}

bool VerdictWatch::observe(int64_t step, double seconds, const models::StepMetrics& metrics,
                           const models::StepMetrics* figures)
{
    if (!applies() || m_told)
        return false;
    const QVector<StoryVerdict::Condition>& conditions = m_verdict.conditions();
    for (int i = 0; i < conditions.size(); ++i) {
        const StoryVerdict::Condition& condition = conditions[i];
        if (condition.kind == Kind::MetricBelow) {
            // A partial step (D only) may not report the metric: the run neither grows nor breaks.
            if (const double* value = find(metrics, condition.name)) {
                m_values[i] = *value;
                m_runs[i] = *value < condition.bound ? m_runs[i] + 1 : 0;
            }
        } else if (figures) {
            const double* value = find(*figures, condition.name);
            m_values[i] = value ? *value : std::numeric_limits<double>::quiet_NaN();
        }
    }
    // Figures are judged only on the steps they were measured, so that a told story rests on
    // figures of that very step.
    if (m_verdict.needsFigures() && !figures)
        return false;
    for (int i = 0; i < conditions.size(); ++i) {
        if (!holds(i)) {
            m_holdingSince = -1;
            return false;
        }
    }
    if (m_holdingSince < 0)
        m_holdingSince = step;
    if (step - m_holdingSince < m_verdict.holdSteps())
        return false;
    m_told = true;
    m_toldStep = step;
    m_toldSeconds = seconds;
    return true;
}

QString VerdictWatch::progress() const
{
    QStringList parts;
    const QVector<StoryVerdict::Condition>& conditions = m_verdict.conditions();
    for (int i = 0; i < conditions.size(); ++i) {
        const StoryVerdict::Condition& condition = conditions[i];
        if (condition.kind == Kind::MetricBelow)
            parts << QCoreApplication::translate("genlab::Errors", "%1 below %2 for %3 of %4 steps")
                         .arg(condition.name, QString::number(condition.bound, 'g', 6))
                         .arg(m_runs[i])
                         .arg(condition.forSteps);
        else if (!std::isfinite(m_values[i]))
            parts << QCoreApplication::translate("genlab::Errors", "%1 not measured yet").arg(condition.name);
        else
            parts << QStringLiteral("%1 %2").arg(condition.name, QString::number(m_values[i], 'g', 4));
    }
    if (m_holdingSince >= 0)
        parts << QCoreApplication::translate("genlab::Errors", "holding since step %1").arg(m_holdingSince);
    return parts.join(QStringLiteral(", "));
}

QString VerdictWatch::line() const
{
    if (!applies())
        return {};
    if (m_told)
        return QCoreApplication::translate("genlab::Errors", "story told at step %1 after %2 s: %3")
            .arg(m_toldStep)
            .arg(QString::number(m_toldSeconds, 'f', 1), m_verdict.describe());
    return QCoreApplication::translate("genlab::Errors", "story not told yet (%1): %2")
        .arg(m_verdict.describe(), progress());
}

QString VerdictWatch::endLine(int64_t steps) const
{
    if (!applies() || m_told)
        return line();
    return QCoreApplication::translate("genlab::Errors", "story not told in %1 steps (%2): %3")
        .arg(steps)
        .arg(m_verdict.describe(), progress());
}

} // namespace genlab::training
