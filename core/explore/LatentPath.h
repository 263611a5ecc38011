#pragma once

#include <QVector>

namespace genlab::explore {

// Paths between two latent codes, as `frames` codes (row-major, frames * latentDim values)
// from `from` (first frame) to `to` (last frame).
class LatentPath
{
public:
    enum class Mode {
        // Straight line: cuts through the low-density middle of a Gaussian prior, so the
        // norm dips half-way and the frames in the middle look washed out.
        Linear,
        // Great-circle arc between the directions, norm interpolated linearly between the end
        // points' norms: stays on the shell where a high-dimensional Gaussian puts its mass.
        Spherical
    };

    static QVector<float> interpolate(const QVector<float>& from, const QVector<float>& to, int frames,
                                      Mode mode);
    // The Euclidean norm of each code of a row-major block of codes.
    static QVector<double> norms(const QVector<float>& codes, int latentDim);
};

} // namespace genlab::explore
