#include "TrainingConfig.h"

#include "common/InputError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace genlab::training {

namespace {

int64_t integerField(const QJsonObject& json, const QString& key, const QString& origin, int64_t minimum)
{
    const QJsonValue value = json.value(key);
    const double number = value.toDouble(-1.0);
    // 2^63: converting a double at or beyond it to int64_t is undefined (found by fuzzing), so
    // the range is checked before the conversion.
    constexpr double kInt64Limit = 9223372036854775808.0;
    if (!value.isDouble() || !(number >= double(minimum) && number < kInt64Limit) ||
        number != std::trunc(number))
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: '%2' must be a whole number >= %3")
                .arg(origin, key)
                .arg(minimum));
    return static_cast<int64_t>(number);
}

QString textField(const QJsonObject& json, const QString& key, const QString& origin)
{
    const QJsonValue value = json.value(key);
    if (!value.isString() || value.toString().isEmpty())
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: '%2' must be a non-empty text")
                             .arg(origin, key));
    return value.toString();
}

} // namespace

QJsonObject TrainingConfig::toJson() const
{
    QJsonObject json;
    json[QStringLiteral("model")] = model;
    json[QStringLiteral("data")] = data;
    json[QStringLiteral("settings")] = QJsonObject::fromVariantMap(settings);
    json[QStringLiteral("seed")] = static_cast<qint64>(seed);
    json[QStringLiteral("device")] = device;
    json[QStringLiteral("threads")] = threads;
    json[QStringLiteral("world_size")] = worldSize;
    json[QStringLiteral("steps")] = static_cast<qint64>(steps);
    json[QStringLiteral("epochs")] = static_cast<qint64>(epochs);
    if (openEnded)
        json[QStringLiteral("open_ended")] = true; // a window run: resuming it must not ask for a length
    json[QStringLiteral("sample_every")] = static_cast<qint64>(sampleEvery);
    json[QStringLiteral("checkpoint_every")] = static_cast<qint64>(checkpointEvery);
    json[QStringLiteral("metrics_every")] = static_cast<qint64>(metricsEvery);
    json[QStringLiteral("sample_count")] = sampleCount;
    QJsonArray changes;
    for (const ScheduledChange& change : schedule) {
        QJsonObject entry;
        entry[QStringLiteral("step")] = static_cast<qint64>(change.step);
        entry[QStringLiteral("settings")] = QJsonObject::fromVariantMap(change.settings);
        changes.append(entry);
    }
    json[QStringLiteral("schedule")] = changes;
    json[QStringLiteral("preset")] = preset;
    if (!verdict.isEmpty())
        json[QStringLiteral("verdict")] = verdict.toJson();
    json[QStringLiteral("out")] = outDir;
    return json;
}

