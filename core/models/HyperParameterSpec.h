#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace genlab::models {

// A model describes each of its settings with one of these, so that the command line
// (`genlab models`, --set key=value) and the window's parameter panel are built from the
// model itself. Plain Qt types: this crosses into the ui layer.
struct HyperParameterSpec {
    enum class Type { Real, Integer, Choice, Boolean };

    QString name;  // key for --set and config.json: "lr_g", "batch_size", "beta"
    QString label; // short text for the window: "Generator learning rate"
    QString help;  // one sentence: what it does and why one would change it
    Type type = Type::Real;
    QVariant defaultValue;
    double minimum = 0.0; // Real/Integer
    double maximum = 0.0;
    bool logScale = false; // learning rates and the like are edited on a log scale
    QStringList choices;   // Choice
    bool live = false;     // can change while training (applies at the next step)

    // Converts and checks a value given as text or variant; throws genlab::InputError naming
    // the parameter, the value and the allowed range.
    QVariant validated(const QVariant& value) const;
};

using HyperParameterSpecs = QVector<HyperParameterSpec>;

} // namespace genlab::models
