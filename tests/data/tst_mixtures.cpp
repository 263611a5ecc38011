#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/DataCatalog.h"
#include "data/DataSet.h"
#include "data/MixtureGenerator.h"

#include <ATen/CPUGeneratorImpl.h>

#include <QtTest>

#include <cmath>
#include <set>

using genlab::data::DataCatalog;
using genlab::data::DataSet;
using genlab::data::LoadOptions;
using genlab::data::MixtureGenerator;

namespace {

constexpr double kPi = 3.14159265358979323846;

LoadOptions options(uint64_t seed, int64_t points)
{
    LoadOptions result;
    result.seed = seed;
    result.pointCount = points;
    return result;
}

// Distance of every point to its nearest mode centre [N], and the index of that mode [N].
std::pair<at::Tensor, at::Tensor> nearestModes(const DataSet& data)
{
    std::vector<float> flat;
    for (const auto& centre : data.modes.centres) {
        flat.push_back(float(centre[0]));
        flat.push_back(float(centre[1]));
    }
    const at::Tensor centres =
        torch::from_blob(flat.data(), {int64_t(data.modes.centres.size()), 2}, torch::kFloat32).clone();
    const at::Tensor distances = torch::cdist(data.train, centres);
    auto [nearest, which] = distances.min(1);
    return {nearest, which};
}

} // namespace

class MixturesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void points_areNotDrawnFromTheRunSeedsOwnStream()
    {
        // A model initialises its weights from a generator seeded with the run seed; the points
        // must come from another stream. The first thing the ring draws is each point's mode.
        const uint64_t seed = 42;
        const DataSet data = DataCatalog::load(QStringLiteral("ring8"), options(seed, 512));
        const at::Tensor modes = nearestModes(data).second;
        at::Generator runStream = at::detail::createCPUGenerator(seed);
        at::Generator pointsStream = at::detail::createCPUGenerator(MixtureGenerator::streamSeed(seed));
        QVERIFY(!torch::equal(modes, torch::randint(8, {512}, runStream, torch::kInt64)));
        QVERIFY(torch::equal(modes, torch::randint(8, {512}, pointsStream, torch::kInt64)));
        QVERIFY(MixtureGenerator::streamSeed(seed) != MixtureGenerator::streamSeed(seed + 1));
    }

    void ring8_modes_areEightPointsOnTheUnitCircle()
    {
        const auto modes = MixtureGenerator::modes(QStringLiteral("ring8"));
        QCOMPARE(int(modes.centres.size()), 8);
        QCOMPARE(modes.sigma, 0.01);
        for (int i = 0; i < 8; ++i) {
            QVERIFY(std::abs(modes.centres[i][0] - std::cos(2 * kPi * i / 8)) < 1e-12);
            QVERIFY(std::abs(modes.centres[i][1] - std::sin(2 * kPi * i / 8)) < 1e-12);
        }
    }

    void grid25_modes_areTheGridPoints()
    {
        const auto modes = MixtureGenerator::modes(QStringLiteral("grid25"));
        QCOMPARE(int(modes.centres.size()), 25);
        QCOMPARE(modes.sigma, 0.05);
        std::set<std::pair<int, int>> seen;
        for (const auto& centre : modes.centres)
            seen.insert({int(centre[0]), int(centre[1])});
        for (int x : {-4, -2, 0, 2, 4})
            for (int y : {-4, -2, 0, 2, 4})
                QVERIFY(seen.count({x, y}));
    }

    void gaussianMixtures_sampleStatistics_matchTheDefinition_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("modeCount");
        QTest::addColumn<double>("sigma");
        QTest::addColumn<double>("axisVariance"); // of the whole mixture, per axis
        QTest::newRow("ring8") << QStringLiteral("ring8") << 8 << 0.01 << 0.5 + 0.01 * 0.01;
        QTest::newRow("grid25") << QStringLiteral("grid25") << 25 << 0.05 << 8.0 + 0.05 * 0.05;
    }
    void gaussianMixtures_sampleStatistics_matchTheDefinition()
    {
        QFETCH(QString, name);
        QFETCH(int, modeCount);
        QFETCH(double, sigma);
        QFETCH(double, axisVariance);
        const int64_t count = 100000;
        const DataSet data = DataCatalog::load(name, options(7, count));
        QCOMPARE(data.train.size(0), count);
        QCOMPARE(data.train.size(1), int64_t(2));
        QCOMPARE(data.train.scalar_type(), torch::kFloat32);
        QCOMPARE(int(data.modes.centres.size()), modeCount);
        QVERIFY(!data.hasLabels());

        // Mean near the origin, per-axis variance as for a uniform choice of mode plus noise.
        const at::Tensor points = data.train.to(torch::kFloat64);
        const at::Tensor mean = points.mean(0);
        const at::Tensor variance = points.var(0);
        const double meanTolerance = 5.0 * std::sqrt(axisVariance / count);
        for (int axis = 0; axis < 2; ++axis) {
            QVERIFY2(std::abs(mean[axis].item<double>()) < meanTolerance,
                     qPrintable(QString::number(mean[axis].item<double>())));
            QVERIFY2(std::abs(variance[axis].item<double>() / axisVariance - 1.0) < 0.03,
                     qPrintable(QString::number(variance[axis].item<double>())));
        }

        // Every mode gets its share, and the offsets from the nearest centre have spread sigma.
        auto [distance, which] = nearestModes(data);
        const at::Tensor perMode = torch::bincount(which, {}, modeCount);
        const double expected = double(count) / modeCount;
        for (int mode = 0; mode < modeCount; ++mode)
            QVERIFY2(std::abs(perMode[mode].item<int64_t>() - expected) < 5.0 * std::sqrt(expected),
                     qPrintable(
                         QStringLiteral("mode %1: %2 points").arg(mode).arg(perMode[mode].item<int64_t>())));
        // For 2-D Gaussian noise, E[d^2] = 2 sigma^2.
        const double meanSquare = distance.to(torch::kFloat64).pow(2).mean().item<double>();
        QVERIFY2(std::abs(std::sqrt(meanSquare / 2.0) / sigma - 1.0) < 0.03,
                 qPrintable(QString::number(meanSquare)));
        QVERIFY(distance.max().item<float>() < 6.0 * sigma);
    }

    void spiral_points_lieBetweenTheRadiiOfTheArm()
    {
        const DataSet data = DataCatalog::load(QStringLiteral("spiral"), options(3, 20000));
        QVERIFY(data.modes.empty());
        const at::Tensor radius = data.train.to(torch::kFloat64).norm(2, 1);
        const double inner = 1.5 * kPi * MixtureGenerator::kSpiralScale; // 2/3
        const double outer = 4.5 * kPi * MixtureGenerator::kSpiralScale; // 2
        const double slack = 5.0 * MixtureGenerator::kSpiralNoise;
        QVERIFY(radius.min().item<double>() > inner - slack);
        QVERIFY(radius.max().item<double>() < outer + slack);
        // t is uniform, so the mean radius is the middle of the arm.
        QVERIFY2(std::abs(radius.mean().item<double>() - (inner + outer) / 2) < 0.02,
                 qPrintable(QString::number(radius.mean().item<double>())));
        // The angle of a point follows its radius: theta = t = r / scale (mod 2 pi).
        const at::Tensor theta =
            torch::atan2(data.train.select(1, 1), data.train.select(1, 0)).to(torch::kFloat64);
        const at::Tensor predicted = radius / MixtureGenerator::kSpiralScale;
        const at::Tensor gap = torch::remainder(theta - predicted + kPi, 2 * kPi) - kPi;
        QVERIFY2(gap.abs().median().item<double>() < 0.5,
                 qPrintable(QString::number(gap.abs().median().item<double>())));
    }

    void moons_sampleMeans_matchTheDefinition()
    {
        const int64_t count = 40000;
        const DataSet data = DataCatalog::load(QStringLiteral("moons"), options(5, count));
        const at::Tensor points = data.train.to(torch::kFloat64);
        const at::Tensor mean = points.mean(0);
        // Outer moon mean (0, 2/pi), inner (1, 0.5 - 2/pi): overall (0.5, 0.25).
        QVERIFY2(std::abs(mean[0].item<double>() - 0.5) < 0.02,
                 qPrintable(QString::number(mean[0].item<double>())));
        QVERIFY2(std::abs(mean[1].item<double>() - 0.25) < 0.02,
                 qPrintable(QString::number(mean[1].item<double>())));
        const at::Tensor outer = points.narrow(0, 0, count / 2);
        // Points of the outer moon lie on the unit circle, up to the noise.
        const at::Tensor radius = outer.norm(2, 1);
        QVERIFY(std::abs(radius.mean().item<double>() - 1.0) < 0.01);
        QVERIFY(radius.std().item<double>() < 2 * MixtureGenerator::kMoonsNoise);
    }

    void generate_sameSeed_givesTheSamePoints_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : MixtureGenerator::names())
            QTest::newRow(qPrintable(name)) << name;
    }
    void generate_sameSeed_givesTheSamePoints()
    {
        QFETCH(QString, name);
        const DataSet first = DataCatalog::load(name, options(42, 1000));
        const DataSet again = DataCatalog::load(name, options(42, 1000));
        const DataSet other = DataCatalog::load(name, options(43, 1000));
        QVERIFY(torch::equal(first.train, again.train));
        QVERIFY(!torch::equal(first.train, other.train));
        QCOMPARE(first.trainCount(), 1000);
        QVERIFY(torch::isfinite(first.train).all().item<bool>());
    }

    void generate_pointCountOutOfRange_reportsError()
    {
        QVERIFY_THROWS_EXCEPTION(genlab::InputError,
                                 DataCatalog::load(QStringLiteral("ring8"), options(0, 0)));
    }
};

QTEST_GUILESS_MAIN(MixturesTest)
#include "tst_mixtures.moc"
