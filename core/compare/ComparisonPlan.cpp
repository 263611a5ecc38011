#include "ComparisonPlan.h"

#include "common/InputError.h"
#include "common/Resources.h"
#include "common/TextLanguage.h"
#include "models/ModelCatalog.h"
#include "training/PresetCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace genlab::compare {

namespace {

const QString kCompareFolder = QStringLiteral(":/genlab/presets/compare");

ComparisonPlan parse(const QByteArray& bytes, const QString& name, const QString& origin)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: not a JSON object (%2)")
                             .arg(origin, error.errorString()));
    return ComparisonPlan::fromJson(document.object(), name, origin);
}

int64_t wholeNumber(const QJsonObject& json, const QString& key, const QString& origin, int64_t minimum,
                    int64_t fallback)
{
    if (!json.contains(key))
        return fallback;
    const QJsonValue value = json.value(key);
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || number != double(int64_t(number)) || number < double(minimum) || number > 1e12)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: '%2' must be a whole number of at least %3")
                .arg(origin, key)
                .arg(minimum));
    return int64_t(number);
}

} // namespace

QStringList ComparisonPlan::names()
{
    ensureResourcesLoaded();
    QStringList result;
    for (const QString& file :
         QDir(kCompareFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        result << QFileInfo(file).completeBaseName();
    return result;
}

ComparisonPlan ComparisonPlan::load(const QString& name)
{
    ensureResourcesLoaded();
    QFile file(kCompareFolder + QLatin1Char('/') + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "unknown comparison preset '%1' (known: %2)")
                .arg(name, names().join(QStringLiteral(", "))));
    return parse(file.readAll(), name,
                 QCoreApplication::translate("genlab::Errors", "comparison preset %1").arg(name));
}

ComparisonPlan ComparisonPlan::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: cannot read (%2)")
                             .arg(path, file.errorString()));
    return parse(file.readAll(), QFileInfo(path).completeBaseName(), path);
}

ComparisonPlan ComparisonPlan::fromJson(const QJsonObject& json, const QString& name, const QString& origin)
{
    static const QStringList known{QStringLiteral("story"),         QStringLiteral("story_zh_CN"),
                                   QStringLiteral("data"),          QStringLiteral("seed"),
                                   QStringLiteral("steps"),         QStringLiteral("steps_per_turn"),
                                   QStringLiteral("measure_every"), QStringLiteral("classes"),
                                   QStringLiteral("entries"),       QStringLiteral("name")};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            throw InputError(QCoreApplication::translate("genlab::Errors", "%1: unknown field '%2'")
                                 .arg(origin, it.key()));

    ComparisonPlan plan;
    plan.name = json.value(QStringLiteral("name")).toString(name);
    plan.story = TextLanguage::pick(json, QStringLiteral("story"));
    plan.data = json.value(QStringLiteral("data")).toString();
    plan.stepsPerTurn =
        int(wholeNumber(json, QStringLiteral("steps_per_turn"), origin, 1, kDefaultStepsPerTurn));
    plan.measureEvery = wholeNumber(json, QStringLiteral("measure_every"), origin, 1, kDefaultMeasureEvery);
    if (json.contains(QStringLiteral("classes"))) {
        if (!json.value(QStringLiteral("classes")).isBool())
            throw InputError(
                QCoreApplication::translate("genlab::Errors", "%1: 'classes' must be true or false")
                    .arg(origin));
        plan.classes = json.value(QStringLiteral("classes")).toBool();
    }
    const QJsonValue entries = json.value(QStringLiteral("entries"));
    if (!entries.isArray() || entries.toArray().isEmpty())
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: 'entries' must be a non-empty list of models")
                .arg(origin));
    if (entries.toArray().size() > kMaxEntries)
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: at most %2 entries")
                             .arg(origin)
                             .arg(kMaxEntries));

    int index = 0;
    for (const QJsonValue& value : entries.toArray()) {
        ++index;
        const QString where =
            QCoreApplication::translate("genlab::Errors", "%1, entry %2").arg(origin).arg(index);
        if (!value.isObject())
            throw InputError(
                QCoreApplication::translate("genlab::Errors", "%1: must be an object").arg(where));
        QJsonObject object = value.toObject();
        ComparisonEntry entry;
        const QString preset = object.take(QStringLiteral("preset")).toString();
        entry.label = object.take(QStringLiteral("label")).toString(preset);
        try {
            if (!preset.isEmpty())
                entry.config = training::PresetCatalog::load(preset).config;
            entry.config.merge(object, where);
        } catch (const InputError& error) {
            const QString message = error.message();
            throw InputError(
                message.startsWith(where)
                    ? message
                    : QCoreApplication::translate("genlab::Errors", "%1: %2").arg(where, message));
        }
        if (entry.label.isEmpty())
            entry.label = entry.config.model;
        if (!plan.data.isEmpty())
            entry.config.data = plan.data;
        plan.entries.append(entry);
    }
    if (plan.data.isEmpty())
        plan.data = plan.entries.first().config.data;
    if (json.contains(QStringLiteral("seed")))
        plan.setSeed(uint64_t(wholeNumber(json, QStringLiteral("seed"), origin, 0, 1)));
    if (json.contains(QStringLiteral("steps")))
        plan.setSteps(wholeNumber(json, QStringLiteral("steps"), origin, 1, 0));
    plan.validate(origin);
    return plan;
}

