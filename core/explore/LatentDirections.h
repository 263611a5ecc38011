#pragma once

#include <QString>
#include <QVector>

namespace genlab::explore {

// A set of directions through latent space that sliders, traversal grids and the latent map
// move along: the latent dimensions themselves, or principal directions (PCA). A position
// along the directions is a vector of coordinates, one per axis, in units of `scales`
// (standard deviations of the data along the axis, so that -3..3 spans what the model saw).
struct LatentDirections {
    enum class Source { Dimensions, EncoderMeans, GeneratorOutput };

    int latentDim = 0;
    Source source = Source::Dimensions;
    QVector<float> origin;        // latentDim values: where all coordinates are 0
    QVector<QVector<float>> axes; // unit vectors of latentDim values, most important first
    QVector<double> scales;       // one per axis: latent distance of one coordinate unit
    QVector<double> explained;    // one per axis: share of the variance it explains (PCA only)

    // The standard basis: axis i is latent dimension i, origin 0, scale 1.
    static LatentDirections dimensions(int latentDim);

    int count() const { return axes.size(); }
    bool isEmpty() const { return axes.isEmpty(); }
    // The coordinates of `code` along every axis: ((code - origin) . axis) / scale.
    QVector<double> coordinates(const QVector<float>& code) const;
    // `base` moved by `delta[i]` coordinate units along axis i (delta may be shorter than
    // count(); missing entries are 0). An all-zero delta returns `base` unchanged, bit for bit.
    QVector<float> moved(const QVector<float>& base, const QVector<double>& delta) const;
    // The point with the given coordinates on the first axes: origin + sum c_i * scale_i * axis_i.
    QVector<float> at(const QVector<double>& coordinates) const;
    // A short description for the user ("latent dimensions", "PCA of the encoder means", ...).
    QString sourceName() const;
    QString axisName(int index) const; // "z3" or "PC2 (14%)"
};

} // namespace genlab::explore
