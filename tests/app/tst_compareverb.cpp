// `genlab compare`: a tiny two-model plan runs to the end and writes its CSV; bad input is one
// line and exit status 2 (in the executable), an InputError (in process).
#include "cli/CommandRegistry.h"
#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab;

namespace {

int runVerb(const QStringList& arguments)
{
    const std::unique_ptr<cli::Command> command = cli::CommandRegistry::create(QStringLiteral("compare"));
    return command ? command->run(arguments) : -1;
}

QString genlabExecutable()
{
    const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/genlab");
    return QFileInfo::exists(path) ? path : QString();
}

// Two small GANs on ring8, 20 steps each, measured every 10.
QString writeTinyPlan(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("tiny.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(R"({"story": "two tiny GANs", "data": "ring8", "steps": 20, "steps_per_turn": 5,
        "measure_every": 10, "entries": [
        {"label": "narrow", "model": "gan", "settings": {"width": 8, "depth": 1, "batch_size": 16}},
        {"label": "wide", "model": "gan", "settings": {"width": 32, "depth": 1, "batch_size": 16}}]})");
    return path;
}

} // namespace

class CompareVerbTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void compare_tinyPlan_writesOneRowPerMeasurementAndARunFolderPerModel()
    {
        QTemporaryDir dir;
        const QString plan = writeTinyPlan(dir);
        const QString out = dir.filePath(QStringLiteral("out"));
        QCOMPARE(runVerb({QStringLiteral("--plan"), plan, QStringLiteral("--out"), out,
                          QStringLiteral("--quiet")}),
                 0);
        QFile csv(out + QStringLiteral("/comparison.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("model,step,seconds,modes,hq,rkl,sharpness,diversity,classes,"
                                               "class_kl,frechet"));
        QCOMPARE(lines.size(), 1 + 2 * 3); // steps 0, 10, 20 of each model
        QVERIFY(lines.last().startsWith(QStringLiteral("\"wide\",20,")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/narrow/config.json")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/wide/checkpoints")));
    }

    void compare_badInput_throwsInputError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing to compare") << QStringList{};
        QTest::newRow("unknown comparison")
            << QStringList{QStringLiteral("--preset"), QStringLiteral("nope")};
        QTest::newRow("one preset") << QStringList{QStringLiteral("--presets"),
                                                   QStringLiteral("vigan-ring8")};
        QTest::newRow("different data")
            << QStringList{QStringLiteral("--presets"), QStringLiteral("vigan-ring8,vae-fashion")};
        QTest::newRow("two sources") << QStringList{QStringLiteral("--preset"),
                                                    QStringLiteral("remedies-ring8"),
                                                    QStringLiteral("--presets"), QStringLiteral("a,b")};
        QTest::newRow("missing plan")
            << QStringList{QStringLiteral("--plan"), QStringLiteral("/nonexistent.json")};
    }

    void compare_badInput_throwsInputError()
    {
        QFETCH(QStringList, arguments);
        QVERIFY_THROWS_EXCEPTION(InputError, runVerb(arguments));
    }

    void executable_unknownModelInAPlan_exitsTwoWithOneLine()
    {
        if (genlabExecutable().isEmpty())
            QSKIP("the genlab executable is not built next to the tests");
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("odd.json"));
        QFile file(plan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"data": "ring8", "steps": 10, "entries": [{"preset": "vigan-ring8"},
                      {"label": "odd", "model": "flowgan"}]})");
        file.close();
        QProcess process;
        process.start(genlabExecutable(), {QStringLiteral("compare"), QStringLiteral("--plan"), plan});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY2(err.startsWith(QStringLiteral("genlab compare: ") + plan +
                                QStringLiteral(", entry 2 (odd): unknown model \"flowgan\"")),
                 qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(CompareVerbTest)
#include "tst_compareverb.moc"
