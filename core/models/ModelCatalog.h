#pragma once

#include "GenerativeModel.h"
#include "HyperParameterSpec.h"
#include "common/TensorFwd.h"
#include "data/DataSet.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <cstdint>
#include <memory>
#include <vector>

namespace genlab::models {

struct ModelDescription {
    QString kind;    // what --model accepts: "vae", "gan", "wgan", "wgan-gp", "vigan", "vae-gan"
    QString title;   // "Wasserstein GAN with gradient penalty"
    QString summary; // one line for `genlab models` and tooltips
};

// The models GenLab can train, each behind the GenerativeModel interface. Names and settings
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

    // sampleShape is {2} for points or {C, H, W} for images. Missing settings take their
    // defaults; every given one is validated. The seed fixes the initial weights and every
    // random draw the model makes (noise, interpolation weights).
    static std::unique_ptr<GenerativeModel> create(const QString& kind,
                                                   const std::vector<int64_t>& sampleShape,
                                                   const QVariantMap& settings = {}, uint64_t seed = 0,
                                                   c10::Device device = c10::Device(c10::kCPU));

    // The data kind a sample shape stands for; throws InputError for shapes no model takes.
    static data::DataKind dataKindOf(const std::vector<int64_t>& sampleShape);
};

} // namespace genlab::models
