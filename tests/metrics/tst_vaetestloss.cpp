#include "common/InputError.h"
#include "common/TorchApi.h"
#include "metrics/EvaluationFigures.h"
#include "metrics/VaeTestLoss.h"
#include "models/ModelFactory.h"

#include <QtTest>

#include <cmath>

using namespace genlab;
using metrics::VaeTestLoss;
using metrics::VaeTestLossResult;

namespace {

std::unique_ptr<models::GenerativeModel> tinyVae()
{
    return models::ModelFactory::create(QStringLiteral("vae"), {1, 28, 28},
                                        {{QStringLiteral("width"), 16},
                                         {QStringLiteral("latent_dim"), 3},
                                         {QStringLiteral("batch_size"), 16}},
                                        5);
}

// Blocky 28x28 images in {0, 1} (one half lit): four patterns a VAE learns quickly.
torch::Tensor images(int64_t count, uint64_t seed)
{
    torch::manual_seed(seed);
    const torch::Tensor pattern = torch::randint(0, 4, {count}, torch::kLong);
    torch::Tensor x = torch::zeros({count, 1, 28, 28});
    for (int64_t i = 0; i < count; ++i) {
        const int64_t p = pattern[i].item<int64_t>();
        x[i][0].narrow(p % 2, (p / 2) * 14, 14).fill_(1.0);
    }
    return x;
}

} // namespace

class TestVaeTestLoss : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void evaluate_isSumOfPartsAndRepeatable()
    {
        auto model = tinyVae();
        const torch::Tensor test = images(50, 1);
        const VaeTestLossResult first = VaeTestLoss::evaluate(*model, test, 16, torch::kCPU, 9);
        const VaeTestLossResult second = VaeTestLoss::evaluate(*model, test, 16, torch::kCPU, 9);
        QCOMPARE(first.count, int64_t(50));
        QVERIFY(std::abs(first.loss - (first.reconstruction + first.kl)) < 1e-9);
        QCOMPARE(first.loss, second.loss);
        QVERIFY(first.reconstruction > 0.0);
        QVERIFY(first.kl >= 0.0);
        // One KL per latent dimension, each non-negative, adding up to the total.
        QCOMPARE(first.klPerDimension.size(), size_t(3));
        double sum = 0.0;
        for (double kl : first.klPerDimension) {
            QVERIFY(kl >= 0.0);
            sum += kl;
        }
        QVERIFY(std::abs(sum - first.kl) < 1e-6 * std::max(1.0, first.kl));
        // `genlab eval` prints them after the totals, one name per dimension.
        metrics::EvaluationFigures figures;
        figures.testLoss = first;
        const models::StepMetrics named = figures.namedValues();
        QCOMPARE(named.size(), 6);
        QCOMPARE(named[2].name, QStringLiteral("test_kl"));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(named[3 + i].name, QStringLiteral("test_kl_z%1").arg(i));
            QCOMPARE(named[3 + i].value, first.klPerDimension[size_t(i)]);
        }
        // A fresh model outputs about 0.5 everywhere: about log 2 per pixel.
        QVERIFY2(std::abs(first.reconstruction - 784 * std::log(2.0)) < 100.0,
                 qPrintable(QString::number(first.reconstruction)));
    }

    void evaluate_afterTraining_lossFalls_andTrainingStreamIsUntouched()
    {
        auto model = tinyVae();
        auto twin = tinyVae();
        const torch::Tensor train = images(256, 2);
        const torch::Tensor test = images(64, 3);
        const double before = VaeTestLoss::evaluate(*model, test, 32, torch::kCPU, 9).loss;
        for (int step = 0; step < 200; ++step) {
            const torch::Tensor batch = train.narrow(0, (step * 16) % 240, 16);
            const models::StepMetrics a = model->trainStep(batch, models::StepPart::Both);
            const models::StepMetrics b = twin->trainStep(batch, models::StepPart::Both);
            // Evaluating one of the twins mid-way must not change its training.
            if (step == 100)
                VaeTestLoss::evaluate(*model, test, 32, torch::kCPU, 9);
            QCOMPARE(a.first().value, b.first().value);
        }
        const double after = VaeTestLoss::evaluate(*model, test, 32, torch::kCPU, 9).loss;
        QVERIFY2(after < 0.7 * before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }

    void evaluate_withMseDecoder_isTheGaussianNegativeLogLikelihood()
    {
        // The same weights (same seed) at two decoder sigmas: the squared error is the same, so
        // recon(sigma) = SSE / (2 sigma^2) + D log(sigma sqrt(2 pi)) per sample must hold for both.
        const auto pointVae = [](double sigma) {
            return models::ModelFactory::create(
                QStringLiteral("vae"), {2},
                {{QStringLiteral("width"), 16}, {QStringLiteral("recon_sigma"), sigma}}, 6);
        };
        auto one = pointVae(1.0);
        auto half = pointVae(0.5);
        torch::manual_seed(4);
        const torch::Tensor test = torch::randn({40, 2});
        const double recOne = VaeTestLoss::evaluate(*one, test, 8, torch::kCPU, 9).reconstruction;
        const double recHalf = VaeTestLoss::evaluate(*half, test, 8, torch::kCPU, 9).reconstruction;
        const double logRoot2Pi = 0.5 * std::log(2.0 * 3.14159265358979323846);
        const double sseOne = 2.0 * (recOne - 2.0 * logRoot2Pi);
        const double sseHalf = 0.5 * (recHalf - 2.0 * (std::log(0.5) + logRoot2Pi));
        QVERIFY2(sseOne > 0.0, qPrintable(QString::number(sseOne)));
        QVERIFY2(std::abs(sseOne - sseHalf) < 1e-4 * sseOne,
                 qPrintable(QStringLiteral("%1 vs %2").arg(sseOne).arg(sseHalf)));
    }

    void evaluate_notAVae_reportsError()
    {
        auto gan = models::ModelFactory::create(QStringLiteral("gan"), {2}, {}, 1);
        QVERIFY(!VaeTestLoss::applies(*gan));
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 VaeTestLoss::evaluate(*gan, torch::zeros({4, 2}), 2, torch::kCPU, 1));
    }
};

QTEST_GUILESS_MAIN(TestVaeTestLoss)
#include "tst_vaetestloss.moc"
