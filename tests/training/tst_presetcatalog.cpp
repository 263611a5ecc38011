#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/DataCatalog.h"
#include "data/DataSet.h"
#include "models/ModelFactory.h"
#include "training/PresetCatalog.h"
#include "training/Trainer.h"
#include "training/VerdictWatch.h"

#include <QtTest>

using namespace genlab;
using training::PresetCatalog;

class TestPresetCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void names_listsEveryStory()
    {
        const QStringList names = PresetCatalog::names();
        for (const char* name :
             {"gan-collapse-ring8", "wgan-gp-ring8", "vigan-ring8", "saturating-gan-ring8", "vae-fashion",
              "dcgan-mnist", "vigan-grid25", "wgan-gp-grid25", "pacgan-ring8"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
    }

    void all_everyPresetIsCompleteAndItsSettingsAreAccepted()
    {
        for (const training::Preset& preset : PresetCatalog::all()) {
            QVERIFY2(!preset.story.isEmpty(), qPrintable(preset.name));
            QCOMPARE(preset.config.preset, preset.name);
            preset.config.validate();
            // The model takes every setting the preset fixes (names and ranges).
            const bool images = preset.config.data.contains(QLatin1String("mnist"));
            const std::vector<int64_t> shape =
                images ? std::vector<int64_t>{1, 28, 28} : std::vector<int64_t>{2};
            const auto model =
                models::ModelFactory::create(preset.config.model, shape, preset.config.settings, 1);
            QVERIFY(model != nullptr);
            for (auto it = preset.config.settings.begin(); it != preset.config.settings.end(); ++it)
                QVERIFY2(model->hyperParameters().contains(it.key()),
                         qPrintable(preset.name + QLatin1Char(' ') + it.key()));
        }
    }

    // PacGAN's story is the pack: the preset spreads over the ring and tells its verdict, and the
    // same recipe with a plain discriminator (pack 1) collapses onto one mode and never does.
    void pacganRing8_toldWithPacking_collapsedWithout()
    {
        const auto runToEnd = [](int pack) {
            training::TrainingConfig config = PresetCatalog::load(QStringLiteral("pacgan-ring8")).config;
            config.settings.insert(QStringLiteral("pack"), pack);
            config.threads = 1;
            config.sampleEvery = 0;
            config.checkpointEvery = 0;
            QTemporaryDir dir;
            config.outDir = dir.filePath(QStringLiteral("run"));
            training::Trainer trainer(config);
            while (!trainer.finished() && !trainer.verdict().told())
                trainer.step();
            return std::make_pair(trainer.verdict().told(), trainer.evaluate().coverage->modes);
        };
        const auto [packedTold, packedModes] = runToEnd(4);
        QVERIFY(packedTold);
        QVERIFY2(packedModes >= 7, qPrintable(QString::number(packedModes)));
        const auto [plainTold, plainModes] = runToEnd(1);
        QVERIFY(!plainTold);
        QVERIFY2(plainModes <= 2, qPrintable(QString::number(plainModes)));
    }

    void load_unknownName_reportsErrorListingKnownOnes()
    {
        try {
            PresetCatalog::load(QStringLiteral("no-such-preset"));
            QFAIL("no InputError");
        } catch (const InputError& error) {
            QVERIFY(error.message().contains(QStringLiteral("vigan-ring8")));
        }
    }

    void fromFile_unknownField_reportsError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"model": "gan", "data": "ring8", "steps": 10, "stpes": 3})");
        file.close();
        QVERIFY_THROWS_EXCEPTION(InputError, PresetCatalog::fromFile(path));
    }
};

QTEST_GUILESS_MAIN(TestPresetCatalog)
#include "tst_presetcatalog.moc"
