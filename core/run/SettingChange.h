#pragma once

#include <QString>

namespace genlab::run {

// One setting changed at a step - by the user, by the run's schedule or by a recovery - as
// events.csv records it and the loss plot marks it.
struct SettingChange {
    qint64 step = 0; // steps done when it took effect
    QString name;
    QString before;
    QString after;

    // "lr_g 0.0005 → 5e-05": the marker's label.
    QString text() const { return QStringLiteral("%1 %2 \u2192 %3").arg(name, before, after); }
};

} // namespace genlab::run
