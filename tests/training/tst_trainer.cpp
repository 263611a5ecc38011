#include "BarImageFolder.h"
#include "common/InputError.h"
#include "common/TorchApi.h"
#include "models/GenerativeModel.h"
#include "run/RunDirectory.h"
#include "training/DivergenceError.h"
#include "training/Trainer.h"

#include <QtTest>

#include <algorithm>
#include <limits>

using namespace genlab;
using training::StepResult;
using training::Trainer;
using training::TrainingConfig;

namespace {

// A small GAN on ring8 that runs a step in milliseconds.
TrainingConfig tinyGan(const QString& outDir = {})
{
    TrainingConfig config;
    config.model = QStringLiteral("gan");
    config.data = QStringLiteral("ring8");
    config.seed = 3;
    config.steps = 20;
    config.settings = {
        {QStringLiteral("width"), 16}, {QStringLiteral("depth"), 1}, {QStringLiteral("batch_size"), 32}};
    config.outDir = outDir;
    return config;
}

QVector<StepResult> runSteps(Trainer& trainer, int count)
{
    QVector<StepResult> results;
    for (int i = 0; i < count; ++i)
        results.append(trainer.step());
    return results;
}

bool sameMetrics(const models::StepMetrics& a, const models::StepMetrics& b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].name != b[i].name || a[i].value != b[i].value)
            return false;
    }
    return true;
}

QStringList readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Reports a finite loss twice, then NaN: what a diverging model looks like to the trainer.
class DivergingModel : public models::GenerativeModel
{
public:
    QString kind() const override { return QStringLiteral("diverging"); }
    int64_t latentDim() const override { return 2; }
    std::vector<int64_t> sampleShape() const override { return {2}; }
    int64_t realBatchSize(models::StepPart) const override { return 8; }
    models::StepMetrics trainStep(const at::Tensor&, models::StepPart) override
    {
        ++m_steps;
        return {{QStringLiteral("loss"), m_steps < 3 ? 1.0 : std::numeric_limits<double>::quiet_NaN()}};
    }
    QStringList metricNames() const override { return {QStringLiteral("loss")}; }
    at::Tensor sample(const at::Tensor& z) override { return z; }
    models::HyperParameterSpecs hyperParameterSpecs() const override { return {}; }
    QVariantMap hyperParameters() const override { return {}; }
    void setHyperParameter(const QString&, const QVariant&) override {}
    void save(torch::serialize::OutputArchive&) const override {}
    void load(torch::serialize::InputArchive&) override {}
    std::unique_ptr<models::GenerativeModel> samplingCopy() const override { return nullptr; }

private:
    int m_steps = 0;
};

// One weight trained by plain SGD on loss = 10 * sum(w). The loss is computed before the
// update, so it stays finite; the third update uses a step so large that the weight
// becomes -inf. Only a check of the parameters after the update sees that in step 3.
class InfiniteWeightModel : public models::GenerativeModel
{
public:
    InfiniteWeightModel() : m_weight(torch::full({2, 2}, 0.5).requires_grad_(true)), m_sgd({m_weight}, 1e-3)
    {
    }
    QString kind() const override { return QStringLiteral("infinite-weight"); }
    int64_t latentDim() const override { return 2; }
    std::vector<int64_t> sampleShape() const override { return {2}; }
    int64_t realBatchSize(models::StepPart) const override { return 8; }
    models::StepMetrics trainStep(const at::Tensor&, models::StepPart) override
    {
        ++m_steps;
        if (m_steps == 3)
            static_cast<torch::optim::SGDOptions&>(m_sgd.param_groups().front().options()).lr(1e38);
        m_sgd.zero_grad();
        const torch::Tensor loss = m_weight.sum() * 10.0;
        loss.backward();
        m_sgd.step();
        lastLoss = loss.item<double>();
        return {{QStringLiteral("loss"), lastLoss}};
    }
    QStringList metricNames() const override { return {QStringLiteral("loss")}; }
    at::Tensor sample(const at::Tensor& z) override { return z; }
    models::HyperParameterSpecs hyperParameterSpecs() const override { return {}; }
    QVariantMap hyperParameters() const override { return {}; }
    void setHyperParameter(const QString&, const QVariant&) override {}
    void save(torch::serialize::OutputArchive&) const override {}
    void load(torch::serialize::InputArchive&) override {}
    std::vector<models::NamedTensor> trainedParameters() const override
    {
        return {{QStringLiteral("bias"), torch::zeros({3})}, {QStringLiteral("net.weight"), m_weight}};
    }
    std::unique_ptr<models::GenerativeModel> samplingCopy() const override { return nullptr; }

