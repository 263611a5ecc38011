#pragma once

#include "common/TensorFwd.h"

#include <QImage>

namespace genlab::imaging {

// Tiles a batch of images into one picture, for sample PNGs and the window's sample grid.
class ImageGrid
{
public:
    static constexpr int kPadding = 2; // pixels between tiles, filled with mid grey

    // images: float [N, C, H, W] with C = 1 or 3, values in [0, 1] (clamped). columns <= 0
    // picks a near-square layout. The result owns its pixels (safe to send to another thread).
    static QImage tile(const at::Tensor& images, int columns = 0);
};

} // namespace genlab::imaging
