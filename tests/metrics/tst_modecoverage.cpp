#include "common/InputError.h"
#include "common/TorchApi.h"
#include "metrics/ModeCoverage.h"

#include <QtTest>

#include <cmath>

using genlab::metrics::ModeCoverage;
using genlab::metrics::ModeCoverageResult;

namespace {

// ring8 as data::MixtureGenerator defines it: radius 1, angles 2*pi*i/8, sigma 0.01.
genlab::data::MixtureModes ring8()
{
    genlab::data::MixtureModes modes;
    for (int i = 0; i < 8; ++i) {
        const double angle = 2.0 * M_PI * i / 8.0;
        modes.centres.push_back({std::cos(angle), std::sin(angle)});
    }
    modes.sigma = 0.01;
    return modes;
}

torch::Tensor pointsAt(const genlab::data::MixtureModes& modes, const std::vector<int>& modeOfPoint,
                       double offset)
{
    torch::Tensor points = torch::empty({static_cast<int64_t>(modeOfPoint.size()), 2});
    for (size_t i = 0; i < modeOfPoint.size(); ++i) {
        points[i][0] = modes.centres[modeOfPoint[i]][0] + offset;
        points[i][1] = modes.centres[modeOfPoint[i]][1];
    }
    return points;
}

} // namespace

class TestModeCoverage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void evaluate_allPointsOnOneMode_coversOneModeWithMaximalKl()
    {
        const auto modes = ring8();
        const ModeCoverageResult result =
            ModeCoverage::evaluate(pointsAt(modes, std::vector<int>(2500, 3), 0.0), modes);
        QCOMPARE(result.modes, 1);
        QCOMPARE(result.modeCount, 8);
        QCOMPARE(result.hq, 1.0);
        QVERIFY(std::abs(result.rkl - std::log(8.0)) < 1e-9);
        QCOMPARE(result.highQualityPerMode[3], 2500);
        QCOMPARE(result.topTwoShare, 1.0);
    }

    void evaluate_pointsEvenlyOnAllModes_coversAllWithZeroKl()
    {
        const auto modes = ring8();
        std::vector<int> assignment;
        for (int i = 0; i < 2400; ++i)
            assignment.push_back(i % 8);
        // Within 3 sigma (0.025 < 0.03): still high quality.
        const ModeCoverageResult result = ModeCoverage::evaluate(pointsAt(modes, assignment, 0.025), modes);
        QCOMPARE(result.modes, 8);
        QCOMPARE(result.hq, 1.0);
        QVERIFY(std::abs(result.rkl) < 1e-12);
        // Two modes of eight hold a quarter of the points: no collapse.
        QVERIFY(std::abs(result.topTwoShare - 0.25) < 1e-12);
    }

    void evaluate_allPointsFarAway_coversNothingAndReportsWorstKl()
    {
        const auto modes = ring8();
        // Just outside 3 sigma of every mode, and far away at the origin.
        torch::Tensor points =
            torch::cat({pointsAt(modes, std::vector<int>(100, 1), 0.031), torch::zeros({100, 2})});
        const ModeCoverageResult result = ModeCoverage::evaluate(points, modes);
        QCOMPARE(result.modes, 0);
        QCOMPARE(result.hq, 0.0);
        QVERIFY(std::abs(result.rkl - std::log(8.0)) < 1e-9);
    }

    void evaluate_halfOnTwoModesHalfAway_countsFractionAndTwoModes()
    {
        const auto modes = ring8();
        std::vector<int> assignment(300, 0);
        assignment.insert(assignment.end(), 100, 5);
        torch::Tensor points = torch::cat({pointsAt(modes, assignment, 0.0), torch::full({400, 2}, 5.0)});
        const ModeCoverageResult result = ModeCoverage::evaluate(points, modes);
        QCOMPARE(result.modes, 2);
        QCOMPARE(result.hq, 0.5);
        // p = (3/4, 1/4): KL to uniform over 8 = 3/4 log 6 + 1/4 log 2.
        QVERIFY(std::abs(result.rkl - (0.75 * std::log(6.0) + 0.25 * std::log(2.0))) < 1e-9);
    }

    void evaluate_nonFinitePoints_areNeverHighQuality()
    {
        const auto modes = ring8();
        torch::Tensor points = pointsAt(modes, {0, 1}, 0.0);
        points[1][0] = std::nan("");
        const ModeCoverageResult result = ModeCoverage::evaluate(points, modes);
        QCOMPARE(result.hq, 0.5);
    }

    void evaluate_dataWithoutModes_reportsError()
    {
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, ModeCoverage::evaluate(torch::zeros({4, 2}), {}));
    }
};

QTEST_GUILESS_MAIN(TestModeCoverage)
#include "tst_modecoverage.moc"
