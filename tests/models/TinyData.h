#pragma once

// Tiny data sets made on the spot for the model tests (include after common/TorchApi.h).

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>

namespace genlab::models::testing {

// Points on 8 Gaussian modes on the unit circle (sigma 0.02), like ring8.
inline at::Tensor ringPoints(int64_t count, uint64_t seed)
{
    at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    const at::Tensor mode = torch::randint(8, {count}, generator, torch::kLong).to(torch::kFloat32);
    const at::Tensor angle = mode * (2.0 * M_PI / 8.0);
    const at::Tensor noise = torch::randn({count, 2}, generator, torch::kFloat32) * 0.02;
    return torch::stack({angle.cos(), angle.sin()}, 1) + noise;
}

// 1x28x28 images of one bright bar each (horizontal or vertical, 4 pixels wide, at one of
// a few positions): a data set with a handful of clear patterns.
inline at::Tensor barImages(int64_t count, uint64_t seed)
{
    at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    at::Tensor images = torch::zeros({count, 1, 28, 28});
    const at::Tensor choices = torch::randint(8, {count}, generator, torch::kLong);
    for (int64_t i = 0; i < count; ++i) {
        const int64_t choice = choices[i].item<int64_t>();
        const int64_t position = 4 + (choice % 4) * 5;
        if (choice < 4)
            images[i][0].narrow(0, position, 4).fill_(1.0);
        else
            images[i][0].narrow(1, position, 4).fill_(1.0);
    }
    return images;
}

inline double metric(const StepMetrics& metrics, const QString& name)
{
    for (const NamedValue& value : metrics)
        if (value.name == name)
            return value.value;
    qFatal("metric %s missing", qPrintable(name));
    return 0.0;
}

inline bool hasMetric(const StepMetrics& metrics, const QString& name)
{
    for (const NamedValue& value : metrics)
        if (value.name == name)
            return true;
    return false;
}

} // namespace genlab::models::testing
