#pragma once

#include "TrainingConfig.h"

#include <QString>
#include <QVector>

namespace genlab::training {

// A ready-made run that tells one story ("watch a GAN collapse on ring8"): model, data,
// hyper-parameters and run length, so that `genlab train --preset P --seed S` reproduces
// the documented numbers. Compiled into the binary from resources/presets/NAME.json.
struct Preset {
    QString name;  // "gan-collapse-ring8"
    QString story; // one line for listings and the window's chooser
    TrainingConfig config;
};

class PresetCatalog
{
public:
    static QStringList names(); // sorted
    static QVector<Preset> all();
    // Throws InputError for an unknown name, listing the known ones.
    static Preset load(const QString& name);
    // A preset from a JSON file of the same format (e.g. a user's own).
    static Preset fromFile(const QString& path);
};

} // namespace genlab::training
