#include "cli/CommandRegistry.h"
#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QDir>
#include <QtTest>

using namespace genlab;

namespace {

int runVerb(const QString& verb, const QStringList& arguments)
{
    const std::unique_ptr<cli::Command> command = cli::CommandRegistry::create(verb);
    if (!command)
        return -1;
    return command->run(arguments);
}

QStringList tinyGanTraining(const QString& out)
{
    return {QStringLiteral("--model"),       QStringLiteral("gan"),
            QStringLiteral("--data"),        QStringLiteral("ring8"),
            QStringLiteral("--steps"),       QStringLiteral("12"),
            QStringLiteral("--seed"),        QStringLiteral("2"),
            QStringLiteral("--set"),         QStringLiteral("width=16"),
            QStringLiteral("--set=depth=1"), QStringLiteral("--set"),
            QStringLiteral("batch_size=32"), QStringLiteral("--quiet"),
            QStringLiteral("--out"),         out};
}

QString genlabExecutable()
{
    // tests/tst_app_verbs and app/genlab sit side by side in the build folder.
    const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/genlab");
    return QFileInfo::exists(path) ? path : QString();
}

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult runGenlab(const QStringList& arguments)
{
    QProcess process;
    process.start(genlabExecutable(), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestVerbs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void train_tinyGan_writesRunFolder_thenSampleWritesCsv()
    {
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("run"));
        QCOMPARE(runVerb(QStringLiteral("train"), tinyGanTraining(run)), 0);
        QVERIFY(QFileInfo::exists(run + QStringLiteral("/config.json")));
        QVERIFY(QFileInfo::exists(run + QStringLiteral("/metrics.csv")));
        QVERIFY(QFileInfo::exists(run + QStringLiteral("/checkpoints/step-00000012.pt")));
        // Without --sample-every a run in steps keeps pictures of its course (every
        // steps / 40 steps, here every step), enough for a timeline and a GIF.
        QCOMPARE(
            QDir(run + QStringLiteral("/samples")).entryList({QStringLiteral("*.csv")}, QDir::Files).size(),
            12);
        // --sample-every 0 keeps only the last.
        const QString lastOnly = dir.filePath(QStringLiteral("last-only"));
        QCOMPARE(runVerb(QStringLiteral("train"),
                         tinyGanTraining(lastOnly) +
                             QStringList{QStringLiteral("--sample-every"), QStringLiteral("0")}),
                 0);
        QCOMPARE(
            QDir(lastOnly + QStringLiteral("/samples")).entryList({QStringLiteral("*.csv")}, QDir::Files),
            QStringList{QStringLiteral("step-00000012.csv")});

        const QString csv = dir.filePath(QStringLiteral("points.csv"));
        QCOMPARE(runVerb(QStringLiteral("sample"), {QStringLiteral("--run"), run, QStringLiteral("--n"),
                                                    QStringLiteral("100"), QStringLiteral("--out"), csv}),
                 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 101);
        QCOMPARE(lines.first(), QStringLiteral("x,y"));
    }

    void train_preset_takesPresetSettingsAndOverrides()
    {
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("run"));
        QCOMPARE(runVerb(QStringLiteral("train"), {QStringLiteral("--preset"), QStringLiteral("vigan-ring8"),
                                                   QStringLiteral("--steps"), QStringLiteral("3"),
                                                   QStringLiteral("--set"), QStringLiteral("width=8"),
                                                   QStringLiteral("--quiet"), QStringLiteral("--out"), run}),
                 0);
        QFile file(run + QStringLiteral("/config.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject config = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(config.value(QStringLiteral("model")).toString(), QStringLiteral("vigan"));
        QCOMPARE(config.value(QStringLiteral("preset")).toString(), QStringLiteral("vigan-ring8"));
        QCOMPARE(config.value(QStringLiteral("steps")).toInt(), 3);
        const QJsonObject settings = config.value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("width")).toInt(), 8);
        // The preset's lambda (4), not the model's default (5).
        QCOMPARE(settings.value(QStringLiteral("vi_lambda")).toDouble(), 4.0);
    }

