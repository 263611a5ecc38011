#include "ImageValues.h"

#include <cmath>

namespace genlab::explore {

QVector<float> ImageValues::of(const QImage& image)
{
    QVector<float> values;
    if (image.isNull())
        return values;
    const bool grey = image.format() == QImage::Format_Grayscale8;
    const QImage converted = image.convertToFormat(grey ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    values.reserve(converted.width() * converted.height() * (grey ? 1 : 3));
    for (int y = 0; y < converted.height(); ++y) {
        const uchar* line = converted.constScanLine(y);
        for (int x = 0; x < converted.width(); ++x) {
            if (grey) {
                values.append(float(line[x]) / 255.0f);
            } else {
                const QRgb pixel = reinterpret_cast<const QRgb*>(line)[x];
                values << float(qRed(pixel)) / 255.0f << float(qGreen(pixel)) / 255.0f
                       << float(qBlue(pixel)) / 255.0f;
            }
        }
    }
    return values;
}

double ImageValues::rmsDifference(const QImage& a, const QImage& b)
{
    const QVector<float> x = of(a);
    const QVector<float> y = of(b.convertToFormat(a.format()));
    if (x.isEmpty() || x.size() != y.size())
        return 1.0;
    double sum = 0.0;
    for (int i = 0; i < x.size(); ++i)
        sum += double(x[i] - y[i]) * double(x[i] - y[i]);
    return std::sqrt(sum / double(x.size()));
}

} // namespace genlab::explore
