#include "common/InputError.h"
#include "models/ModelFactory.h"

#include <QtTest>

using namespace genlab::models;
using genlab::data::DataKind;

// Settings: validation of single values, and the catalogue's checks of names and kinds.
class TestHyperParameters : public QObject
{
    Q_OBJECT

private:
    static HyperParameterSpec learningRate()
    {
        HyperParameterSpec spec;
        spec.name = QStringLiteral("lr_g");
        spec.type = HyperParameterSpec::Type::Real;
        spec.defaultValue = 1e-4;
        spec.minimum = 1e-7;
        spec.maximum = 1.0;
        return spec;
    }

    static QString messageOf(const std::function<void()>& action)
    {
        try {
            action();
        } catch (const genlab::InputError& error) {
            return error.message();
        }
        return {};
    }

private slots:
    void validated_goodValues_areConverted()
    {
        QCOMPARE(learningRate().validated(QStringLiteral("0.001")), QVariant(0.001));
        QCOMPARE(learningRate().validated(1), QVariant(1.0));
        HyperParameterSpec batch = learningRate();
        batch.type = HyperParameterSpec::Type::Integer;
        batch.minimum = 1;
        batch.maximum = 100;
        QCOMPARE(batch.validated(QStringLiteral("64")), QVariant(qlonglong(64)));
        QCOMPARE(batch.validated(32.0), QVariant(qlonglong(32)));
        HyperParameterSpec loss;
        loss.name = QStringLiteral("g_loss");
        loss.type = HyperParameterSpec::Type::Choice;
        loss.choices = {QStringLiteral("non_saturating"), QStringLiteral("saturating")};
        QCOMPARE(loss.validated(QStringLiteral("Saturating")), QVariant(QStringLiteral("saturating")));
        HyperParameterSpec flag;
        flag.name = QStringLiteral("flag");
        flag.type = HyperParameterSpec::Type::Boolean;
        QCOMPARE(flag.validated(QStringLiteral("yes")), QVariant(true));
        QCOMPARE(flag.validated(false), QVariant(false));
    }

