#pragma once

#include "common/TensorFwd.h"

#include <QString>

namespace genlab::models {

// A network's tensor with the name a message gives it ("generator.0.weight").
struct NamedTensor {
    QString name;
    at::Tensor tensor;
};

} // namespace genlab::models
