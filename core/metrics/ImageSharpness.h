#pragma once

#include <QImage>
#include <QVector>

namespace genlab::metrics {

// How sharp a batch of images is: the variance of the discrete Laplacian
// (the 4-neighbour kernel 0 1 0 / 1 -4 1 / 0 1 0) over each image's interior pixels, grey values
// in [0, 1], averaged over the images. Edges and fine detail give large second differences,
// blur smooths them away, so a VAE's blurred samples score well below real images and a GAN's
// crisp (or speckled) ones. Always compare with the same score of real images of the data set:
// pixel noise counts as detail too. Colour images are scored on their grey version.
class ImageSharpness
{
public:
    // One image; 0 for images smaller than 3x3 (no interior pixel).
    static double laplacianVariance(const QImage& image);
    // The mean over the images; 0 for an empty batch.
    static double meanLaplacianVariance(const QVector<QImage>& images);
};

} // namespace genlab::metrics
