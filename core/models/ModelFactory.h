#pragma once

#include "GenerativeModel.h"
#include "ModelCatalog.h"

#pragma push_macro("slots")
#undef slots
#include <c10/core/Device.h>
#pragma pop_macro("slots")

#include <QString>
#include <QVariantMap>

#include <cstdint>
#include <memory>
#include <vector>

namespace genlab::models {

// Builds the models that ModelCatalog describes.
class ModelFactory
{
public:
    // sampleShape is {2} for points or {C, H, W} for images. Missing settings take their
    // defaults; every given one is validated. The seed fixes the initial weights and every
    // random draw the model makes (noise, interpolation weights).
    static std::unique_ptr<GenerativeModel> create(const QString& kind,
                                                   const std::vector<int64_t>& sampleShape,
                                                   const QVariantMap& settings = {}, uint64_t seed = 0,
                                                   c10::Device device = c10::Device(c10::kCPU));
};

} // namespace genlab::models