ComparisonPlan ComparisonPlan::fromPresets(const QStringList& presets)
{
    if (presets.size() < 2)
        throw InputError(QCoreApplication::translate("genlab::Errors", "compare: pick at least two presets"));
    if (presets.size() > kMaxEntries)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "compare: at most %1 presets").arg(kMaxEntries));
    ComparisonPlan plan;
    plan.name = QStringLiteral("custom");
    for (const QString& name : presets) {
        const training::Preset preset = training::PresetCatalog::load(name);
        plan.entries.append({preset.name, preset.config});
        plan.story +=
            (plan.story.isEmpty() ? QString() : QStringLiteral("<br>")) +
            QStringLiteral("<b>%1</b>: %2").arg(preset.name.toHtmlEscaped(), preset.story.toHtmlEscaped());
    }
    plan.data = plan.entries.first().config.data;
    plan.validate(QStringLiteral("compare"));
    return plan;
}

void ComparisonPlan::setSeed(uint64_t seed)
{
    for (ComparisonEntry& entry : entries)
        entry.config.seed = seed;
}

void ComparisonPlan::setSteps(int64_t steps)
{
    if (steps <= 0)
        return;
    for (ComparisonEntry& entry : entries) {
        entry.config.steps = steps;
        entry.config.epochs = 0;
    }
}

QStringList ComparisonPlan::labels() const
{
    QStringList result;
    for (const ComparisonEntry& entry : entries)
        result << entry.label;
    return result;
}

void ComparisonPlan::validate(const QString& origin) const
{
    if (entries.isEmpty())
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: no models to compare").arg(origin));
    QStringList seen;
    for (int i = 0; i < entries.size(); ++i) {
        const ComparisonEntry& entry = entries[i];
        const QString where = QCoreApplication::translate("genlab::Errors", "%1, entry %2 (%3)")
                                  .arg(origin)
                                  .arg(i + 1)
                                  .arg(entry.label);
        if (seen.contains(entry.label))
            throw InputError(
                QCoreApplication::translate("genlab::Errors", "%1: the label is used twice").arg(where));
        seen << entry.label;
        try {
            entry.config.validate();
            models::ModelCatalog::describe(entry.config.model);
        } catch (const InputError& error) {
            throw InputError(
                QCoreApplication::translate("genlab::Errors", "%1: %2").arg(where, error.message()));
        }
        if (entry.config.data != entries.first().config.data)
            throw InputError(
                QCoreApplication::translate("genlab::Errors",
                                            "%1: trains on %2, but %3 trains on %4; a comparison needs the "
                                            "same data for every model")
                    .arg(where, entry.config.data, entries.first().label, entries.first().config.data));
    }
}

} // namespace genlab::compare
