#pragma once

#include "HyperParameterSpec.h"
#include "data/DataKind.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <cstdint>
#include <vector>

namespace genlab::models {

struct ModelDescription {
    QString kind;    // what --model accepts: "vae", "gan", "wgan", "wgan-gp", "vigan", "vae-gan"
    QString title;   // "Wasserstein GAN with gradient penalty"
    QString summary; // one line for `genlab models` and tooltips
};

// The models GenLab can train and their settings, as plain Qt values (the window uses this;
// ModelFactory builds the models themselves). Names and settings
// are checked here: unknown kinds, unknown setting names and invalid values throw
// genlab::InputError with a one-line message that lists what is valid.
class ModelCatalog
{
public:
    static QStringList kinds();
    static QVector<ModelDescription> available();
    static ModelDescription describe(const QString& kind);

    // The settings of a model for a kind of data (defaults differ: points vs images).
    static HyperParameterSpecs hyperParameters(const QString& kind, data::DataKind dataKind);

    // The data kind a sample shape stands for; throws InputError for shapes no model takes.
    static data::DataKind dataKindOf(const std::vector<int64_t>& sampleShape);
};

} // namespace genlab::models
