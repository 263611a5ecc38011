#pragma once

#include <QImage>
#include <QVector>

namespace genlab::explore {

// Pixel values of an image as numbers in [0, 1]: one per pixel for grey images, three
// (red, green, blue) for colour ones, row by row.
class ImageValues
{
public:
    static QVector<float> of(const QImage& image);
    // Root-mean-square difference of two images of the same size and format, in [0, 1].
    static double rmsDifference(const QImage& a, const QImage& b);
};

} // namespace genlab::explore