    void train_badInput_throwsInputError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString out = QStringLiteral("/tmp/genlab-never-written");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--model"), QStringLiteral("gan"),
                                                       QStringLiteral("--bogus"), QStringLiteral("1")};
        QTest::newRow("steps and epochs") << QStringList{QStringLiteral("--model"),  QStringLiteral("gan"),
                                                         QStringLiteral("--data"),   QStringLiteral("ring8"),
                                                         QStringLiteral("--steps"),  QStringLiteral("5"),
                                                         QStringLiteral("--epochs"), QStringLiteral("1"),
                                                         QStringLiteral("--out"),    out};
        QTest::newRow("steps not a number") << QStringList{QStringLiteral("--model"), QStringLiteral("gan"),
                                                           QStringLiteral("--data"),  QStringLiteral("ring8"),
                                                           QStringLiteral("--steps"), QStringLiteral("many"),
                                                           QStringLiteral("--out"),   out};
        QTest::newRow("no out") << QStringList{QStringLiteral("--model"), QStringLiteral("gan"),
                                               QStringLiteral("--data"),  QStringLiteral("ring8"),
                                               QStringLiteral("--steps"), QStringLiteral("5")};
        QTest::newRow("unknown model") << QStringList{QStringLiteral("--model"), QStringLiteral("gon"),
                                                      QStringLiteral("--data"),  QStringLiteral("ring8"),
                                                      QStringLiteral("--steps"), QStringLiteral("5"),
                                                      QStringLiteral("--out"),   out};
        QTest::newRow("unknown setting") << QStringList{QStringLiteral("--model"), QStringLiteral("gan"),
                                                        QStringLiteral("--data"),  QStringLiteral("ring8"),
                                                        QStringLiteral("--steps"), QStringLiteral("5"),
                                                        QStringLiteral("--set"),   QStringLiteral("wdith=3"),
                                                        QStringLiteral("--out"),   out};
        QTest::newRow("setting out of range")
            << QStringList{QStringLiteral("--model"), QStringLiteral("gan"),
                           QStringLiteral("--data"),  QStringLiteral("ring8"),
                           QStringLiteral("--steps"), QStringLiteral("5"),
                           QStringLiteral("--set"),   QStringLiteral("lr_g=-0.5"),
                           QStringLiteral("--out"),   out};
        QTest::newRow("set without value") << QStringList{QStringLiteral("--model"), QStringLiteral("gan"),
                                                          QStringLiteral("--data"),  QStringLiteral("ring8"),
                                                          QStringLiteral("--steps"), QStringLiteral("5"),
                                                          QStringLiteral("--set"),   QStringLiteral("width"),
                                                          QStringLiteral("--out"),   out};
        QTest::newRow("unknown preset")
            << QStringList{QStringLiteral("--preset"), QStringLiteral("nope"), QStringLiteral("--out"), out};
        QTest::newRow("stray word") << QStringList{QStringLiteral("gan")};
    }

    void train_badInput_throwsInputError()
    {
        QFETCH(QStringList, arguments);
        QVERIFY_THROWS_EXCEPTION(InputError, runVerb(QStringLiteral("train"), arguments));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/genlab-never-written/metrics.csv")));
    }

    void sample_runWithoutCheckpoint_throwsInputError()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(
            InputError,
            runVerb(QStringLiteral("sample"),
                    {QStringLiteral("--run"), dir.path(), QStringLiteral("--n"), QStringLiteral("4"),
                     QStringLiteral("--out"), dir.filePath(QStringLiteral("x.csv"))}));
    }

    void executable_evalPrintsKeyValueLines_andBadInputExitsTwoWithOneLine()
    {
        if (genlabExecutable().isEmpty())
            QSKIP("the genlab executable is not built next to the tests");
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("run"));
        ProcessResult train = runGenlab(QStringList{QStringLiteral("train")} + tinyGanTraining(run));
        QCOMPARE(train.exitCode, 0);
        // Not a terminal: plain output, no carriage returns.
        QVERIFY(!train.out.contains(QLatin1Char('\r')));

        const ProcessResult eval = runGenlab({QStringLiteral("eval"), QStringLiteral("--run"), run});
        QCOMPARE(eval.exitCode, 0);
        const QRegularExpression line(
            QStringLiteral("^modes: \\d+\\nhq: [0-9.e-]+\\nrkl: [0-9.e-]+\\ntop2_share: [0-9.e-]+$"),
            QRegularExpression::MultilineOption);
        QVERIFY2(eval.out.contains(line), qPrintable(eval.out));

        const ProcessResult bad = runGenlab({QStringLiteral("train"), QStringLiteral("--model"),
                                             QStringLiteral("gan"), QStringLiteral("--frobnicate")});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err.count(QLatin1Char('\n')), 1);
        QVERIFY(bad.err.startsWith(QStringLiteral("genlab train: unknown option '--frobnicate'")));

        const ProcessResult models = runGenlab({QStringLiteral("models")});
        QCOMPARE(models.exitCode, 0);
        QVERIFY(models.out.contains(QStringLiteral("vi_lambda")));
        QVERIFY(models.out.contains(QStringLiteral("gp_weight")));
    }

    // A recipe's verdict is said the moment it holds, and a run that ends without it says so.
    void executable_saysWhenTheStoryIsTold_andWhenItIsNot()
    {
        if (genlabExecutable().isEmpty())
            QSKIP("the genlab executable is not built next to the tests");
        QTemporaryDir dir;
        const auto withVerdict = [&](const QString& name, const char* verdict) {
            QFile file(dir.filePath(name + QStringLiteral(".json")));
            file.open(QIODevice::WriteOnly);
            file.write(QByteArray("{\"verdict\": ") + verdict + "}");
            file.close();
            return runGenlab(QStringList{QStringLiteral("train")} + tinyGanTraining(dir.filePath(name)) +
                             QStringList{QStringLiteral("--config"), file.fileName()});
        };
        const ProcessResult told = withVerdict(
            QStringLiteral("told"), R"({"all": [{"metric": "loss_d", "below": 1e9, "for_steps": 3}]})");
        QCOMPARE(told.exitCode, 0);
        QVERIFY2(told.out.contains(QRegularExpression(
                     QStringLiteral("^story told at step 3 after [0-9.]+ s: loss_d < 1e\\+09 for 3 steps$"),
                     QRegularExpression::MultilineOption)),
                 qPrintable(told.out));
        QVERIFY(told.out.contains(QStringLiteral("\nstory_step: 3\n")));
        QFile events(dir.filePath(QStringLiteral("told/events.csv")));
        QVERIFY(events.open(QIODevice::ReadOnly));
        QVERIFY(events.readAll().contains(",story,loss_d < 1e+09 for 3 steps"));

        const ProcessResult never = withVerdict(
            QStringLiteral("never"), R"({"every": 4, "all": [{"figure": "modes", "at_least": 9}]})");
        QCOMPARE(never.exitCode, 0);
        QVERIFY2(never.out.contains(QRegularExpression(
                     QStringLiteral("^story not told in 12 steps \\(modes >= 9\\): modes \\d+$"),
                     QRegularExpression::MultilineOption)),
                 qPrintable(never.out));
        QVERIFY(!never.out.contains(QStringLiteral("story_step")));
    }

    void window_isAVerb_andRefusesBadInputBeforeItNeedsADisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown preset")
            << QStringList{QStringLiteral("window"), QStringLiteral("--preset"), QStringLiteral("nope")}
            << QStringLiteral("genlab window: unknown preset 'nope'");
        QTest::newRow("after not a number")
            << QStringList{QStringLiteral("window"), QStringLiteral("--after"), QStringLiteral("soon")}
            << QStringLiteral("genlab window: --after needs a number of seconds");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("window"), QStringLiteral("--bogus")}
                                        << QStringLiteral("genlab window: unknown option '--bogus'");
        QTest::newRow("not a run folder") << QStringList{QStringLiteral("window"), QStringLiteral("--run"),
                                                         QStringLiteral("/nonexistent/run")}
                                          << QStringLiteral("genlab window: ");
        QTest::newRow("no display") << QStringList{QStringLiteral("window")}
                                    << QStringLiteral("genlab window: no display to open the window on");
    }

    void window_isAVerb_andRefusesBadInputBeforeItNeedsADisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        if (genlabExecutable().isEmpty())
            QSKIP("app/genlab is not built");
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(environment);
        process.start(genlabExecutable(), arguments);
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.startsWith(expected), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
    }

    void window_helpListsItsOptions_andTheOverallHelpListsIt()
    {
        if (genlabExecutable().isEmpty())
            QSKIP("app/genlab is not built");
        const ProcessResult help = runGenlab({QStringLiteral("window"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* option :
             {"--preset P", "--train", "--run DIR", "--tab T", "--screenshot FILE", "--after S"})
            QVERIFY2(help.out.contains(QString::fromLatin1(option)), option);
        const ProcessResult overall = runGenlab({QStringLiteral("--help")});
        QVERIFY(overall.out.contains(QStringLiteral("  window ")));
    }
};

QTEST_GUILESS_MAIN(TestVerbs)
#include "tst_verbs.moc"
