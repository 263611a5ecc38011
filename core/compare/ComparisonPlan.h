#pragma once

#include "training/TrainingConfig.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdint>

namespace genlab::compare {

// One model of a comparison: the name in the legend and the run it trains.
struct ComparisonEntry {
    QString label;
    training::TrainingConfig config;
};

// Several model configurations trained on the same data and measured the same way, so that
// their coverage curves (and, for images, their sample grids and sharpness) can be laid over
// each other. A comparison preset is resources/presets/compare/NAME.json:
//
//   { "story": "...", "data": "ring8", "steps": 3000, "steps_per_turn": 10, "measure_every": 100,
//     "entries": [ { "label": "GAN", "preset": "gan-collapse-ring8" },
//                  { "label": "VI-GAN", "model": "vigan", "settings": { ... } } ] }
//
// An entry starts from a single-model preset ("preset") and/or sets TrainingConfig fields of
// its own (model, settings, steps, ...); the comparison's data, seed and steps (when given)
// apply to every entry, so all models see the same data.
struct ComparisonPlan {
    static constexpr int kDefaultStepsPerTurn = 10;
    static constexpr int64_t kDefaultMeasureEvery = 100;
    static constexpr int kMaxEntries = 8;

    QString name;  // the comparison preset, or "custom"
    QString story; // a few sentences for the panel
    QString data;
    QVector<ComparisonEntry> entries;
    int stepsPerTurn = kDefaultStepsPerTurn;     // steps one model trains before the next one's turn
    int64_t measureEvery = kDefaultMeasureEvery; // figures every N steps of each model
    bool classes = true; // label image samples with the data set's cached classifier, if any

    // The comparison presets compiled into the binary (sorted).
    static QStringList names();
    // Throws InputError for an unknown name, listing the known ones.
    static ComparisonPlan load(const QString& name);
    static ComparisonPlan fromFile(const QString& path);
    // Throws InputError naming `origin`, the entry and the problem (unknown model or preset,
    // entries on different data, ...).
    static ComparisonPlan fromJson(const QJsonObject& json, const QString& name, const QString& origin);
    // The single-model presets given, one entry each (labelled by preset name). Throws
    // InputError when they are fewer than two, unknown, or trained on different data.
    static ComparisonPlan fromPresets(const QStringList& presets);

    // Every entry gets this seed / run length (steps > 0).
    void setSeed(uint64_t seed);
    void setSteps(int64_t steps);
    QStringList labels() const;
    // Throws InputError when an entry cannot run (unknown model, no run length, other data).
    void validate(const QString& origin) const;
};

} // namespace genlab::compare

Q_DECLARE_METATYPE(genlab::compare::ComparisonPlan)
