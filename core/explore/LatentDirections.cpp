#include "LatentDirections.h"

#include <QCoreApplication>

namespace genlab::explore {

LatentDirections LatentDirections::dimensions(int latentDim)
{
    LatentDirections result;
    result.latentDim = latentDim;
    result.source = Source::Dimensions;
    result.origin = QVector<float>(latentDim, 0.0f);
    for (int i = 0; i < latentDim; ++i) {
        QVector<float> axis(latentDim, 0.0f);
        axis[i] = 1.0f;
        result.axes.append(axis);
        result.scales.append(1.0);
    }
    return result;
}

QVector<double> LatentDirections::coordinates(const QVector<float>& code) const
{
    QVector<double> result(count(), 0.0);
    if (code.size() != latentDim)
        return result;
    for (int i = 0; i < count(); ++i) {
        double dot = 0.0;
        for (int k = 0; k < latentDim; ++k)
            dot += (double(code[k]) - double(origin[k])) * double(axes[i][k]);
        result[i] = scales[i] > 0.0 ? dot / scales[i] : 0.0;
    }
    return result;
}

QVector<float> LatentDirections::moved(const QVector<float>& base, const QVector<double>& delta) const
{
    if (base.size() != latentDim)
        return base;
    // Accumulate the offset in double and add it once, skipping zero moves entirely, so that
    // undoing a move (delta back to 0) gives exactly the code it started from.
    QVector<double> offset(latentDim, 0.0);
    bool any = false;
    for (int i = 0; i < std::min<int>(delta.size(), count()); ++i) {
        if (delta[i] == 0.0)
            continue;
        any = true;
        const double step = delta[i] * scales[i];
        for (int k = 0; k < latentDim; ++k)
            offset[k] += step * double(axes[i][k]);
    }
    if (!any)
        return base;
    QVector<float> result = base;
    for (int k = 0; k < latentDim; ++k)
        result[k] = float(double(base[k]) + offset[k]);
    return result;
}

QVector<float> LatentDirections::at(const QVector<double>& coordinates) const
{
    QVector<double> point(latentDim, 0.0);
    for (int k = 0; k < latentDim; ++k)
        point[k] = origin.value(k);
    for (int i = 0; i < std::min<int>(coordinates.size(), count()); ++i)
        for (int k = 0; k < latentDim; ++k)
            point[k] += coordinates[i] * scales[i] * double(axes[i][k]);
    QVector<float> result(latentDim);
    for (int k = 0; k < latentDim; ++k)
        result[k] = float(point[k]);
    return result;
}

QString LatentDirections::sourceName() const
{
    switch (source) {
    case Source::Dimensions:
        return QCoreApplication::translate("LatentDirections", "latent dimensions");
    case Source::EncoderMeans:
        return QCoreApplication::translate("LatentDirections", "principal directions of the encoder means");
    case Source::GeneratorOutput:
        return QCoreApplication::translate("LatentDirections",
                                           "principal directions of the generator's output variance");
    }
    return {};
}

QString LatentDirections::axisName(int index) const
{
    if (source == Source::Dimensions)
        return QStringLiteral("z%1").arg(index);
    if (index < explained.size())
        return QStringLiteral("PC%1 (%2%)").arg(index + 1).arg(100.0 * explained[index], 0, 'f', 0);
    return QStringLiteral("PC%1").arg(index + 1);
}

} // namespace genlab::explore
