#include "CollapseFrameBuilder.h"

#include "ModeCoverage.h"
#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/MixtureGenerator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <random>

namespace genlab::metrics {

namespace {

// Step of the central differences for the gradient arrows, as a share of the area's width:
// small against the modes' spacing, large against float rounding of the critic.
constexpr double kGradientStepShare = 1e-3;

void fillCoverage(CollapseFrame& frame, const QString& dataName)
{
    const data::MixtureModes modes = data::MixtureGenerator::modes(dataName);
    if (modes.empty() || frame.generated.isEmpty())
        return;
    for (const auto& centre : modes.centres)
        frame.modeCentres << QPointF(centre[0], centre[1]);

    torch::Tensor points = torch::empty({int64_t(frame.generated.size()), 2}, torch::kFloat64);
    auto access = points.accessor<double, 2>();
    for (int i = 0; i < frame.generated.size(); ++i) {
        access[i][0] = frame.generated[i].x();
        access[i][1] = frame.generated[i].y();
    }
    const ModeCoverageResult coverage = ModeCoverage::evaluate(points, modes);
    frame.modeCount = coverage.modeCount;
    frame.modes = coverage.modes;
    frame.hq = coverage.hq;
    frame.rkl = coverage.rkl;
    frame.highQualityPerMode = coverage.highQualityPerMode;
}

void fillCritic(CollapseFrame& frame, const CollapseSource& source)
{
    frame.columns = CollapseFrameBuilder::kHeatCells;
    frame.rows = CollapseFrameBuilder::kHeatCells;
    const QRectF& area = frame.area;
    QVector<QPointF> centres;
    centres.reserve(frame.columns * frame.rows);
    for (int row = 0; row < frame.rows; ++row)
        for (int column = 0; column < frame.columns; ++column)
            centres << QPointF(area.left() + (column + 0.5) * area.width() / frame.columns,
                               area.top() + (row + 0.5) * area.height() / frame.rows);
    frame.critic = source.criticValues(centres);
    if (frame.critic.size() != centres.size())
        throw InputError(QCoreApplication::translate(
                             "genlab::Errors", "collapse view: the critic returned %1 values for %2 points")
                             .arg(frame.critic.size())
                             .arg(centres.size()));

    const int arrows = std::min<int>(CollapseFrameBuilder::kGradientCount, frame.generated.size());
    const double h = kGradientStepShare * area.width();
    QVector<QPointF> probes;
    probes.reserve(4 * arrows);
    for (int i = 0; i < arrows; ++i) {
        const QPointF p = frame.generated.at(i);
        probes << p + QPointF(h, 0) << p - QPointF(h, 0) << p + QPointF(0, h) << p - QPointF(0, h);
    }
    const QVector<double> values = source.criticValues(probes);
    for (int i = 0; i < arrows && values.size() == probes.size(); ++i) {
        const double dx = (values[4 * i] - values[4 * i + 1]) / (2 * h);
        const double dy = (values[4 * i + 2] - values[4 * i + 3]) / (2 * h);
        if (!std::isfinite(dx) || !std::isfinite(dy))
            continue;
        frame.gradientAt << frame.generated.at(i);
        frame.gradient << QPointF(dx, dy);
    }
}

void fillTransport(CollapseFrame& frame, const CollapseSource& source)
{
    const int side = CollapseFrameBuilder::kTransportSide;
    const int dim = source.latentDim;
    QVector<float> codes(side * side * dim, 0.0f);
    // Noise coordinates are drawn into the plot scaled so the grid spans the heat-map area.
    const double scale =
        0.5 * std::min(frame.area.width(), frame.area.height()) / CollapseFrameBuilder::kNoiseSpan;
    const QPointF centre = frame.area.center();
    for (int i = 0; i < side; ++i)
        for (int j = 0; j < side; ++j) {
            const double u =
                -CollapseFrameBuilder::kNoiseSpan + 2.0 * CollapseFrameBuilder::kNoiseSpan * i / (side - 1);
            const double v =
                -CollapseFrameBuilder::kNoiseSpan + 2.0 * CollapseFrameBuilder::kNoiseSpan * j / (side - 1);
            const int row = i * side + j;
            codes[row * dim] = float(u);
            if (dim > 1)
                codes[row * dim + 1] = float(v);
            frame.transportFrom << centre + QPointF(u * scale, (dim > 1 ? v : 0.0) * scale);
        }
    frame.transportTo = source.decodePoints(codes);
    if (frame.transportTo.size() != frame.transportFrom.size()) {
        frame.transportFrom.clear();
        frame.transportTo.clear();
    }
}

} // namespace

QVector<float> CollapseFrameBuilder::fixedNoise(int count, int latentDim, quint64 seed)
{
    // Box-Muller on mt19937_64: std::normal_distribution differs between standard libraries.
    std::mt19937_64 engine(seed);
    const auto uniform = [&engine] { return (double(engine() >> 11) + 0.5) * (1.0 / 9007199254740992.0); };
    QVector<float> codes(qsizetype(count) * latentDim);
    for (qsizetype i = 0; i < codes.size(); i += 2) {
        const double radius = std::sqrt(-2.0 * std::log(uniform()));
        const double angle = 2.0 * M_PI * uniform();
        codes[i] = float(radius * std::cos(angle));
        if (i + 1 < codes.size())
            codes[i + 1] = float(radius * std::sin(angle));
    }
    return codes;
}

QRectF CollapseFrameBuilder::areaAround(const QVector<QPointF>& points)
{
    if (points.isEmpty())
        return QRectF(-2, -2, 4, 4);
    double left = points[0].x(), right = left, bottom = points[0].y(), top = bottom;
    for (const QPointF& p : points) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        bottom = std::min(bottom, p.y());
        top = std::max(top, p.y());
    }
    // A square, so circles stay circles on a square plot.
    const double side = std::max({right - left, top - bottom, 1e-3}) * (1.0 + 2.0 * kAreaMargin);
    const QPointF centre((left + right) / 2, (bottom + top) / 2);
    return QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side);
}

CollapseFrame CollapseFrameBuilder::build(const CollapseSource& source)
{
    if (!source.decodePoints || source.latentDim < 1)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "collapse view: the model has no 2-D generator"));
    CollapseFrame frame;
    frame.step = source.step;
    frame.modelKind = source.modelKind;
    frame.real = source.real;
    frame.area = areaAround(source.real);
    frame.generated = source.decodePoints(fixedNoise(kGeneratedCount, source.latentDim, kNoiseSeed));
    fillCoverage(frame, source.dataName);
    fillTransport(frame, source);
    if (source.criticValues)
        fillCritic(frame, source);
    return frame;
}

} // namespace genlab::metrics
