#include "common/TorchApi.h"
#include "export/StateDictExport.h"
#include "models/ModelFactory.h"
#include "run/RunDirectory.h"
#include "training/Trainer.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab;

namespace {

// Debian's python3-torch lives under /usr/bin/python3; another python3 earlier in PATH (a
// pyenv, a venv) usually lacks it.
QString pythonWithTorch()
{
    QStringList candidates{QStringLiteral("/usr/bin/python3")};
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!inPath.isEmpty())
        candidates << inPath;
    for (const QString& python : candidates) {
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import torch")});
        if (probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return python;
    }
    return {};
}

// Runs the README's lines in Python on `weights` with codes z[i][j] = sin(i * latent + j) and
// prints the decoder's outputs, one per line.
QVector<double> decodeInPython(const QString& python, const QString& weights, int count)
{
    const QString script = QStringLiteral(
        "import math, sys, torch\n"
        "w = torch.load(sys.argv[1])\n"
        "G = eval(w['decoder_module'], {'nn': torch.nn}); G.load_state_dict(w['decoder']); G.eval()\n"
        "n, d = int(sys.argv[2]), w['latent_dim']\n"
        "z = torch.tensor([[math.sin(i * d + j) for j in range(d)] for i in range(n)], dtype=torch.float32)\n"
        "with torch.no_grad():\n"
        "    for v in G(z).reshape(-1).tolist(): print(repr(v))\n");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script, weights, QString::number(count)});
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning() << process.readAllStandardError();
        return {};
    }
    QVector<double> values;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            values.append(line.toDouble());
    return values;
}

torch::Tensor sineCodes(int count, int64_t latent)
{
    torch::Tensor z = torch::empty({count, latent});
    for (int i = 0; i < count; ++i)
        for (int64_t j = 0; j < latent; ++j)
            z[i][j] = std::sin(double(i * latent + j));
    return z;
}

} // namespace

class StateDictTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void export_loadsInPythonTorch_andDecodesLikeGenLab_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QVariantMap>("settings");
        QTest::addColumn<QVector<qint64>>("shape");
        QTest::newRow("vae mlp") << QStringLiteral("vae") << QVariantMap{{QStringLiteral("latent_dim"), 3}}
                                 << QVector<qint64>{1, 28, 28};
        QTest::newRow("gan conv") << QStringLiteral("gan")
                                  << QVariantMap{{QStringLiteral("network"), QStringLiteral("conv")},
                                                 {QStringLiteral("channels"), 8}}
                                  << QVector<qint64>{1, 28, 28};
        QTest::newRow("wgan-gp points") << QStringLiteral("wgan-gp") << QVariantMap{} << QVector<qint64>{2};
    }

    void export_loadsInPythonTorch_andDecodesLikeGenLab()
    {
        QFETCH(QString, model);
        QFETCH(QVariantMap, settings);
        QFETCH(QVector<qint64>, shape);
        const QString python = pythonWithTorch();
        if (python.isEmpty())
            QSKIP("Python PyTorch (Debian python3-torch) is not installed; ./test.sh installs it");
        auto generative = models::ModelFactory::create(
            model, std::vector<int64_t>(shape.begin(), shape.end()), settings, 7, torch::kCPU);
        QTemporaryDir dir;
        const QString weights = dir.filePath(QStringLiteral("weights.pt"));
        exporting::StateDictExport::write(weights, *generative);

        const int count = 3;
        const torch::Tensor z = sineCodes(count, generative->latentDim());
        // GenLab's sample() maps the decoder's raw output; Python prints the raw output.
        const QVector<double> fromPython = decodeInPython(python, weights, count);
        const std::unique_ptr<models::GenerativeModel> copy = generative->samplingCopy();
        torch::Tensor raw = copy->sample(z);
        if (model == QLatin1String("vae"))
            raw = torch::logit(raw);
        else if (shape.size() == 3)
            raw = raw * 2.0 - 1.0;
        raw = raw.reshape({-1}).to(torch::kFloat64);
        QCOMPARE(fromPython.size(), int(raw.numel()));
        double worst = 0.0;
        for (int i = 0; i < fromPython.size(); ++i)
            worst = std::max(worst, std::abs(fromPython[i] - raw[i].item<double>()));
        QVERIFY2(worst < 1e-3, qPrintable(QStringLiteral("largest difference %1").arg(worst)));
    }

    void checkpoint_writesWeightsBesideIt()
    {
        QTemporaryDir dir;
        training::TrainingConfig config;
        config.model = QStringLiteral("gan");
        config.data = QStringLiteral("ring8");
        config.steps = 3;
        config.settings = {{QStringLiteral("width"), 8}, {QStringLiteral("depth"), 1}};
        config.outDir = dir.path();
        training::Trainer trainer(config);
        trainer.step();
        trainer.writeCheckpoint();
        QVERIFY(QFileInfo(dir.filePath(QLatin1String(run::RunDirectory::kWeightsFile))).size() > 0);
    }
};

QTEST_GUILESS_MAIN(StateDictTest)
#include "tst_statedict.moc"
