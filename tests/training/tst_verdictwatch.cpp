// A preset's story verdict: parsing its conditions and following a run towards them.
#include "common/InputError.h"
#include "training/PresetCatalog.h"
#include "training/StoryVerdict.h"
#include "training/VerdictWatch.h"

#include <QJsonDocument>
#include <QtTest>

#include <cmath>

using namespace genlab;
using namespace genlab::training;

namespace {

StoryVerdict parse(const char* json)
{
    return StoryVerdict::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("test"));
}

models::StepMetrics values(std::initializer_list<std::pair<const char*, double>> list)
{
    models::StepMetrics metrics;
    for (const auto& [name, value] : list)
        metrics.append({QString::fromLatin1(name), value});
    return metrics;
}

const char* const kCollapse = R"({"every": 100, "hold_steps": 200,
    "all": [{"figure": "modes", "at_most": 2}, {"figure": "top2_share", "at_least": 0.9}]})";

} // namespace

class TestVerdictWatch : public QObject
{
    Q_OBJECT

private slots:
    void figures_mustHoldForTheHoldSteps_andABreakStartsAgain()
    {
        VerdictWatch watch(parse(kCollapse));
        QVERIFY(watch.applies());
        QVERIFY(!watch.wantsFigures(50, false));
        QVERIFY(watch.wantsFigures(100, false));
        QVERIFY(watch.wantsFigures(57, /*lastStep=*/true));
        const models::StepMetrics none;
        const auto collapsed = values({{"modes", 1}, {"top2_share", 0.97}});
        const auto spread = values({{"modes", 5}, {"top2_share", 0.5}});
        QVERIFY(!watch.observe(100, 1.0, none, &collapsed)); // holding since 100
        QVERIFY(!watch.observe(200, 2.0, none, &spread));    // broken
        QVERIFY(watch.progress().contains(QStringLiteral("modes 5")));
        QVERIFY(!watch.observe(300, 3.0, none, &collapsed)); // since 300
        QVERIFY(!watch.observe(400, 4.0, none, &collapsed));
        QVERIFY(!watch.observe(450, 4.5, none, nullptr));   // not a judging step: no verdict
        QVERIFY(watch.observe(500, 5.0, none, &collapsed)); // 200 steps held
        QVERIFY(watch.told());
        QCOMPARE(watch.toldStep(), 500);
        QCOMPARE(watch.toldSeconds(), 5.0);
        QVERIFY(!watch.wantsFigures(600, false)); // told: nothing more to measure
        QVERIFY(!watch.observe(600, 6.0, none, &collapsed));
        QCOMPARE(watch.toldStep(), 500);
        QCOMPARE(watch.line(), QStringLiteral("story told at step 500 after 5.0 s: modes <= 2 and "
                                              "top2_share >= 0.9, held for 200 steps"));
        QCOMPARE(watch.endLine(3000), watch.line()); // told stays told at the end
    }

