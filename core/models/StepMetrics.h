#pragma once

#include <QString>
#include <QVector>

namespace genlab::models {

// What one training step reports, by name, in the order the model chose: losses,
// D(x) and D(G(z)) means, gradient norms, VAE reconstruction and KL, ...
struct NamedValue {
    QString name;
    double value = 0.0;
};

using StepMetrics = QVector<NamedValue>;

} // namespace genlab::models