void TrainingConfig::merge(const QJsonObject& json, const QString& origin)
{
    static const QStringList known{
        QStringLiteral("model"), QStringLiteral("data"), QStringLiteral("settings"), QStringLiteral("seed"),
        QStringLiteral("device"), QStringLiteral("steps"), QStringLiteral("epochs"),
        QStringLiteral("sample_every"), QStringLiteral("checkpoint_every"), QStringLiteral("metrics_every"),
        QStringLiteral("sample_count"), QStringLiteral("preset"), QStringLiteral("out"),
        QStringLiteral("threads"), QStringLiteral("schedule"), QStringLiteral("data_name"),
        QStringLiteral("open_ended"), QStringLiteral("world_size"), QStringLiteral("verdict"),
        // Written for people, ignored when read back.
        QStringLiteral("name"), QStringLiteral("story"), QStringLiteral("story_zh_CN"),
        QStringLiteral("versions"), QStringLiteral("hyper_parameters")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            throw InputError(QCoreApplication::translate("genlab::Errors", "%1: unknown field '%2'")
                                 .arg(origin, it.key()));
    }
    if (json.contains(QStringLiteral("model")))
        model = textField(json, QStringLiteral("model"), origin);
    if (json.contains(QStringLiteral("data")))
        data = textField(json, QStringLiteral("data"), origin);
    if (json.contains(QStringLiteral("settings"))) {
        if (!json.value(QStringLiteral("settings")).isObject())
            throw InputError(QCoreApplication::translate("genlab::Errors", "%1: 'settings' must be an object")
                                 .arg(origin));
        const QVariantMap more = json.value(QStringLiteral("settings")).toObject().toVariantMap();
        for (auto it = more.begin(); it != more.end(); ++it)
            settings[it.key()] = it.value();
    }
    if (json.contains(QStringLiteral("seed")))
        seed = static_cast<uint64_t>(integerField(json, QStringLiteral("seed"), origin, 0));
    if (json.contains(QStringLiteral("device")))
        device = textField(json, QStringLiteral("device"), origin);
    if (json.contains(QStringLiteral("threads")))
        threads = static_cast<int>(integerField(json, QStringLiteral("threads"), origin, 1));
    if (json.contains(QStringLiteral("world_size")))
        worldSize = static_cast<int>(integerField(json, QStringLiteral("world_size"), origin, 1));
    // A run length given here replaces the other kind of run length.
    if (json.contains(QStringLiteral("steps"))) {
        steps = integerField(json, QStringLiteral("steps"), origin, 0);
        if (steps > 0 && !json.contains(QStringLiteral("epochs")))
            epochs = 0;
    }
    if (json.contains(QStringLiteral("epochs"))) {
        epochs = integerField(json, QStringLiteral("epochs"), origin, 0);
        if (epochs > 0 && !json.contains(QStringLiteral("steps")))
            steps = 0;
    }
    if (json.contains(QStringLiteral("open_ended"))) {
        if (!json.value(QStringLiteral("open_ended")).isBool())
            throw InputError(
                QCoreApplication::translate("genlab::Errors", "%1: 'open_ended' must be true or false")
                    .arg(origin));
        openEnded = json.value(QStringLiteral("open_ended")).toBool();
    }
    if (json.contains(QStringLiteral("sample_every")))
        sampleEvery = integerField(json, QStringLiteral("sample_every"), origin, 0);
    if (json.contains(QStringLiteral("checkpoint_every")))
        checkpointEvery = integerField(json, QStringLiteral("checkpoint_every"), origin, 0);
    if (json.contains(QStringLiteral("metrics_every")))
        metricsEvery = integerField(json, QStringLiteral("metrics_every"), origin, 1);
    if (json.contains(QStringLiteral("sample_count")))
        sampleCount = static_cast<int>(integerField(json, QStringLiteral("sample_count"), origin, 1));
    if (json.contains(QStringLiteral("schedule"))) {
        if (!json.value(QStringLiteral("schedule")).isArray())
            throw InputError(QCoreApplication::translate("genlab::Errors",
                                                         "%1: 'schedule' must be a list of {step, settings}")
                                 .arg(origin));
        schedule.clear();
        for (const QJsonValue& value : json.value(QStringLiteral("schedule")).toArray()) {
            const QJsonObject entry = value.toObject();
            if (!entry.value(QStringLiteral("settings")).isObject())
                throw InputError(QCoreApplication::translate(
                                     "genlab::Errors", "%1: every schedule entry needs 'step' and 'settings'")
                                     .arg(origin));
            ScheduledChange change;
            change.step = integerField(entry, QStringLiteral("step"), origin, 0);
            change.settings = entry.value(QStringLiteral("settings")).toObject().toVariantMap();
            schedule.append(change);
        }
        std::stable_sort(schedule.begin(), schedule.end(),
                         [](const ScheduledChange& a, const ScheduledChange& b) { return a.step < b.step; });
    }
    if (json.contains(QStringLiteral("preset")))
        preset = json.value(QStringLiteral("preset")).toString();
    if (json.contains(QStringLiteral("verdict"))) {
        if (!json.value(QStringLiteral("verdict")).isObject())
            throw InputError(
                QCoreApplication::translate("genlab::Errors", "%1: 'verdict' must be an object").arg(origin));
        verdict = StoryVerdict::fromJson(json.value(QStringLiteral("verdict")).toObject(), origin);
    }
    if (json.contains(QStringLiteral("out")))
        outDir = json.value(QStringLiteral("out")).toString();
}

TrainingConfig TrainingConfig::fromJson(const QJsonObject& json, const QString& origin)
{
    TrainingConfig config;
    config.merge(json, origin);
    return config;
}

void TrainingConfig::validate() const
{
    if (model.isEmpty())
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "no model given (--model or a preset)"));
    if (data.isEmpty())
        throw InputError(QCoreApplication::translate("genlab::Errors", "no data given (--data or a preset)"));
    if (steps > 0 && epochs > 0)
        throw InputError(QCoreApplication::translate("genlab::Errors",
                                                     "give the run length in steps or in epochs, not both"));
    if (steps <= 0 && epochs <= 0 && !openEnded)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "no run length given (--steps N or --epochs E)"));
    if (sampleCount < 1 || sampleCount > 1024)
        throw InputError(QCoreApplication::translate("genlab::Errors", "sample count %1 is outside 1..1024")
                             .arg(sampleCount));
}

} // namespace genlab::training
