#include "LatentPath.h"

#include <algorithm>
#include <cmath>

namespace genlab::explore {

namespace {

// Below this angle (radians) the arc is a line for all practical purposes, and dividing by
// sin(angle) would only add rounding noise.
constexpr double kMinimumAngle = 1e-6;

double norm(const QVector<float>& code)
{
    double sum = 0.0;
    for (float value : code)
        sum += double(value) * double(value);
    return std::sqrt(sum);
}

} // namespace

QVector<float> LatentPath::interpolate(const QVector<float>& from, const QVector<float>& to, int frames,
                                       Mode mode)
{
    const int dim = from.size();
    if (frames <= 0 || dim == 0 || to.size() != dim)
        return {};
    QVector<float> result(frames * dim);
    const double fromNorm = norm(from);
    const double toNorm = norm(to);
    double cosine = 0.0;
    if (fromNorm > 0.0 && toNorm > 0.0) {
        for (int k = 0; k < dim; ++k)
            cosine += double(from[k]) * double(to[k]);
        cosine /= fromNorm * toNorm;
    }
    const double angle = std::acos(std::clamp(cosine, -1.0, 1.0));
    // Spherical needs two directions that are neither zero nor (anti)parallel; otherwise the
    // arc is not defined (or not unique) and the straight line is the honest answer.
    const bool spherical = mode == Mode::Spherical && fromNorm > 0.0 && toNorm > 0.0 &&
                           angle > kMinimumAngle && M_PI - angle > kMinimumAngle;
    for (int f = 0; f < frames; ++f) {
        const double t = frames == 1 ? 0.0 : double(f) / double(frames - 1);
        float* out = result.data() + f * dim;
        if (f == 0) {
            std::copy(from.begin(), from.end(), out);
        } else if (f == frames - 1) {
            std::copy(to.begin(), to.end(), out);
        } else if (spherical) {
            const double sinAngle = std::sin(angle);
            const double radius = (1.0 - t) * fromNorm + t * toNorm;
            const double a = std::sin((1.0 - t) * angle) / sinAngle * radius / fromNorm;
            const double b = std::sin(t * angle) / sinAngle * radius / toNorm;
            for (int k = 0; k < dim; ++k)
                out[k] = float(a * double(from[k]) + b * double(to[k]));
        } else {
            for (int k = 0; k < dim; ++k)
                out[k] = float((1.0 - t) * double(from[k]) + t * double(to[k]));
        }
    }
    return result;
}

QVector<double> LatentPath::norms(const QVector<float>& codes, int latentDim)
{
    if (latentDim <= 0)
        return {};
    const int count = codes.size() / latentDim;
    QVector<double> result(count);
    for (int i = 0; i < count; ++i) {
        double sum = 0.0;
        for (int k = 0; k < latentDim; ++k) {
            const double value = codes[i * latentDim + k];
            sum += value * value;
        }
        result[i] = std::sqrt(sum);
    }
    return result;
}

} // namespace genlab::explore
