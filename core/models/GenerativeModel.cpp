#include "GenerativeModel.h"

#include "DataParallelLink.h"
#include "common/InputError.h"

#include <QCoreApplication>

namespace genlab::models {

at::Tensor GenerativeModel::encode(const at::Tensor&)
{
    throw InputError(
        QCoreApplication::translate("genlab::Errors", "%1: this model has no encoder").arg(kind()));
}

at::Tensor GenerativeModel::encodeStatistics(const at::Tensor& x)
{
    return encode(x); // throws: a model with an encoder overrides both
}

at::Tensor GenerativeModel::critic(const at::Tensor&)
{
    throw InputError(
        QCoreApplication::translate("genlab::Errors", "%1: this model has no discriminator or critic")
            .arg(kind()));
}

void GenerativeModel::joinDataParallel(std::shared_ptr<DataParallelLink>)
{
    throw InputError(
        QCoreApplication::translate("genlab::Errors", "%1: this model cannot be trained").arg(kind()));
}

} // namespace genlab::models
