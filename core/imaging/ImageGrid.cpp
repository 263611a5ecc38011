#include "ImageGrid.h"

#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace genlab::imaging {

QImage ImageGrid::tile(const at::Tensor& images, int columns)
{
    if (images.dim() != 4 || (images.size(1) != 1 && images.size(1) != 3))
        throw InputError(QCoreApplication::translate(
            "genlab::Errors", "image grid: expected images of shape [N, 1 or 3, H, W]"));
    const int count = static_cast<int>(images.size(0));
    const int channels = static_cast<int>(images.size(1));
    const int height = static_cast<int>(images.size(2));
    const int width = static_cast<int>(images.size(3));
    if (columns <= 0)
        columns = std::max(1, static_cast<int>(std::ceil(std::sqrt(static_cast<double>(count)))));
    const int rows = std::max(1, (count + columns - 1) / columns);

    // Grey images stay one byte a pixel: the window keeps up to 2,000 grids as its timeline.
    QImage grid(columns * width + (columns + 1) * kPadding, rows * height + (rows + 1) * kPadding,
                channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    grid.fill(QColor(128, 128, 128));

    torch::NoGradGuard noGrad;
    // [N, H, W, C] bytes, contiguous on the CPU.
    const torch::Tensor bytes = images.detach()
                                    .to(torch::kCPU, torch::kFloat32)
                                    .clamp(0.0, 1.0)
                                    .mul(255.0)
                                    .round()
                                    .to(torch::kUInt8)
                                    .permute({0, 2, 3, 1})
                                    .contiguous();
    const uint8_t* data = bytes.data_ptr<uint8_t>();
    for (int n = 0; n < count; ++n) {
        const int left = kPadding + (n % columns) * (width + kPadding);
        const int top = kPadding + (n / columns) * (height + kPadding);
        for (int y = 0; y < height; ++y) {
            const uint8_t* source = data + ((static_cast<int64_t>(n) * height + y) * width) * channels;
            if (channels == 1) {
                std::copy(source, source + width, grid.scanLine(top + y) + left);
                continue;
            }
            auto* line = reinterpret_cast<QRgb*>(grid.scanLine(top + y)) + left;
            for (int x = 0; x < width; ++x) {
                const uint8_t* pixel = source + x * channels;
                line[x] = qRgb(pixel[0], pixel[1], pixel[2]);
            }
        }
    }
    return grid;
}

} // namespace genlab::imaging
