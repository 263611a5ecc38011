#include "common/InputError.h"
#include "common/TorchApi.h"

#include "models/AdversarialModel.h"
#include "models/ComputeThreads.h"
#include "models/ModelFactory.h"

#include "TinyData.h"

#include <QtTest>

using namespace genlab::models;
using namespace genlab::models::testing;

// The GAN family (gan, vigan, wgan, wgan-gp): each learns on a tiny 2-D set, the gradient
// penalty and the VI regulariser behave as their definitions say.
class TestAdversarial : public QObject
{
    Q_OBJECT

    // Narrow networks keep each test to a second or two; the behaviour does not depend on width.
    static QVariantMap small(QVariantMap settings = {})
    {
        settings.insert(QStringLiteral("width"), 64);
        return settings;
    }

private slots:
    void initTestCase()
    {
        setComputeThreads(1);
        torch::manual_seed(0); // the tests' own noise draws; the models have their own generators
    }

    void ganDiscriminator_onlyTrained_learnsToSeparateRealFromFake()
    {
        auto model = ModelFactory::create(QStringLiteral("gan"), {2}, small(), 1);
        const at::Tensor data = ringPoints(256 * 20, 2);
        const StepMetrics first = model->trainStep(data.narrow(0, 0, 256), StepPart::DiscriminatorOnly);
        StepMetrics last;
        for (int step = 1; step < 200; ++step)
            last = model->trainStep(data.narrow(0, (step % 20) * 256, 256), StepPart::DiscriminatorOnly);
        QVERIFY(metric(first, QStringLiteral("loss_d")) > 1.2); // about 2 log 2 at the start
        QVERIFY2(metric(last, QStringLiteral("loss_d")) < 0.3,
                 qPrintable(QString::number(metric(last, "loss_d"))));
        QVERIFY(metric(last, QStringLiteral("d_real")) > 0.85);
        QVERIFY(metric(last, QStringLiteral("d_fake")) < 0.15);
        QVERIFY(!hasMetric(last, QStringLiteral("loss_g")));
    }

    void ganGenerator_againstFixedDiscriminator_lowersItsLoss()
    {
        auto model = ModelFactory::create(QStringLiteral("gan"), {2}, small(), 3);
        const at::Tensor data = ringPoints(256 * 10, 4);
        for (int step = 0; step < 100; ++step)
            model->trainStep(data.narrow(0, (step % 10) * 256, 256), StepPart::DiscriminatorOnly);
        const StepMetrics first = model->trainStep({}, StepPart::GeneratorOnly);
        StepMetrics last;
        for (int step = 0; step < 100; ++step)
            last = model->trainStep({}, StepPart::GeneratorOnly);
        QCOMPARE(model->realBatchSize(StepPart::GeneratorOnly), 0);
        QVERIFY(metric(last, QStringLiteral("loss_g")) < 0.5 * metric(first, QStringLiteral("loss_g")));
        QVERIFY(metric(first, QStringLiteral("grad_g")) > 0.0);
    }

