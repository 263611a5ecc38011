#include "SampleGridCodes.h"

#include "ImageMosaic.h"
#include "common/TorchApi.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>

namespace genlab::explore {

namespace {
// Must match kSampleNoiseSeedOffset in training/Trainer.cpp (the test pins it).
constexpr uint64_t kSampleNoiseSeedOffset = 1000003;
} // namespace

QVector<float> SampleGridCodes::codes(quint64 runSeed, int count, int latentDim)
{
    if (count <= 0 || latentDim <= 0)
        return {};
    at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(runSeed + kSampleNoiseSeedOffset);
    const torch::Tensor z =
        at::randn({count, latentDim}, generator, torch::TensorOptions().dtype(torch::kFloat32)).contiguous();
    return QVector<float>(z.data_ptr<float>(), z.data_ptr<float>() + z.numel());
}

int SampleGridCodes::tileAt(QPoint pixel, QSize tileSize, int count)
{
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(count)))));
    return ImageMosaic::tileAt(pixel, tileSize, columns, count, ImageMosaic::kDefaultPadding);
}

} // namespace genlab::explore
