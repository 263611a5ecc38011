// TrainingConfig::fromJson, merge and validate on whatever JSON the bytes parse to (presets,
// --config files and the config a checkpoint carries all come this way).
#include "common/InputError.h"
#include "training/TrainingConfig.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char*>(data), int(size)));
    if (!document.isObject())
        return 0;
    using genlab::training::TrainingConfig;
    const QString origin = QStringLiteral("fuzz.json");
    try {
        const TrainingConfig config = TrainingConfig::fromJson(document.object(), origin);
        config.validate();
        // What is written must read back.
        TrainingConfig::fromJson(config.toJson(), origin);
    } catch (const genlab::InputError&) {
    }
    try {
        TrainingConfig config;
        config.model = QStringLiteral("gan");
        config.data = QStringLiteral("ring");
        config.steps = 10;
        config.merge(document.object(), origin);
        config.validate();
    } catch (const genlab::InputError&) {
    }
    return 0;
}
