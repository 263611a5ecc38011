#include "common/InputError.h"
#include "common/TorchApi.h"
#include "export/RunBundle.h"
#include "training/Trainer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab;

namespace {

training::TrainingConfig tinyGan(const QString& out)
{
    training::TrainingConfig config;
    config.model = QStringLiteral("gan");
    config.data = QStringLiteral("ring8");
    config.seed = 9;
    config.steps = 25;
    config.sampleEvery = 10;
    config.settings = {
        {QStringLiteral("width"), 16}, {QStringLiteral("depth"), 1}, {QStringLiteral("batch_size"), 32}};
    config.outDir = out;
    return config;
}

void train(const training::TrainingConfig& config)
{
    training::Trainer trainer(config);
    while (!trainer.finished())
        trainer.step();
}

// metrics.csv without its time column (the only one that differs between two runs).
QStringList metricsWithoutTime(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QStringList rows;
    for (const QByteArray& line : in.readAll().split('\n')) {
        QList<QByteArray> cells = line.split(',');
        if (cells.size() > 1)
            cells.removeAt(1);
        rows << QString::fromUtf8(cells.join(','));
    }
    return rows;
}

} // namespace

class RunBundleTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void bundle_retrainedFromItsConfig_reproducesTheMetrics()
    {
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("run"));
        train(tinyGan(run));
        const QString bundle = dir.filePath(QStringLiteral("bundle"));
        const QStringList files = exporting::RunBundle::write(
            run, bundle, {{QStringLiteral("extra.png"), QImage(4, 4, QImage::Format_RGB32)}});
        for (const QString& name :
             {QStringLiteral("config.json"), QStringLiteral("checkpoint.pt"), QStringLiteral("weights.pt"),
              QStringLiteral("metrics.csv"), QStringLiteral("README.md"), QStringLiteral("extra.png")})
            QVERIFY2(QFileInfo::exists(QDir(bundle).filePath(name)), qPrintable(name));
        QVERIFY(!QFileInfo::exists(bundle + QStringLiteral(".partial")));
        QCOMPARE(files.size(), 7); // the five above, the newest samples and README.md

        // Reproduce: the bundle's config as a new run.
        QFile configFile(QDir(bundle).filePath(QStringLiteral("config.json")));
        QVERIFY(configFile.open(QIODevice::ReadOnly));
        training::TrainingConfig again;
        again.merge(QJsonDocument::fromJson(configFile.readAll()).object(), configFile.fileName());
        const QString rerun = dir.filePath(QStringLiteral("again"));
        again.outDir = rerun;
        train(again);
        const QStringList original = metricsWithoutTime(QDir(bundle).filePath(QStringLiteral("metrics.csv")));
        QCOMPARE(original.size(), 27); // header, 25 rows, final newline
        QCOMPARE(metricsWithoutTime(QDir(rerun).filePath(QStringLiteral("metrics.csv"))), original);
    }

    void bundle_existingTargetOrNoCheckpoint_reportsInputError()
    {
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("run"));
        {
            training::Trainer trainer(tinyGan(run));
            trainer.step(); // no checkpoint yet
        }
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 exporting::RunBundle::write(run, dir.filePath(QStringLiteral("b"))));
        train(tinyGan(run));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("taken"))));
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 exporting::RunBundle::write(run, dir.filePath(QStringLiteral("taken"))));
        QVERIFY_THROWS_EXCEPTION(InputError, exporting::RunBundle::write(dir.filePath(QStringLiteral("none")),
                                                                         dir.filePath(QStringLiteral("b2"))));
    }
};

QTEST_GUILESS_MAIN(RunBundleTest)
#include "tst_runbundle.moc"
