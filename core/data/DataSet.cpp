#include "DataSet.h"

namespace genlab::data {

int64_t DataSet::trainCount() const
{
    return train.defined() ? train.size(0) : 0;
}

int64_t DataSet::testCount() const
{
    return test.defined() ? test.size(0) : 0;
}

std::vector<int64_t> DataSet::sampleShape() const
{
    if (!train.defined())
        return {};
    const auto sizes = train.sizes();
    return std::vector<int64_t>(sizes.begin() + 1, sizes.end());
}

} // namespace genlab::data
