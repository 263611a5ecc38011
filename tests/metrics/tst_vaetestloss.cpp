#include "common/TorchApi.h"
#include "metrics/VaeTestLoss.h"

#include <QtTest>

#include <cmath>

using genlab::metrics::VaeTestLoss;
using genlab::metrics::VaeTestLossResult;

class TestVaeTestLoss : public QObject
{
    Q_OBJECT

private slots:
    void batchSums_halfGreyPrediction_costsLogTwoPerPixel()
    {
        const torch::Tensor x = torch::cat({torch::zeros({2, 1, 2, 2}), torch::ones({2, 1, 2, 2})});
        const torch::Tensor reconstruction = torch::full({4, 1, 2, 2}, 0.5);
        const VaeTestLossResult sums = VaeTestLoss::batchSums(x, reconstruction, torch::zeros({4, 3}),
                                                              torch::zeros({4, 3}), QStringLiteral("bce"));
        QCOMPARE(sums.count, int64_t(4));
        QVERIFY(std::abs(sums.reconstruction - 16 * std::log(2.0)) < 1e-4);
        QVERIFY(std::abs(sums.kl) < 1e-9);
        QVERIFY(std::abs(sums.loss - sums.reconstruction) < 1e-9);
    }

    void batchSums_shiftedMeanAndWidth_giveClosedFormKl()
    {
        // KL(N(mu, s^2) || N(0, 1)) = 0.5 (mu^2 + s^2 - 1 - log s^2) per dimension.
        const torch::Tensor mu = torch::full({2, 3}, 1.0);
        const torch::Tensor logVariance = torch::full({2, 3}, std::log(4.0));
        const double perDimension = 0.5 * (1.0 + 4.0 - 1.0 - std::log(4.0));
        const torch::Tensor x = torch::zeros({2, 4});
        const VaeTestLossResult sums =
            VaeTestLoss::batchSums(x, x.clone(), mu, logVariance, QStringLiteral("mse"));
        QVERIFY(std::abs(sums.kl - 6 * perDimension) < 1e-5);
        QVERIFY(std::abs(sums.reconstruction) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestVaeTestLoss)
#include "tst_vaetestloss.moc"
