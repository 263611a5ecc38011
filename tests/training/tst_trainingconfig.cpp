// TrainingConfig's whole-number fields on values a double holds but int64_t does not
// (fuzz_trainingconfig found the undefined conversion: fuzz/corpus/trainingconfig/).
#include "InputErrorMessage.h"
#include "training/TrainingConfig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using genlab::testing::errorOf;
using genlab::training::TrainingConfig;

class TestTrainingConfig : public QObject
{
    Q_OBJECT

private slots:
    void fromJson_wholeNumberOutOfRange_namesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("steps beyond 2^63") << QByteArray(R"({"steps": 1e19})") << "steps";
        QTest::newRow("steps at 2^63") << QByteArray(R"({"steps": 9223372036854775808})") << "steps";
        QTest::newRow("schedule step 5e43")
            << QByteArray(R"({"schedule": [{"step": 50333333333333333333333333333333333333333333,
                                            "settings": {"lr": 1.0}}]})")
            << "step";
        QTest::newRow("seed -1e300") << QByteArray(R"({"seed": -1e300})") << "seed";
        QTest::newRow("epochs 1.5") << QByteArray(R"({"epochs": 1.5})") << "epochs";
    }
    void fromJson_wholeNumberOutOfRange_namesTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QVERIFY(!object.isEmpty());
        const QString message = errorOf([&] { TrainingConfig::fromJson(object, QStringLiteral("c.json")); });
        QCOMPARE(message, QStringLiteral("c.json: '%1' must be a whole number >= 0").arg(field));
    }

    void fromJson_largestExactWholeNumber_isKept()
    {
        // 2^53: the largest whole number below which every whole double is exact.
        const QJsonObject object =
            QJsonDocument::fromJson(R"({"model": "gan", "data": "ring", "steps": 9007199254740992})")
                .object();
        QCOMPARE(TrainingConfig::fromJson(object, QStringLiteral("c.json")).steps, int64_t(9007199254740992));
    }
};

QTEST_GUILESS_MAIN(TestTrainingConfig)
#include "tst_trainingconfig.moc"
