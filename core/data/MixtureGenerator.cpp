#include "MixtureGenerator.h"

#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QCoreApplication>
#include <cmath>

namespace genlab::data {

namespace {

constexpr double kPi = 3.14159265358979323846;

at::Tensor gaussianMixture(const MixtureModes& modes, int64_t count, at::Generator& generator)
{
    std::vector<float> flat;
    for (const auto& centre : modes.centres) {
        flat.push_back(float(centre[0]));
        flat.push_back(float(centre[1]));
    }
    const auto modeCount = int64_t(modes.centres.size());
    const at::Tensor centres = torch::from_blob(flat.data(), {modeCount, 2}, torch::kFloat32).clone();
    const at::Tensor which = torch::randint(modeCount, {count}, generator, torch::kInt64);
    const at::Tensor noise = torch::randn({count, 2}, generator, torch::kFloat32);
    return centres.index_select(0, which) + noise * float(modes.sigma);
}

at::Tensor spiral(int64_t count, at::Generator& generator)
{
    const at::Tensor u = torch::rand({count}, generator, torch::kFloat64);
    const at::Tensor t = 1.5 * kPi * (1.0 + 2.0 * u);
    at::Tensor points =
        torch::stack({t * torch::cos(t), t * torch::sin(t)}, 1) * MixtureGenerator::kSpiralScale;
    points += torch::randn({count, 2}, generator, torch::kFloat64) * MixtureGenerator::kSpiralNoise;
    return points.to(torch::kFloat32);
}

at::Tensor moons(int64_t count, at::Generator& generator)
{
    const int64_t outer = count / 2;
    const at::Tensor angle = torch::rand({count}, generator, torch::kFloat64) * kPi;
    at::Tensor x = torch::cos(angle);
    at::Tensor y = torch::sin(angle);
    // The second half is the inner moon, mirrored and shifted.
    x.narrow(0, outer, count - outer).mul_(-1).add_(1.0);
    y.narrow(0, outer, count - outer).mul_(-1).add_(0.5);
    at::Tensor points = torch::stack({x, y}, 1);
    points += torch::randn({count, 2}, generator, torch::kFloat64) * MixtureGenerator::kMoonsNoise;
    return points.to(torch::kFloat32);
}

} // namespace

QStringList MixtureGenerator::names()
{
    return {QStringLiteral("ring8"), QStringLiteral("grid25"), QStringLiteral("spiral"),
            QStringLiteral("moons")};
}

bool MixtureGenerator::isMixture(const QString& name)
{
    return names().contains(name);
}

QString MixtureGenerator::description(const QString& name)
{
    if (name == QLatin1String("ring8"))
        return QCoreApplication::translate("DataCatalog", "8 Gaussians (sigma 0.01) on a circle of radius 1");
    if (name == QLatin1String("grid25"))
        return QCoreApplication::translate("DataCatalog",
                                           "25 Gaussians (sigma 0.05) on the grid {-4,-2,0,2,4}^2");
    if (name == QLatin1String("spiral"))
        return QCoreApplication::translate("DataCatalog", "one spiral arm (Swiss roll), radius 2/3 to 2");
    if (name == QLatin1String("moons"))
        return QCoreApplication::translate("DataCatalog", "two interleaved half circles");
    return {};
}

MixtureModes MixtureGenerator::modes(const QString& name)
{
    MixtureModes modes;
    if (name == QLatin1String("ring8")) {
        for (int i = 0; i < 8; ++i) {
            const double angle = 2.0 * kPi * i / 8.0;
            modes.centres.push_back({kRingRadius * std::cos(angle), kRingRadius * std::sin(angle)});
        }
        modes.sigma = kRingSigma;
    } else if (name == QLatin1String("grid25")) {
        for (int i = -2; i <= 2; ++i)
            for (int j = -2; j <= 2; ++j)
                modes.centres.push_back({kGridSpacing * i, kGridSpacing * j});
        modes.sigma = kGridSigma;
    }
    return modes;
}

DataSet MixtureGenerator::generate(const QString& name, const LoadOptions& options)
{
    if (!isMixture(name))
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "'%1' is not a generated data set (one of %2)")
                .arg(name, names().join(QStringLiteral(", "))));
    const int64_t count = options.pointCount;
    if (count < 1 || count > kMaxPoints)
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: point count %2 is outside 1..%3")
                             .arg(name)
                             .arg(count)
                             .arg(kMaxPoints));
    at::Generator generator = at::detail::createCPUGenerator(streamSeed(options.seed));

    DataSet data;
    data.name = name;
    data.kind = DataKind::Points2D;
    data.modes = modes(name);
    if (!data.modes.empty())
        data.train = gaussianMixture(data.modes, count, generator);
    else if (name == QLatin1String("spiral"))
        data.train = spiral(count, generator);
    else
        data.train = moons(count, generator);
    return data;
}

uint64_t MixtureGenerator::streamSeed(uint64_t seed)
{
    constexpr uint64_t kPointsTag = 0x706f696e74730000ULL; // "points"
    uint64_t z = seed ^ kPointsTag;
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace genlab::data