    double lastLoss = 0.0;

private:
    torch::Tensor m_weight;
    torch::optim::SGD m_sgd;
    int m_steps = 0;
};

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void step_sameSeedTwice_givesIdenticalMetrics()
    {
        Trainer first(tinyGan());
        Trainer second(tinyGan());
        const QVector<StepResult> a = runSteps(first, 10);
        const QVector<StepResult> b = runSteps(second, 10);
        for (int i = 0; i < a.size(); ++i)
            QVERIFY2(sameMetrics(a[i].metrics, b[i].metrics),
                     qPrintable(QStringLiteral("step %1").arg(i + 1)));
        TrainingConfig other = tinyGan();
        other.seed = 4;
        Trainer third(other);
        QVERIFY(!sameMetrics(runSteps(third, 1).first().metrics, a.first().metrics));
    }

    void resume_fromCheckpoint_continuesWithIdenticalMetrics()
    {
        QTemporaryDir dir;
        TrainingConfig config = tinyGan(dir.path());
        config.checkpointEvery = 10;
        QVector<StepResult> straight;
        {
            Trainer trainer(config);
            while (!trainer.finished())
                straight.append(trainer.step());
        }
        QCOMPARE(straight.size(), 20);
        const QString checkpoint = dir.filePath(QStringLiteral("checkpoints/step-00000010.pt"));
        QVERIFY(QFileInfo::exists(checkpoint));

        const std::unique_ptr<Trainer> resumed = Trainer::resume(checkpoint);
        QCOMPARE(resumed->currentStep(), int64_t(10));
        for (int step = 11; step <= 20; ++step) {
            const StepResult result = resumed->step();
            QCOMPARE(result.step, int64_t(step));
            QVERIFY2(sameMetrics(result.metrics, straight[step - 1].metrics),
                     qPrintable(QStringLiteral("step %1").arg(step)));
        }
        QVERIFY(resumed->finished());
        // The log holds every step once.
        const QStringList lines = readLines(dir.filePath(QStringLiteral("metrics.csv")));
        QCOMPARE(lines.size(), 21);
        QVERIFY(lines.last().startsWith(QStringLiteral("20,")));
    }

    void run_writesConfigMetricsSamplesAndCheckpoint()
    {
        QTemporaryDir dir;
        TrainingConfig config = tinyGan(dir.path());
        config.sampleEvery = 10;
        Trainer trainer(config);
        while (!trainer.finished())
            trainer.step();
        const QJsonObject json = run::RunDirectory::readConfig(dir.path());
        QCOMPARE(json.value(QStringLiteral("model")).toString(), QStringLiteral("gan"));
        QCOMPARE(json.value(QStringLiteral("seed")).toInt(), 3);
        QVERIFY(json.value(QStringLiteral("versions")).toObject().contains(QStringLiteral("torch")));
        // Every setting, defaults included.
        const QJsonObject settings = json.value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("width")).toInt(), 16);
        QVERIFY(settings.contains(QStringLiteral("lr_g")));
        const QStringList metrics = readLines(dir.filePath(QStringLiteral("metrics.csv")));
        QCOMPARE(metrics.size(), 21);
        QVERIFY(metrics.first().startsWith(QStringLiteral("step,time,")));
        const QStringList samples = readLines(dir.filePath(QStringLiteral("samples/step-00000010.csv")));
        QCOMPARE(samples.size(), 2501);
        QCOMPARE(samples.first(), QStringLiteral("x,y"));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("samples/step-00000020.csv"))));
        QVERIFY(run::RunDirectory::latestCheckpoint(dir.path()).endsWith(QStringLiteral("step-00000020.pt")));
    }

    void evaluate_ring8_reportsModesHqAndRkl()
    {
        Trainer trainer(tinyGan());
        trainer.step();
        const metrics::EvaluationFigures typed = trainer.evaluate();
        QVERIFY(typed.coverage && !typed.testLoss);
        QCOMPARE(typed.coverage->modeCount, 8);
        const models::StepMetrics figures = typed.namedValues();
        QCOMPARE(figures.size(), 4);
        QCOMPARE(figures[0].value, double(typed.coverage->modes));
        QCOMPARE(figures[1].value, typed.coverage->hq);
        QCOMPARE(figures[0].name, QStringLiteral("modes"));
        QVERIFY(figures[0].value >= 0 && figures[0].value <= 8);
        QCOMPARE(figures[1].name, QStringLiteral("hq"));
        QCOMPARE(figures[2].name, QStringLiteral("rkl"));
        QCOMPARE(figures[3].name, QStringLiteral("top2_share"));
        QCOMPARE(figures[3].value, typed.coverage->topTwoShare);
    }

    void evaluate_imageModel_reportsSharpnessAndDiversity()
    {
        QTemporaryDir dir;
        QVERIFY(genlab::testing::writeBarImageFolder(dir.filePath(QStringLiteral("bars"))));
        TrainingConfig config;
        config.model = QStringLiteral("gan");
        config.data = dir.filePath(QStringLiteral("bars"));
        config.steps = 5;
        config.threads = 1;
        config.settings = {{QStringLiteral("network"), QStringLiteral("mlp")},
                           {QStringLiteral("width"), 32},
                           {QStringLiteral("depth"), 1},
                           {QStringLiteral("batch_size"), 16}};
        Trainer trainer(config);
        trainer.step();
        const metrics::EvaluationFigures figures = trainer.evaluate();
        QVERIFY(figures.images && !figures.coverage && !figures.testLoss);
        QVERIFY(figures.images->sharpness > 0.0);
        QVERIFY(figures.images->diversity > 0.0);
        // No classifier is cached for a folder made a moment ago: no class figures.
        QVERIFY(!figures.images->classes);
        const models::StepMetrics named = figures.namedValues();
        QCOMPARE(named.size(), 2);
        QCOMPARE(named[0].name, QStringLiteral("sharpness"));
        QCOMPARE(named[1].name, QStringLiteral("diversity"));
        // The same model measured twice gives the same figures (fixed noise).
        QCOMPARE(trainer.evaluate().images->sharpness, figures.images->sharpness);
    }

    void setHyperParameter_betweenSteps_appliesAndLogsEvent()
    {
        QTemporaryDir dir;
        Trainer trainer(tinyGan(dir.path()));
        trainer.step();
        trainer.setHyperParameter(QStringLiteral("lr_g"), QStringLiteral("0.0005"));
        QCOMPARE(trainer.hyperParameters().value(QStringLiteral("lr_g")).toDouble(), 0.0005);
        trainer.step();
        const QStringList events = readLines(dir.filePath(QStringLiteral("events.csv")));
        QCOMPARE(events.size(), 2);
        QVERIFY2(events[1].startsWith(QStringLiteral("1,")) &&
                     events[1].contains(QStringLiteral(",set,lr_g,0.0002,0.0005")),
                 qPrintable(events[1]));
        QVERIFY_THROWS_EXCEPTION(InputError, trainer.setHyperParameter(QStringLiteral("no_such"), 1));
    }

    void schedule_reachingItsStep_changesSettingAndLogsEvent()
    {
        QTemporaryDir dir;
        TrainingConfig config = tinyGan(dir.path());
        config.schedule = {{2, {{QStringLiteral("lr_d"), 0.0001}}}};
        Trainer trainer(config);
        trainer.step();
        trainer.step();
        QCOMPARE(trainer.hyperParameters().value(QStringLiteral("lr_d")).toDouble(), 0.0002);
        trainer.step();
        QCOMPARE(trainer.hyperParameters().value(QStringLiteral("lr_d")).toDouble(), 0.0001);
        const QStringList events = readLines(dir.filePath(QStringLiteral("events.csv")));
        QCOMPARE(events.size(), 2);
        QVERIFY2(events[1].startsWith(QStringLiteral("2,")) &&
                     events[1].contains(QStringLiteral(",scheduled,lr_d,0.0002,0.0001")),
                 qPrintable(events[1]));
        // The run folder's config keeps the schedule.
        const QJsonObject json = run::RunDirectory::readConfig(dir.path());
        QCOMPARE(json.value(QStringLiteral("schedule")).toArray().size(), 1);
    }

    void epochs_smallPointFile_stopsAfterWholeEpochs()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("points.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x,y\n");
            for (int i = 0; i < 100; ++i)
                file.write(QStringLiteral("%1,%2\n").arg(i * 0.01).arg(-i * 0.01).toUtf8());
        }
        TrainingConfig config = tinyGan();
        config.data = csv;
        config.steps = 0;
        config.epochs = 2;
        Trainer trainer(config);
        QCOMPARE(trainer.totalSteps(), int64_t(6)); // 100 points, full batches of 32: 3 per epoch
        int steps = 0;
        while (!trainer.finished()) {
            trainer.step();
            ++steps;
        }
        QCOMPARE(steps, 6);
        QCOMPARE(trainer.epoch(), int64_t(2));
        QVERIFY(trainer.evaluate().isEmpty()); // not a known mixture: no mode figures
    }

    void step_nonFiniteLoss_throwsDivergenceErrorNamingStepAndValue()
    {
        QTemporaryDir dir;
        TrainingConfig config = tinyGan(dir.path());
        config.model.clear();
        config.settings.clear();
        Trainer trainer(config, std::make_unique<DivergingModel>());
        trainer.step();
        trainer.step();
        try {
            trainer.step();
            QFAIL("no DivergenceError");
        } catch (const training::DivergenceError& error) {
            QCOMPARE(error.step(), int64_t(3));
            QCOMPARE(error.valueName(), QStringLiteral("loss"));
            QVERIFY(error.message().contains(QStringLiteral("step 3")));
        }
        const QStringList events = readLines(dir.filePath(QStringLiteral("events.csv")));
        QVERIFY(events.last().contains(QStringLiteral("diverged,loss")));
        // The bad step is not logged as a metrics row.
        QCOMPARE(readLines(dir.filePath(QStringLiteral("metrics.csv"))).size(), 3);
    }

    void step_updateMakesAWeightInfiniteWithAFiniteLoss_throwsInThatStepNamingTheParameter()
    {
        QTemporaryDir dir;
        TrainingConfig config = tinyGan(dir.path());
        config.model.clear();
        config.settings.clear();
        auto owned = std::make_unique<InfiniteWeightModel>();
        InfiniteWeightModel* model = owned.get();
        Trainer trainer(config, std::move(owned));
        trainer.step();
        trainer.step();
        try {
            trainer.step();
            QFAIL("no DivergenceError in the step that made the weight infinite");
        } catch (const training::DivergenceError& error) {
            QCOMPARE(error.step(), int64_t(3));
            QCOMPARE(error.valueName(), QStringLiteral("parameter net.weight"));
            QVERIFY2(error.message().contains(QStringLiteral("parameter net.weight is -inf")),
                     qPrintable(error.message()));
        }
        QVERIFY(std::isfinite(model->lastLoss)); // the loss check alone would have missed it
        const QStringList events = readLines(dir.filePath(QStringLiteral("events.csv")));
        QVERIFY2(events.last().contains(QStringLiteral("diverged,parameter net.weight")),
                 qPrintable(events.last()));
        // The broken step is not logged as a metrics row (header and steps 1 and 2).
        QCOMPARE(readLines(dir.filePath(QStringLiteral("metrics.csv"))).size(), 3);
    }

    void trainedParameters_everyModelKind_namesEveryNetworkItUpdates()
    {
        const QMap<QString, QStringList> networks = {
            {QStringLiteral("gan"), {QStringLiteral("generator."), QStringLiteral("discriminator.")}},
            {QStringLiteral("wgan"), {QStringLiteral("generator."), QStringLiteral("discriminator.")}},
            {QStringLiteral("wgan-gp"), {QStringLiteral("generator."), QStringLiteral("discriminator.")}},
            {QStringLiteral("vigan"), {QStringLiteral("generator."), QStringLiteral("discriminator.")}},
            {QStringLiteral("vae"), {QStringLiteral("encoder."), QStringLiteral("decoder.")}},
            {QStringLiteral("vae-gan"),
             {QStringLiteral("encoder."), QStringLiteral("decoder."), QStringLiteral("features."),
              QStringLiteral("head.")}},
        };
        for (auto it = networks.begin(); it != networks.end(); ++it) {
            TrainingConfig config = tinyGan();
            config.model = it.key();
            Trainer trainer(config);
            const std::vector<models::NamedTensor> parameters = trainer.model().trainedParameters();
            for (const QString& prefix : it.value()) {
                const bool found =
                    std::any_of(parameters.begin(), parameters.end(), [&](const models::NamedTensor& p) {
                        return p.name.startsWith(prefix) && p.tensor.requires_grad();
                    });
                QVERIFY2(found, qPrintable(it.key() + QStringLiteral(": no ") + prefix));
            }
        }
    }

    void construct_unknownModel_reportsInputError()
    {
        TrainingConfig config = tinyGan();
        config.model = QStringLiteral("no-such-model");
        QVERIFY_THROWS_EXCEPTION(InputError, Trainer trainer(config));
        config = tinyGan();
        config.steps = 0;
        QVERIFY_THROWS_EXCEPTION(InputError, Trainer trainer(config));
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