    void validated_badValues_throwNamingParameterValueAndRange_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expected");
        const int real = int(HyperParameterSpec::Type::Real);
        const int integer = int(HyperParameterSpec::Type::Integer);
        const int choice = int(HyperParameterSpec::Type::Choice);
        const int boolean = int(HyperParameterSpec::Type::Boolean);
        QTest::newRow("real above") << real << QVariant(5.0)
                                    << QStringLiteral("x: 5 is out of range [0.5, 2]");
        QTest::newRow("real below") << real << QVariant(QStringLiteral("0.1"))
                                    << QStringLiteral("out of range [0.5, 2]");
        QTest::newRow("real text") << real << QVariant(QStringLiteral("fast"))
                                   << QStringLiteral("x: \"fast\" is not a number");
        QTest::newRow("real nan") << real << QVariant(QStringLiteral("nan"))
                                  << QStringLiteral("is not a number");
        QTest::newRow("real bool") << real << QVariant(true) << QStringLiteral("is not a number");
        QTest::newRow("real list") << real << QVariant(QVariantList{1, 2})
                                   << QStringLiteral("is not a number");
        QTest::newRow("integer fraction")
            << integer << QVariant(1.5) << QStringLiteral("x: 1.5 is not an integer");
        QTest::newRow("integer above")
            << integer << QVariant(3) << QStringLiteral("x: 3 is out of range [0.5, 2]");
        QTest::newRow("choice unknown")
            << choice << QVariant(QStringLiteral("c")) << QStringLiteral("x: \"c\" is not one of a, b");
        QTest::newRow("choice number") << choice << QVariant(1) << QStringLiteral("is not one of a, b");
        QTest::newRow("boolean text")
            << boolean << QVariant(QStringLiteral("maybe")) << QStringLiteral("is not true or false");
        QTest::newRow("invalid") << real << QVariant() << QStringLiteral("is not a value");
    }

    void validated_badValues_throwNamingParameterValueAndRange()
    {
        QFETCH(int, type);
        QFETCH(QVariant, value);
        QFETCH(QString, expected);
        HyperParameterSpec spec;
        spec.name = QStringLiteral("x");
        spec.type = HyperParameterSpec::Type(type);
        spec.minimum = 0.5;
        spec.maximum = 2.0;
        spec.choices = {QStringLiteral("a"), QStringLiteral("b")};
        const QString message = messageOf([&] { spec.validated(value); });
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void catalog_everyKind_describesEverySettingWithDefaultInRange()
    {
        for (const QString& kind : ModelCatalog::kinds()) {
            QVERIFY(!ModelCatalog::describe(kind).summary.isEmpty());
            for (DataKind data : {DataKind::Points2D, DataKind::Images}) {
                const HyperParameterSpecs specs = ModelCatalog::hyperParameters(kind, data);
                QVERIFY(specs.size() >= 10);
                for (const HyperParameterSpec& spec : specs) {
                    QVERIFY2(!spec.help.isEmpty() && !spec.label.isEmpty(), qPrintable(spec.name));
                    QCOMPARE(spec.validated(spec.defaultValue), spec.defaultValue);
                }
            }
        }
    }

    void catalog_defaultsFollowTheRecipes()
    {
        const auto defaults = [](const QString& kind, DataKind data) {
            QVariantMap values;
            for (const HyperParameterSpec& spec : ModelCatalog::hyperParameters(kind, data))
                values.insert(spec.name, spec.defaultValue);
            return values;
        };
        const QVariantMap wgan = defaults(QStringLiteral("wgan"), DataKind::Points2D);
        QCOMPARE(wgan.value(QStringLiteral("optimizer")).toString(), QStringLiteral("rmsprop"));
        QCOMPARE(wgan.value(QStringLiteral("lr_d")).toDouble(), 5e-5);
        QCOMPARE(wgan.value(QStringLiteral("clip")).toDouble(), 0.01);
        QCOMPARE(wgan.value(QStringLiteral("d_steps")).toInt(), 5);
        const QVariantMap gp = defaults(QStringLiteral("wgan-gp"), DataKind::Points2D);
        QCOMPARE(gp.value(QStringLiteral("gp_weight")).toDouble(), 10.0);
        QCOMPARE(gp.value(QStringLiteral("lr_g")).toDouble(), 1e-4);
        QCOMPARE(gp.value(QStringLiteral("beta1")).toDouble(), 0.5);
        QCOMPARE(gp.value(QStringLiteral("beta2")).toDouble(), 0.9);
        const QVariantMap vigan = defaults(QStringLiteral("vigan"), DataKind::Points2D);
        QCOMPARE(vigan.value(QStringLiteral("vi_lambda")).toDouble(), 5.0);
        QCOMPARE(vigan.value(QStringLiteral("vi_period")).toInt(), 5);
        QCOMPARE(
            defaults(QStringLiteral("gan"), DataKind::Images).value(QStringLiteral("network")).toString(),
            QStringLiteral("conv"));
        QCOMPARE(
            defaults(QStringLiteral("vae"), DataKind::Images).value(QStringLiteral("network")).toString(),
            QStringLiteral("mlp"));
        QVERIFY(!defaults(QStringLiteral("gan"), DataKind::Points2D).contains(QStringLiteral("channels")));
    }

    void create_unknownKind_listsTheValidOnes()
    {
        const QString message = messageOf([] { ModelFactory::create(QStringLiteral("diffusion"), {2}); });
        QVERIFY2(message.contains(QStringLiteral("diffusion")) && message.contains(QStringLiteral("wgan-gp")),
                 qPrintable(message));
    }

    void create_unknownSetting_listsTheValidOnes()
    {
        const QString message = messageOf([] {
            ModelFactory::create(QStringLiteral("gan"), {2}, {{QStringLiteral("lr"), 0.1}});
        });
        QVERIFY2(message.contains(QStringLiteral("\"lr\"")) && message.contains(QStringLiteral("lr_g")),
                 qPrintable(message));
        // A setting of another model is unknown here too.
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, ModelFactory::create(QStringLiteral("gan"), {2},
                                                                          {{QStringLiteral("clip"), 0.1}}));
    }

    void create_invalidValueOrShape_throwsInputError()
    {
        const QString message = messageOf([] {
            ModelFactory::create(QStringLiteral("wgan-gp"), {2}, {{QStringLiteral("gp_weight"), -1}});
        });
        QVERIFY2(message.startsWith(QStringLiteral("gp_weight: -1 is out of range")), qPrintable(message));
        QVERIFY_THROWS_EXCEPTION(genlab::InputError,
                                 ModelFactory::create(QStringLiteral("gan"), {2},
                                                      {{QStringLiteral("network"), QStringLiteral("conv")}}));
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, ModelFactory::create(QStringLiteral("gan"), {3}));
        QVERIFY_THROWS_EXCEPTION(genlab::InputError,
                                 ModelFactory::create(QStringLiteral("gan"), {1, 7, 7},
                                                      {{QStringLiteral("network"), QStringLiteral("conv")}}));
    }

    void setHyperParameter_checksLivenessAndValue()
    {
        auto model = ModelFactory::create(QStringLiteral("vigan"), {2});
        model->setHyperParameter(QStringLiteral("vi_lambda"), QStringLiteral("2.5"));
        QCOMPARE(model->hyperParameters().value(QStringLiteral("vi_lambda")).toDouble(), 2.5);
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, model->setHyperParameter(QStringLiteral("width"), 64));
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, model->setHyperParameter(QStringLiteral("lr_g"), -0.1));
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, model->setHyperParameter(QStringLiteral("lr_g"), 1e7));
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, model->setHyperParameter(QStringLiteral("nope"), 1));
        // Setting a non-live one to its current value is harmless.
        model->setHyperParameter(QStringLiteral("width"), 256);
        QCOMPARE(model->hyperParameterSpecs().size(), model->hyperParameters().size());
    }
};

QTEST_GUILESS_MAIN(TestHyperParameters)
#include "tst_hyperparameters.moc"
