#include "common/TorchApi.h"

#include "common/InputError.h"
#include "models/ComputeThreads.h"
#include "models/ModelFactory.h"

#include "TinyData.h"

#include <QtTest>

#include <sstream>

using namespace genlab::models;
using namespace genlab::models::testing;

// Checkpoints, determinism and sampling copies, for every kind of model.
class TestCheckpoint : public QObject
{
    Q_OBJECT

private:
    static std::vector<int64_t> shapeFor(const QString& data)
    {
        return data == QLatin1String("points") ? std::vector<int64_t>{2} : std::vector<int64_t>{1, 28, 28};
    }

    static QVariantMap smallSettings(const QString& data)
    {
        // Small batches and nets keep the test fast; conv nets where images allow them.
        QVariantMap settings{{QStringLiteral("batch_size"), 16}};
        if (data == QLatin1String("images"))
            settings.insert(QStringLiteral("channels"), 8);
        return settings;
    }

    static at::Tensor batchFor(GenerativeModel& model, const QString& data, uint64_t seed)
    {
        const int64_t count = std::max<int64_t>(model.realBatchSize(StepPart::Both), 1);
        return data == QLatin1String("points") ? ringPoints(count, seed) : barImages(count, seed);
    }

    static std::string saved(const GenerativeModel& model)
    {
        torch::serialize::OutputArchive archive;
        model.save(archive);
        std::ostringstream stream;
        archive.save_to(stream);
        return stream.str();
    }

    static void loadInto(GenerativeModel& model, const std::string& bytes)
    {
        std::istringstream stream(bytes);
        torch::serialize::InputArchive archive;
        archive.load_from(stream);
        model.load(archive);
    }

    static void compareMetrics(const StepMetrics& a, const StepMetrics& b)
    {
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].name, b[i].name);
            QCOMPARE(a[i].value, b[i].value);
        }
    }

    static void addKindsAndData()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("data");
        for (const QString& kind : ModelCatalog::kinds())
            for (const char* data : {"points", "images"})
                QTest::newRow(qPrintable(kind + QLatin1Char('/') + QLatin1String(data)))
                    << kind << QString::fromLatin1(data);
    }

