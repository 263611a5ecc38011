#pragma once

#include <QMetaType>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

namespace genlab::metrics {

// Everything the mode-collapse view of a 2-D model shows at one step, as plain values: it is
// computed off the GUI thread (CollapseFrameBuilder) and painted by the window.
struct CollapseFrame {
    qint64 step = -1;
    QString modelKind;
    QVector<QPointF> real;      // a fixed sample of the training points
    QVector<QPointF> generated; // decoded from the same fixed noise every frame

    // The discriminator's logit (GANs) or critic value (WGANs) at the centres of a
    // columns x rows grid over `area`, row-major, row 0 at the BOTTOM (smallest y), so that
    // cell (c, r) has centre (left + (c + 0.5) * width / columns, top + (r + 0.5) * height / rows)
    // with top = area.top() the smallest y. Empty when the model has no critic.
    QRectF area;
    int columns = 0;
    int rows = 0;
    QVector<double> critic;

    // Transport: a fixed grid of noise points (the first two latent coordinates, the others
    // zero), drawn at `noiseGrid` scaled into the plot, and where the generator sends them.
    QVector<QPointF> transportFrom;
    QVector<QPointF> transportTo;

    // The critic's gradient (finite differences) at the first generatedGradientCount
    // generated points: the direction in which the generator is being pushed.
    QVector<QPointF> gradientAt;
    QVector<QPointF> gradient;

    // Mode coverage on the generated points (ring8, grid25); modeCount 0 for other data.
    QVector<QPointF> modeCentres;
    int modeCount = 0;
    int modes = 0;
    double hq = 0.0;
    double rkl = 0.0;
    QVector<int> highQualityPerMode;

    bool hasCritic() const { return !critic.isEmpty(); }
    bool hasModes() const { return modeCount > 0; }
    double criticAt(int column, int row) const { return critic.at(row * columns + column); }
};

} // namespace genlab::metrics

Q_DECLARE_METATYPE(genlab::metrics::CollapseFrame)