    void ganFullSteps_onRing_reportEveryMetricAndMoveSamplesTowardsTheRing()
    {
        auto model = ModelFactory::create(QStringLiteral("gan"), {2}, small(), 5);
        const at::Tensor data = ringPoints(256 * 10, 6);
        const at::Tensor z = torch::randn({500, 2});
        // Mean distance of generated points from the unit circle the data lies on.
        const auto offRing = [&] { return (model->sample(z).norm(2, 1) - 1.0).abs().mean().item<double>(); };
        const double before = offRing();
        StepMetrics metrics;
        for (int step = 0; step < 300; ++step)
            metrics = model->trainStep(data.narrow(0, (step % 10) * 256, 256), StepPart::Both);
        QStringList names;
        for (const NamedValue& value : metrics) {
            names << value.name;
            QVERIFY2(std::isfinite(value.value), qPrintable(value.name));
        }
        QCOMPARE(names, model->metricNames());
        QCOMPARE(model->sample(z).sizes().vec(), (std::vector<int64_t>{500, 2}));
        const double after = offRing();
        QVERIFY2(after < 0.75 * before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }

    void saturatingLoss_againstStrongDiscriminator_givesSmallerGeneratorGradients()
    {
        const QVariantMap saturating{{QStringLiteral("g_loss"), QStringLiteral("saturating")}};
        auto plain = ModelFactory::create(QStringLiteral("gan"), {2}, small(), 8);
        auto original = ModelFactory::create(QStringLiteral("gan"), {2}, small(saturating), 8);
        const at::Tensor data = ringPoints(256 * 10, 9);
        for (int step = 0; step < 300; ++step) {
            plain->trainStep(data.narrow(0, (step % 10) * 256, 256), StepPart::DiscriminatorOnly);
            original->trainStep(data.narrow(0, (step % 10) * 256, 256), StepPart::DiscriminatorOnly);
        }
        const double plainGradient =
            metric(plain->trainStep({}, StepPart::GeneratorOnly), QStringLiteral("grad_g"));
        const double vanishing =
            metric(original->trainStep({}, StepPart::GeneratorOnly), QStringLiteral("grad_g"));
        QVERIFY2(vanishing < 0.2 * plainGradient,
                 qPrintable(QStringLiteral("%1 vs %2").arg(vanishing).arg(plainGradient)));
    }

    void wganCritic_trained_raisesItsWassersteinEstimate()
    {
        auto model =
            ModelFactory::create(QStringLiteral("wgan"), {2}, small({{QStringLiteral("lr_d"), 1e-3}}), 10);
        const at::Tensor data = ringPoints(256 * 10, 11);
        const StepMetrics first = model->trainStep(data.narrow(0, 0, 256), StepPart::DiscriminatorOnly);
        StepMetrics last;
        for (int step = 1; step < 200; ++step)
            last = model->trainStep(data.narrow(0, (step % 10) * 256, 256), StepPart::DiscriminatorOnly);
        const double before = metric(first, QStringLiteral("wasserstein"));
        const double after = metric(last, QStringLiteral("wasserstein"));
        // The clipped critic's values are small, but it comes to score real above fake.
        QVERIFY2(after > 0.0 && after > before,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }

    void wganFullStep_usesFiveCriticUpdatesOnSeparateSlices()
    {
        auto model = ModelFactory::create(QStringLiteral("wgan"), {2},
                                          small({{QStringLiteral("batch_size"), 64}}), 12);
        QCOMPARE(model->realBatchSize(StepPart::Both), 5 * 64);
        QCOMPARE(model->realBatchSize(StepPart::DiscriminatorOnly), 64);
        const StepMetrics metrics = model->trainStep(ringPoints(5 * 64, 13), StepPart::Both);
        QCOMPARE(metrics.size(), model->metricNames().size());
    }

    void wganGpCritic_trained_raisesItsEstimateWithFinitePenalty()
    {
        auto model =
            ModelFactory::create(QStringLiteral("wgan-gp"), {2}, small({{QStringLiteral("lr_d"), 1e-3}}), 14);
        const at::Tensor data = ringPoints(256 * 10, 15);
        const StepMetrics first = model->trainStep(data.narrow(0, 0, 256), StepPart::DiscriminatorOnly);
        StepMetrics last;
        for (int step = 1; step < 200; ++step)
            last = model->trainStep(data.narrow(0, (step % 10) * 256, 256), StepPart::DiscriminatorOnly);
        const double before = metric(first, QStringLiteral("wasserstein"));
        const double after = metric(last, QStringLiteral("wasserstein"));
        QVERIFY2(after > 0.3 && after > before + 0.3,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QVERIFY(std::isfinite(metric(last, QStringLiteral("gp"))));
        QVERIFY(metric(last, QStringLiteral("gp")) >= 0.0);
    }

    void gradientPenalty_ofLinearCritic_equalsHandValue()
    {
        // f(x) = w.x + b has gradient w everywhere, so the penalty is lambda * (||w|| - 1)^2
        // whatever the interpolates.
        const at::Tensor w = torch::tensor({3.0f, 4.0f}).requires_grad_(true); // ||w|| = 5
        const auto critic = [&](const at::Tensor& x) { return torch::matmul(x, w) + 0.5; };
        const at::Tensor real = torch::randn({16, 2});
        const at::Tensor fake = torch::randn({16, 2});
        const at::Tensor alpha = torch::rand({16, 1});
        const at::Tensor penalty = gradientPenalty(critic, real, fake, alpha, 10.0);
        QVERIFY(std::abs(penalty.item<double>() - 10.0 * 16.0) < 1e-4);
        // Differentiable with respect to the critic: d/dw = 2 lambda (||w|| - 1) w / ||w||.
        penalty.backward();
        const at::Tensor expected = torch::tensor({3.0f, 4.0f}) * (2.0 * 10.0 * 4.0 / 5.0);
        QVERIFY(torch::allclose(w.grad(), expected, 1e-4, 1e-3));
        // A critic with unit gradient pays nothing.
        const at::Tensor unit = torch::tensor({0.6f, 0.8f});
        const auto unitCritic = [&](const at::Tensor& x) { return torch::matmul(x, unit); };
        QVERIFY(gradientPenalty(unitCritic, real, fake, alpha, 10.0).item<double>() < 1e-8);
    }

    void viRegulariser_isZeroAtAnchorRefreshAndPositiveWithinPeriod()
    {
        auto model = ModelFactory::create(QStringLiteral("vigan"), {2}, small(), 16);
        QCOMPARE(model->hyperParameters().value(QStringLiteral("vi_period")).toInt(), 5);
        QVector<double> regulariser;
        for (int update = 0; update < 11; ++update)
            regulariser << metric(model->trainStep({}, StepPart::GeneratorOnly), QStringLiteral("vi_reg"));
        for (int update = 0; update < 11; ++update) {
            if (update % 5 == 0)
                QCOMPARE(regulariser[update], 0.0); // refreshed just before this update
            else
                QVERIFY2(regulariser[update] > 0.0, qPrintable(QString::number(update)));
        }
    }

    void viRegulariser_withPeriodOne_isRefused()
    {
        // k = 1 would refresh G_old before every update: the term would always be zero and
        // "vigan" a plain GAN under another name.
        QVERIFY_THROWS_EXCEPTION(genlab::InputError,
                                 ModelFactory::create(QStringLiteral("vigan"), {2},
                                                      small({{QStringLiteral("vi_period"), 1}}), 17));
        auto two =
            ModelFactory::create(QStringLiteral("vigan"), {2}, small({{QStringLiteral("vi_period"), 2}}), 17);
        QCOMPARE(metric(two->trainStep({}, StepPart::GeneratorOnly), QStringLiteral("vi_reg")), 0.0);
        QVERIFY(metric(two->trainStep({}, StepPart::GeneratorOnly), QStringLiteral("vi_reg")) > 0.0);
    }

    void convNetworks_onImages_trainAndSampleInUnitRange_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char* kind : {"gan", "vigan", "wgan", "wgan-gp"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

    void convNetworks_onImages_trainAndSampleInUnitRange()
    {
        QFETCH(QString, kind);
        auto model = ModelFactory::create(
            kind, {1, 28, 28}, {{QStringLiteral("batch_size"), 8}, {QStringLiteral("channels"), 16}}, 18);
        QCOMPARE(model->hyperParameters().value(QStringLiteral("network")).toString(),
                 QStringLiteral("conv"));
        const at::Tensor images = barImages(model->realBatchSize(StepPart::Both), 19);
        for (int step = 0; step < 2; ++step)
            for (const NamedValue& value : model->trainStep(images, StepPart::Both))
                QVERIFY2(std::isfinite(value.value), qPrintable(value.name));
        const at::Tensor samples = model->sample(torch::randn({3, model->latentDim()}));
        QCOMPARE(samples.sizes().vec(), (std::vector<int64_t>{3, 1, 28, 28}));
        QVERIFY(samples.min().item<double>() >= 0.0 && samples.max().item<double>() <= 1.0);
        QCOMPARE(model->critic(images.narrow(0, 0, 4)).sizes().vec(), (std::vector<int64_t>{4}));
    }

    void packing_discriminatorJudgesPacksOfM_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char* kind : {"gan", "vigan", "wgan", "wgan-gp"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

    // PacGAN: D's input holds m samples; training, the heat map's critic and the sampling copy
    // all feed it packs, and a plain GAN (m = 1) is what it always was.
    void packing_discriminatorJudgesPacksOfM()
    {
        QFETCH(QString, kind);
        auto packing = ModelFactory::create(kind, {2}, small({{QStringLiteral("pack"), 3}}), 5);
        const auto firstLayer = [](const GenerativeModel& model) {
            for (const NamedTensor& parameter : model.trainedParameters())
                if (parameter.name.startsWith(QStringLiteral("discriminator.")) &&
                    parameter.tensor.dim() == 2)
                    return parameter.tensor.size(1);
            return int64_t(-1);
        };
        QCOMPARE(firstLayer(*packing), int64_t(2 * 3));
        QCOMPARE(firstLayer(*ModelFactory::create(kind, {2}, small(), 5)), int64_t(2));
        const at::Tensor data = ringPoints(2000, 6);
        // 100 real samples make 33 packs; the step works and reports finite figures.
        for (int step = 0; step < 5; ++step)
            for (const NamedValue& value :
                 packing->trainStep(data.narrow(0, step * 100, 100), StepPart::Both))
                QVERIFY2(std::isfinite(value.value), qPrintable(value.name));
        // Each point is judged on its own (as a pack of copies), by the model and by its copy.
        const at::Tensor points = data.narrow(0, 0, 7);
        const at::Tensor scores = packing->critic(points);
        QCOMPARE(scores.sizes().vec(), (std::vector<int64_t>{7}));
        QVERIFY(torch::allclose(packing->samplingCopy()->critic(points), scores, 1e-5, 1e-6));
    }

    void packing_images_stacksSamplesAsChannels()
    {
        auto model = ModelFactory::create(QStringLiteral("gan"), {1, 28, 28},
                                          {{QStringLiteral("batch_size"), 8},
                                           {QStringLiteral("channels"), 16},
                                           {QStringLiteral("pack"), 2}},
                                          18);
        int64_t inputChannels = -1;
        for (const NamedTensor& parameter : model->trainedParameters())
            if (inputChannels < 0 && parameter.name.startsWith(QStringLiteral("discriminator.")) &&
                parameter.tensor.dim() == 4)
                inputChannels = parameter.tensor.size(1);
        QCOMPARE(inputChannels, int64_t(2));
        const at::Tensor images = barImages(model->realBatchSize(StepPart::Both), 19);
        for (const NamedValue& value : model->trainStep(images, StepPart::Both))
            QVERIFY2(std::isfinite(value.value), qPrintable(value.name));
        QCOMPARE(model->critic(images.narrow(0, 0, 3)).sizes().vec(), (std::vector<int64_t>{3}));
    }

    void packing_outsideOneToFour_isRefused()
    {
        for (int pack : {0, 5})
            QVERIFY_THROWS_EXCEPTION(
                genlab::InputError,
                ModelFactory::create(QStringLiteral("gan"), {2}, small({{QStringLiteral("pack"), pack}}), 1));
    }

    void mlpNetworks_onImages_trainAndSample()
    {
        auto model = ModelFactory::create(
            QStringLiteral("gan"), {1, 28, 28},
            {{QStringLiteral("network"), QStringLiteral("mlp")}, {QStringLiteral("batch_size"), 8}}, 20);
        const StepMetrics metrics = model->trainStep(barImages(8, 21), StepPart::Both);
        QCOMPARE(metrics.size(), model->metricNames().size());
        QCOMPARE(model->sample(torch::randn({2, model->latentDim()})).sizes().vec(),
                 (std::vector<int64_t>{2, 1, 28, 28}));
    }

    void liveLearningRate_change_appliesAtTheNextStep()
    {
        auto model = ModelFactory::create(QStringLiteral("gan"), {2}, small(), 22);
        const at::Tensor z = torch::randn({32, 2});
        model->trainStep({}, StepPart::GeneratorOnly);
        // Adam moves each weight by about lr per step: 1e-7 barely moves the samples, 1e-2 does.
        model->setHyperParameter(QStringLiteral("lr_g"), QStringLiteral("1e-7"));
        QCOMPARE(model->hyperParameters().value(QStringLiteral("lr_g")).toDouble(), 1e-7);
        const at::Tensor before = model->sample(z);
        model->trainStep({}, StepPart::GeneratorOnly);
        const at::Tensor after = model->sample(z);
        model->setHyperParameter(QStringLiteral("lr_g"), 1e-2);
        model->trainStep({}, StepPart::GeneratorOnly);
        const double tinyMove = (after - before).abs().max().item<double>();
        const double bigMove = (model->sample(z) - after).abs().max().item<double>();
        QVERIFY2(tinyMove < 1e-3 * bigMove,
                 qPrintable(QStringLiteral("%1 vs %2").arg(tinyMove).arg(bigMove)));
    }
};

QTEST_GUILESS_MAIN(TestAdversarial)
#include "tst_adversarial.moc"