private slots:
    void initTestCase()
    {
        setComputeThreads(1);
        torch::manual_seed(0); // the tests' own noise draws; the models have their own generators
    }

    void saveLoad_roundTrip_givesIdenticalSamplesAndContinuedTraining_data() { addKindsAndData(); }
    void saveLoad_roundTrip_givesIdenticalSamplesAndContinuedTraining()
    {
        QFETCH(QString, kind);
        QFETCH(QString, data);
        auto original = ModelFactory::create(kind, shapeFor(data), smallSettings(data), 7);
        for (int step = 0; step < 3; ++step)
            original->trainStep(batchFor(*original, data, 100 + step), StepPart::Both);
        // A live change travels with the checkpoint.
        original->setHyperParameter(QStringLiteral("batch_size"), 12);
        const std::string bytes = saved(*original);

        auto restored = ModelFactory::create(kind, shapeFor(data), smallSettings(data), 99);
        loadInto(*restored, bytes);
        QCOMPARE(restored->hyperParameters().value(QStringLiteral("batch_size")).toInt(), 12);
        const at::Tensor z = torch::randn({6, original->latentDim()});
        QVERIFY(torch::equal(original->sample(z), restored->sample(z)));

        for (int step = 0; step < 2; ++step) {
            const at::Tensor batch = batchFor(*original, data, 200 + step);
            compareMetrics(original->trainStep(batch, StepPart::Both),
                           restored->trainStep(batch, StepPart::Both));
        }
        QVERIFY(torch::equal(original->sample(z), restored->sample(z)));
    }

    void sameSeed_givesSameMetrics_data() { addKindsAndData(); }
    void sameSeed_givesSameMetrics()
    {
        QFETCH(QString, kind);
        QFETCH(QString, data);
        auto first = ModelFactory::create(kind, shapeFor(data), smallSettings(data), 3);
        auto second = ModelFactory::create(kind, shapeFor(data), smallSettings(data), 3);
        auto other = ModelFactory::create(kind, shapeFor(data), smallSettings(data), 4);
        bool differs = false;
        for (int step = 0; step < 3; ++step) {
            const at::Tensor batch = batchFor(*first, data, 300 + step);
            const StepMetrics a = first->trainStep(batch, StepPart::Both);
            compareMetrics(a, second->trainStep(batch, StepPart::Both));
            const StepMetrics c = other->trainStep(batch, StepPart::Both);
            for (int i = 0; i < a.size(); ++i)
                differs = differs || a[i].value != c[i].value;
        }
        QVERIFY(differs);
    }

    void load_archiveOfAnotherKind_throwsInputError()
    {
        auto gan = ModelFactory::create(QStringLiteral("gan"), {2}, {}, 1);
        const std::string bytes = saved(*gan);
        for (const QString& kind :
             {QStringLiteral("wgan"), QStringLiteral("vae"), QStringLiteral("vae-gan")}) {
            auto other = ModelFactory::create(kind, {2}, {}, 1);
            QVERIFY_THROWS_EXCEPTION(genlab::InputError, loadInto(*other, bytes));
        }
    }

    void load_archiveOfAnotherSize_throwsInputErrorAndKeepsTheModel()
    {
        auto wide = ModelFactory::create(QStringLiteral("gan"), {2}, {{QStringLiteral("width"), 64}}, 1);
        auto narrow = ModelFactory::create(QStringLiteral("gan"), {2}, {{QStringLiteral("width"), 32}}, 1);
        const at::Tensor z = torch::randn({5, 2});
        const at::Tensor before = narrow->sample(z);
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, loadInto(*narrow, saved(*wide)));
        QVERIFY(torch::equal(before, narrow->sample(z)));
        auto images = ModelFactory::create(QStringLiteral("vae"), {1, 28, 28}, {}, 1);
        auto points = ModelFactory::create(QStringLiteral("vae"), {2}, {}, 1);
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, loadInto(*points, saved(*images)));
    }

    void samplingCopy_isIndependentOfFurtherTraining_data()
    {
        QTest::addColumn<QString>("kind");
        for (const QString& kind : ModelCatalog::kinds())
            QTest::newRow(qPrintable(kind)) << kind;
    }
    void samplingCopy_isIndependentOfFurtherTraining()
    {
        QFETCH(QString, kind);
        auto model = ModelFactory::create(kind, {2}, {{QStringLiteral("batch_size"), 32}}, 5);
        model->trainStep(ringPoints(model->realBatchSize(StepPart::Both), 6), StepPart::Both);
        auto copy = model->samplingCopy();
        const at::Tensor z = torch::randn({8, 2});
        const at::Tensor points = ringPoints(8, 7);
        const at::Tensor copied = copy->sample(z);
        QVERIFY(torch::equal(copied, model->sample(z)));
        const at::Tensor scores = copy->hasCritic() ? copy->critic(points) : at::Tensor();
        const at::Tensor codes = copy->hasEncoder() ? copy->encode(points) : at::Tensor();
        QCOMPARE(copy->hasCritic(), model->hasCritic());
        QCOMPARE(copy->hasEncoder(), model->hasEncoder());
        for (int step = 0; step < 3; ++step)
            model->trainStep(ringPoints(model->realBatchSize(StepPart::Both), 10 + step), StepPart::Both);
        QVERIFY(!torch::equal(copied, model->sample(z)));
        QVERIFY(torch::equal(copied, copy->sample(z)));
        if (scores.defined())
            QVERIFY(torch::equal(scores, copy->critic(points)));
        if (codes.defined())
            QVERIFY(torch::equal(codes, copy->encode(points)));
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, copy->trainStep(points, StepPart::Both));
    }
};

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
