#include "PresetCatalog.h"

#include "common/InputError.h"
#include "common/Resources.h"
#include "common/TextLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace genlab::training {

namespace {

const QString kPresetFolder = QStringLiteral(":/genlab/presets");

Preset parse(const QByteArray& bytes, const QString& origin, const QString& fallbackName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: not a JSON object (%2)")
                             .arg(origin, error.errorString()));
    const QJsonObject json = document.object();
    Preset preset;
    preset.name = json.value(QStringLiteral("name")).toString(fallbackName);
    preset.story = TextLanguage::pick(json, QStringLiteral("story"));
    preset.config = TrainingConfig::fromJson(json, origin);
    preset.config.preset = preset.name;
    return preset;
}

} // namespace

QStringList PresetCatalog::names()
{
    ensureResourcesLoaded();
    QStringList result;
    for (const QString& file :
         QDir(kPresetFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        result << QFileInfo(file).completeBaseName();
    return result;
}

QVector<Preset> PresetCatalog::all()
{
    QVector<Preset> presets;
    for (const QString& name : names())
        presets.append(load(name));
    return presets;
}

Preset PresetCatalog::load(const QString& name)
{
    ensureResourcesLoaded();
    QFile file(kPresetFolder + QLatin1Char('/') + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (QFile::exists(kPresetFolder + QStringLiteral("/compare/") + name + QStringLiteral(".json")))
            throw InputError(QCoreApplication::translate(
                                 "genlab::Errors",
                                 "'%1' is a comparison of several models: genlab compare --preset %1, "
                                 "or the window's Compare tab")
                                 .arg(name));
        throw InputError(QCoreApplication::translate("genlab::Errors", "unknown preset '%1' (known: %2)")
                             .arg(name, names().join(QStringLiteral(", "))));
    }
    return parse(file.readAll(), QCoreApplication::translate("genlab::Errors", "preset %1").arg(name), name);
}

Preset PresetCatalog::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: cannot read (%2)")
                             .arg(path, file.errorString()));
    return parse(file.readAll(), path, QFileInfo(path).completeBaseName());
}

} // namespace genlab::training
