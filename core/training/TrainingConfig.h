#pragma once

#include "StoryVerdict.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVariantMap>
#include <QVector>

#include <cstdint>

namespace genlab::training {

// Settings a run changes on its own when it reaches a step (a learning-rate decay, say),
// applied before that step's successor and logged as events like a user's change.
struct ScheduledChange {
    int64_t step = 0;
    QVariantMap settings;
};

// Everything that defines a run: what `genlab train` parses, what a preset holds, what
// config.json records and what a checkpoint carries. Plain Qt values (the window uses it too).
struct TrainingConfig {
    QString model;        // "gan", "vae", ... (models::ModelCatalog kinds)
    QString data;         // a DataCatalog name or a path
    QVariantMap settings; // hyper-parameters by name; unset ones take the model's defaults
    uint64_t seed = 1;
    QString device = QStringLiteral("cpu");
    int threads = 1;             // torch's intra-op threads (one: reproducible, and fastest for small nets)
    int worldSize = 1;           // processes of a data-parallel run (the trainer sets it; recorded)
    int64_t steps = 0;           // run length in steps ...
    int64_t epochs = 0;          // ... or in epochs over the training set (exactly one is > 0)
    bool openEnded = false;      // the window's "no limit": no run length, never finishes
    int64_t sampleEvery = 0;     // write samples every N steps (0: only at the end)
    int64_t checkpointEvery = 0; // write a checkpoint every N steps (0: only at the end)
    int64_t metricsEvery = 1;    // one metrics.csv row every N steps
    int sampleCount = 64;        // images in a sample grid (2-D runs write 2,500 points)
    QVector<ScheduledChange> schedule; // sorted by step
    QString preset;                    // the preset it came from, if any (for the record)
    StoryVerdict verdict;              // what tells the preset's story (none: empty)
    QString outDir;                    // the run folder; empty: write nothing

    QJsonObject toJson() const;
    // Throws InputError naming the field when a value has the wrong type or is out of range.
    static TrainingConfig fromJson(const QJsonObject& json, const QString& origin);
    // Applies the fields present in `json` on top of this one (presets, --config files).
    void merge(const QJsonObject& json, const QString& origin);
    // Throws InputError when the config cannot run (no model, no data, no run length, ...).
    void validate() const;
};

} // namespace genlab::training

Q_DECLARE_METATYPE(genlab::training::TrainingConfig)