    void atLeast_needsEveryCondition_andAMissingFigureIsNeverMet()
    {
        VerdictWatch watch(parse(R"({"all": [{"figure": "modes", "at_least": 8},
                                             {"figure": "hq", "at_least": 0.95}]})"));
        const models::StepMetrics none;
        const auto almost = values({{"modes", 8}, {"hq", 0.94}});
        QVERIFY(!watch.observe(100, 1.0, none, &almost));
        const auto noHq = values({{"modes", 8}});
        QVERIFY(!watch.observe(200, 2.0, none, &noHq));
        QVERIFY2(watch.progress().contains(QStringLiteral("hq not measured yet")),
                 qPrintable(watch.progress()));
        QVERIFY(watch.line().startsWith(QStringLiteral("story not told yet (modes >= 8 and hq >= 0.95): ")));
        QCOMPARE(watch.endLine(1500),
                 QStringLiteral("story not told in 1500 steps (modes >= 8 and hq >= 0.95): "
                                "modes 8, hq not measured yet"));
        const auto there = values({{"modes", 8}, {"hq", 0.96}});
        QVERIFY(watch.observe(300, 3.0, none, &there)); // no hold_steps: the first judgement
    }

    void metricBelow_countsStepsInARow_andAPartialStepNeitherCountsNorBreaks()
    {
        VerdictWatch watch(parse(R"({"all": [{"metric": "grad_g", "below": 0.03, "for_steps": 3}]})"));
        QVERIFY(!watch.wantsFigures(100, true)); // a metric verdict needs no evaluation
        QVERIFY(!watch.observe(1, 0.1, values({{"grad_g", 0.5}}), nullptr));
        QVERIFY(!watch.observe(2, 0.2, values({{"grad_g", 0.01}}), nullptr));
        QVERIFY(!watch.observe(3, 0.3, values({{"grad_g", 0.02}}), nullptr));
        QVERIFY(!watch.observe(4, 0.4, values({{"loss_d", 1.0}}), nullptr)); // a D-only step
        QCOMPARE(watch.progress(), QStringLiteral("grad_g below 0.03 for 2 of 3 steps"));
        QVERIFY(!watch.observe(5, 0.5, values({{"grad_g", 0.04}}), nullptr)); // breaks the run
        QVERIFY(!watch.observe(6, 0.6, values({{"grad_g", 0.01}}), nullptr));
        QVERIFY(!watch.observe(7, 0.7, values({{"grad_g", 0.01}}), nullptr));
        QVERIFY(watch.observe(8, 0.8, values({{"grad_g", 0.01}}), nullptr));
        QCOMPARE(watch.toldStep(), 8);
    }

    void noVerdict_appliesNot_andSaysNothing()
    {
        VerdictWatch watch;
        QVERIFY(!watch.applies());
        QVERIFY(watch.line().isEmpty());
        QVERIFY(!watch.observe(1, 0.0, values({{"grad_g", 0.0}}), nullptr));
    }

    void json_roundTrips()
    {
        const StoryVerdict verdict = parse(kCollapse);
        const StoryVerdict again = StoryVerdict::fromJson(verdict.toJson(), QStringLiteral("again"));
        QCOMPARE(again.toJson(), verdict.toJson());
        QCOMPARE(again.every(), 100);
        QCOMPARE(again.holdSteps(), 200);
        QCOMPARE(again.describe(), verdict.describe());
    }

    void malformed_isInputErrorNamingTheFile_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("no conditions") << R"({"every": 10})"
                                       << "'all' must be a list";
        QTest::newRow("unknown field") << R"({"all": [{"figure": "modes", "at_most": 2}], "when": 3})"
                                       << "unknown field 'when'";
        QTest::newRow("no bound") << R"({"all": [{"figure": "modes"}]})"
                                  << "needs one of 'at_most' or 'at_least'";
        QTest::newRow("both bounds") << R"({"all": [{"figure": "modes", "at_most": 2, "at_least": 1}]})"
                                     << "needs one of 'at_most' or 'at_least'";
        QTest::newRow("metric without steps") << R"({"all": [{"metric": "grad_g", "below": 0.1}]})"
                                              << "needs 'below' and 'for_steps' >= 1";
        QTest::newRow("neither") << R"({"all": [{"value": 3}]})"
                                 << "names a 'figure' or a 'metric'";
        QTest::newRow("every zero") << R"({"every": 0, "all": [{"figure": "modes", "at_most": 2}]})"
                                    << "'every' must be a whole number >= 1";
    }

    void malformed_isInputErrorNamingTheFile()
    {
        QFETCH(QString, json);
        QFETCH(QString, message);
        try {
            StoryVerdict::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), QStringLiteral("p.json"));
            QFAIL("no error");
        } catch (const InputError& error) {
            QVERIFY2(error.message().startsWith(QStringLiteral("p.json: verdict: ")),
                     qPrintable(error.message()));
            QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        }
    }

    void everyPreset_statesItsVerdict()
    {
        for (const Preset& preset : PresetCatalog::all()) {
            QVERIFY2(!preset.config.verdict.isEmpty(), qPrintable(preset.name));
            // It survives the trip through config.json (the window and a resumed run read it back).
            const TrainingConfig back = TrainingConfig::fromJson(preset.config.toJson(), preset.name);
            QCOMPARE(back.verdict.toJson(), preset.config.verdict.toJson());
        }
    }
};

QTEST_GUILESS_MAIN(TestVerdictWatch)
#include "tst_verdictwatch.moc"
