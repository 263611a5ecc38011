#include "ModelFactory.h"

#include "AdversarialModel.h"
#include "HyperParameterSet.h"
#include "VaeGanModel.h"
#include "VaeModel.h"

namespace genlab::models {

std::unique_ptr<GenerativeModel> ModelFactory::create(const QString& kind,
                                                      const std::vector<int64_t>& sampleShape,
                                                      const QVariantMap& settings, uint64_t seed,
                                                      c10::Device device)
{
    const data::DataKind dataKind = ModelCatalog::dataKindOf(sampleShape);
    HyperParameterSet values(ModelCatalog::hyperParameters(kind, dataKind), settings);
    if (kind == QLatin1String("vae"))
        return std::make_unique<VaeModel>(sampleShape, std::move(values), seed, device);
    if (kind == QLatin1String("vae-gan"))
        return std::make_unique<VaeGanModel>(sampleShape, std::move(values), seed, device);
    return std::make_unique<AdversarialModel>(kind, sampleShape, std::move(values), seed, device);
}

} // namespace genlab::models
