#include "common/TorchApi.h"

#include "models/ComputeThreads.h"
#include "models/ModelFactory.h"

#include "TinyData.h"

#include <QtTest>

using namespace genlab::models;
using namespace genlab::models::testing;

// The models with an encoder: VAE and VAE-GAN learn on tiny data sets.
class TestVae : public QObject
{
    Q_OBJECT

private:
    static double meanOf(const QVector<double>& values)
    {
        double sum = 0.0;
        for (double value : values)
            sum += value;
        return sum / values.size();
    }

private slots:
    void initTestCase()
    {
        setComputeThreads(1);
        torch::manual_seed(0); // the tests' own noise draws; the models have their own generators
    }

    void vaeDefaults_onImages_areThePyTorchExampleRecipe()
    {
        const QVariantMap settings =
            ModelFactory::create(QStringLiteral("vae"), {1, 28, 28})->hyperParameters();
        QCOMPARE(settings.value(QStringLiteral("network")).toString(), QStringLiteral("mlp"));
        QCOMPARE(settings.value(QStringLiteral("width")).toInt(), 400);
        QCOMPARE(settings.value(QStringLiteral("depth")).toInt(), 1);
        QCOMPARE(settings.value(QStringLiteral("latent_dim")).toInt(), 20);
        QCOMPARE(settings.value(QStringLiteral("recon_loss")).toString(), QStringLiteral("bce"));
        QCOMPARE(settings.value(QStringLiteral("lr")).toDouble(), 1e-3);
        QCOMPARE(settings.value(QStringLiteral("batch_size")).toInt(), 128);
    }

    void vaeReconstruction_on64TinyImages_falls()
    {
        auto model =
            ModelFactory::create(QStringLiteral("vae"), {1, 28, 28}, {{QStringLiteral("batch_size"), 64}}, 1);
        const at::Tensor images = barImages(64, 2);
        QVector<double> firstRecon, lastRecon;
        StepMetrics metrics;
        for (int step = 0; step < 150; ++step) {
            metrics = model->trainStep(images, StepPart::Both);
            if (step < 5)
                firstRecon << metric(metrics, QStringLiteral("recon"));
            if (step >= 145)
                lastRecon << metric(metrics, QStringLiteral("recon"));
        }
        // At the start every pixel costs about log 2 (784 * 0.69 = 543 per image).
        QVERIFY(meanOf(firstRecon) > 400.0);
        QVERIFY2(meanOf(lastRecon) < 0.4 * meanOf(firstRecon),
                 qPrintable(QStringLiteral("%1 -> %2").arg(meanOf(firstRecon)).arg(meanOf(lastRecon))));
        QVERIFY(metric(metrics, QStringLiteral("kl")) > 0.0);
        const double sum = metric(metrics, QStringLiteral("recon")) + metric(metrics, QStringLiteral("kl"));
        QVERIFY(std::abs(metric(metrics, QStringLiteral("loss")) - sum) < 1e-4 * sum);
        const at::Tensor samples = model->sample(torch::randn({4, 20}));
        QCOMPARE(samples.sizes().vec(), (std::vector<int64_t>{4, 1, 28, 28}));
        QVERIFY(samples.min().item<double>() >= 0.0 && samples.max().item<double>() <= 1.0);
        QCOMPARE(model->encode(images.narrow(0, 0, 5)).sizes().vec(), (std::vector<int64_t>{5, 20}));
    }

    void vaeBeta_isLiveAndWeighsTheKl()
    {
        auto model = ModelFactory::create(QStringLiteral("vae"), {2}, {}, 3);
        const at::Tensor points = ringPoints(256, 4);
        model->setHyperParameter(QStringLiteral("beta"), 0.0);
        const StepMetrics metrics = model->trainStep(points, StepPart::Both);
        QCOMPARE(metric(metrics, QStringLiteral("loss")), metric(metrics, QStringLiteral("recon")));
        QVERIFY(metric(metrics, QStringLiteral("kl")) > 0.0);
    }

    void vaeLoss_onPoints_falls()
    {
        auto model = ModelFactory::create(QStringLiteral("vae"), {2}, {}, 5);
        const at::Tensor points = ringPoints(256 * 4, 6);
        QVector<double> first, last;
        for (int step = 0; step < 300; ++step) {
            const double loss =
                metric(model->trainStep(points.narrow(0, (step % 4) * 256, 256), StepPart::Both),
                       QStringLiteral("loss"));
            if (step < 10)
                first << loss;
            if (step >= 290)
                last << loss;
        }
        QVERIFY2(meanOf(last) < 0.7 * meanOf(first),
                 qPrintable(QStringLiteral("%1 -> %2").arg(meanOf(first)).arg(meanOf(last))));
    }

    void vaeConv_onImages_trains()
    {
        auto model = ModelFactory::create(
            QStringLiteral("vae"), {1, 28, 28},
            {{QStringLiteral("network"), QStringLiteral("conv")}, {QStringLiteral("batch_size"), 16}}, 7);
        const at::Tensor images = barImages(16, 8);
        const double first = metric(model->trainStep(images, StepPart::Both), QStringLiteral("recon"));
        double last = first;
        for (int step = 0; step < 30; ++step)
            last = metric(model->trainStep(images, StepPart::Both), QStringLiteral("recon"));
        QVERIFY2(last < 0.8 * first, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(last)));
    }

    void vaeGan_onPoints_reconstructionsApproachTheData()
    {
        auto model = ModelFactory::create(QStringLiteral("vae-gan"), {2}, {{QStringLiteral("width"), 64}}, 9);
        const at::Tensor points = ringPoints(256 * 4, 10);
        const auto reconstructionError = [&] {
            return (model->sample(model->encode(points)) - points).norm(2, 1).mean().item<double>();
        };
        const double before = reconstructionError();
        StepMetrics metrics;
        for (int step = 0; step < 300; ++step) {
            metrics = model->trainStep(points.narrow(0, (step % 4) * 256, 256), StepPart::Both);
            for (const NamedValue& value : metrics)
                QVERIFY2(std::isfinite(value.value), qPrintable(value.name));
        }
        QStringList names;
        for (const NamedValue& value : metrics)
            names << value.name;
        QCOMPARE(names, model->metricNames());
        const double after = reconstructionError();
        QVERIFY2(after < 0.5 * before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }

    void vaeGan_partialSteps_reportTheirOwnMetrics()
    {
        auto model = ModelFactory::create(QStringLiteral("vae-gan"), {1, 28, 28},
                                          {{QStringLiteral("batch_size"), 8}}, 11);
        const at::Tensor images = barImages(8, 12);
        const StepMetrics discriminator = model->trainStep(images, StepPart::DiscriminatorOnly);
        QVERIFY(hasMetric(discriminator, QStringLiteral("loss_d")));
        QVERIFY(!hasMetric(discriminator, QStringLiteral("loss_dec")));
        const StepMetrics generator = model->trainStep(images, StepPart::GeneratorOnly);
        QVERIFY(!hasMetric(generator, QStringLiteral("loss_d")));
        QVERIFY(std::isfinite(metric(generator, QStringLiteral("loss_dec"))));
        QCOMPARE(model->sample(torch::randn({2, model->latentDim()})).sizes().vec(),
                 (std::vector<int64_t>{2, 1, 28, 28}));
        QCOMPARE(model->encode(images).sizes().vec(), (std::vector<int64_t>{8, model->latentDim()}));
    }
};

QTEST_GUILESS_MAIN(TestVae)
#include "tst_vae.moc"
