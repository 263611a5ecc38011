#include "ImageSharpness.h"

#include <algorithm>

namespace genlab::metrics {

double ImageSharpness::laplacianVariance(const QImage& image)
{
    if (image.width() < 3 || image.height() < 3)
        return 0.0;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const int w = grey.width(), h = grey.height();
    double sum = 0.0, squares = 0.0;
    for (int y = 1; y + 1 < h; ++y) {
        const uchar* above = grey.constScanLine(y - 1);
        const uchar* line = grey.constScanLine(y);
        const uchar* below = grey.constScanLine(y + 1);
        for (int x = 1; x + 1 < w; ++x) {
            const double laplacian =
                (double(above[x]) + below[x] + line[x - 1] + line[x + 1] - 4.0 * line[x]) / 255.0;
            sum += laplacian;
            squares += laplacian * laplacian;
        }
    }
    const double count = double(w - 2) * double(h - 2);
    const double mean = sum / count;
    return std::max(0.0, squares / count - mean * mean);
}

double ImageSharpness::meanLaplacianVariance(const QVector<QImage>& images)
{
    if (images.isEmpty())
        return 0.0;
    double total = 0.0;
    for (const QImage& image : images)
        total += laplacianVariance(image);
    return total / double(images.size());
}

} // namespace genlab::metrics
