#include "StoryVerdict.h"

#include "common/InputError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace genlab::training {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

[[noreturn]] void malformed(const QString& origin, const QString& what)
{
    throw InputError(QCoreApplication::translate("genlab::Errors", "%1: verdict: %2").arg(origin, what));
}

} // namespace

StoryVerdict StoryVerdict::fromJson(const QJsonObject& json, const QString& origin)
{
    StoryVerdict verdict;
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it.key() != QLatin1String("every") && it.key() != QLatin1String("all") &&
            it.key() != QLatin1String("hold_steps"))
            malformed(origin,
                      QCoreApplication::translate("genlab::Errors", "unknown field '%1'").arg(it.key()));
    if (json.contains(QStringLiteral("every"))) {
        const double every = json.value(QStringLiteral("every")).toDouble(-1);
        if (every < 1 || every != static_cast<double>(static_cast<int64_t>(every)))
            malformed(origin,
                      QCoreApplication::translate("genlab::Errors", "'every' must be a whole number >= 1"));
        verdict.m_every = static_cast<int64_t>(every);
    }
    if (json.contains(QStringLiteral("hold_steps"))) {
        const double hold = json.value(QStringLiteral("hold_steps")).toDouble(-1);
        if (hold < 0 || hold != static_cast<double>(static_cast<int64_t>(hold)))
            malformed(origin, QCoreApplication::translate("genlab::Errors",
                                                          "'hold_steps' must be a whole number >= 0"));
        verdict.m_holdSteps = static_cast<int64_t>(hold);
    }
    const QJsonValue all = json.value(QStringLiteral("all"));
    if (!all.isArray() || all.toArray().isEmpty())
        malformed(origin,
                  QCoreApplication::translate("genlab::Errors", "'all' must be a list of conditions"));
    for (const QJsonValue& value : all.toArray()) {
        const QJsonObject entry = value.toObject();
        Condition condition;
        if (entry.value(QStringLiteral("figure")).isString()) {
            condition.name = entry.value(QStringLiteral("figure")).toString();
            const bool atMost = entry.value(QStringLiteral("at_most")).isDouble();
            const bool atLeast = entry.value(QStringLiteral("at_least")).isDouble();
            if (atMost == atLeast)
                malformed(origin, QCoreApplication::translate(
                                      "genlab::Errors", "figure '%1' needs one of 'at_most' or 'at_least'")
                                      .arg(condition.name));
            condition.kind = atMost ? Condition::Kind::FigureAtMost : Condition::Kind::FigureAtLeast;
            condition.bound =
                entry.value(atMost ? QStringLiteral("at_most") : QStringLiteral("at_least")).toDouble();
        } else if (entry.value(QStringLiteral("metric")).isString()) {
            condition.kind = Condition::Kind::MetricBelow;
            condition.name = entry.value(QStringLiteral("metric")).toString();
            const double steps = entry.value(QStringLiteral("for_steps")).toDouble(-1);
            if (!entry.value(QStringLiteral("below")).isDouble() || steps < 1)
                malformed(origin, QCoreApplication::translate(
                                      "genlab::Errors", "metric '%1' needs 'below' and 'for_steps' >= 1")
                                      .arg(condition.name));
            condition.bound = entry.value(QStringLiteral("below")).toDouble();
            condition.forSteps = static_cast<int64_t>(steps);
        } else {
            malformed(origin, QCoreApplication::translate("genlab::Errors",
                                                          "each condition names a 'figure' or a 'metric'"));
        }
        verdict.m_conditions.append(condition);
    }
    return verdict;
}

QJsonObject StoryVerdict::toJson() const
{
    QJsonObject json;
    if (isEmpty())
        return json;
    QJsonArray all;
    for (const Condition& condition : m_conditions) {
        QJsonObject entry;
        switch (condition.kind) {
        case Condition::Kind::FigureAtMost:
            entry[QStringLiteral("figure")] = condition.name;
            entry[QStringLiteral("at_most")] = condition.bound;
            break;
        case Condition::Kind::FigureAtLeast:
            entry[QStringLiteral("figure")] = condition.name;
            entry[QStringLiteral("at_least")] = condition.bound;
            break;
        case Condition::Kind::MetricBelow:
            entry[QStringLiteral("metric")] = condition.name;
            entry[QStringLiteral("below")] = condition.bound;
            entry[QStringLiteral("for_steps")] = static_cast<qint64>(condition.forSteps);
            break;
        }
        all.append(entry);
    }
    json[QStringLiteral("every")] = static_cast<qint64>(m_every);
    if (m_holdSteps > 0)
        json[QStringLiteral("hold_steps")] = static_cast<qint64>(m_holdSteps);
    json[QStringLiteral("all")] = all;
    return json;
}

bool StoryVerdict::needsFigures() const
{
    for (const Condition& condition : m_conditions)
        if (condition.kind != Condition::Kind::MetricBelow)
            return true;
    return false;
}

QString StoryVerdict::describe(const Condition& condition)
{
    switch (condition.kind) {
    case Condition::Kind::FigureAtMost:
        return QStringLiteral("%1 <= %2").arg(condition.name, number(condition.bound));
    case Condition::Kind::FigureAtLeast:
        return QStringLiteral("%1 >= %2").arg(condition.name, number(condition.bound));
    case Condition::Kind::MetricBelow:
        return QCoreApplication::translate("genlab::Errors", "%1 < %2 for %3 steps")
            .arg(condition.name, number(condition.bound))
            .arg(condition.forSteps);
    }
    return {};
}

QString StoryVerdict::describe() const
{
    QStringList parts;
    for (const Condition& condition : m_conditions)
        parts << describe(condition);
    const QString all = parts.join(QCoreApplication::translate("genlab::Errors", " and "));
    return m_holdSteps > 0 ? QCoreApplication::translate("genlab::Errors", "%1, held for %2 steps")
                                 .arg(all)
                                 .arg(m_holdSteps)
                           : all;
}

} // namespace genlab::training
