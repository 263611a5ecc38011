#include "RunBundle.h"

#include "common/BuildInfo.h"
#include "common/InputError.h"
#include "run/RunDirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace genlab::exporting {

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: cannot write: %2")
                             .arg(path, out.errorString()));
}

void copyFile(const QString& from, const QString& to)
{
    if (!QFile::copy(from, to))
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: cannot copy it into the bundle").arg(from));
}

QString readme(const QJsonObject& config, const QString& runPath, qint64 step, const QStringList& files)
{
    const QJsonObject settings = config.value(QStringLiteral("settings")).toObject();
    QStringList settingLines;
    for (auto it = settings.begin(); it != settings.end(); ++it)
        settingLines << QStringLiteral("- `%1` = %2").arg(it.key(), it.value().toVariant().toString());
    const QString data = config.value(QStringLiteral("data")).toString();
    const bool builtIn = !data.contains(QLatin1Char('/'));
    return QStringLiteral(
               "# GenLab run bundle\n\n"
               "A %1 model trained on `%2` with seed %3, bundled at step %4 from `%5` on %6 by GenLab %7.\n\n"
               "## Reproduce it\n\n"
               "```\ngenlab train --config config.json --out my-run\n```\n\n"
               "trains it again from scratch with the same settings and seed; on one thread the metrics "
               "match "
               "`metrics.csv` step for step.%8\n\n"
               "## Sample from it\n\n"
               "```\ngenlab sample --run checkpoint.pt --n 64 --out samples.png\n"
               "genlab eval --run checkpoint.pt\n```\n\n"
               "## Use the weights in Python\n\n"
               "```python\nimport torch\nw = torch.load(\"weights.pt\")\n"
               "G = eval(w[\"decoder_module\"], {\"nn\": torch.nn}); G.load_state_dict(w[\"decoder\"]); "
               "G.eval()\nx = G(torch.randn(16, w[\"latent_dim\"]))\n```\n\n"
               "`w[\"output\"]` says how the output becomes a sample: `logits` (apply `torch.sigmoid`), "
               "`tanh` (`(x + 1) / 2`) or `identity`.\n\n"
               "## Settings\n\n%9\n\n## Files\n\n%10\n")
        .arg(config.value(QStringLiteral("model")).toString(), data)
        .arg(config.value(QStringLiteral("seed")).toVariant().toString())
        .arg(step)
        .arg(QDir::toNativeSeparators(QFileInfo(runPath).absoluteFilePath()),
             QDateTime::currentDateTime().toString(Qt::ISODate), BuildInfo::genlabVersion(),
             builtIn ? QString()
                     : QStringLiteral(" The data is the file or folder `%1`; put it at the same path, or "
                                      "edit `data` in config.json.")
                           .arg(data),
             settingLines.join(QLatin1Char('\n')), QStringLiteral("- ") + files.join(QStringLiteral("\n- ")));
}

} // namespace

QStringList RunBundle::write(const QString& runPath, const QString& target, const QVector<NamedImage>& images)
{
    const QJsonObject runConfig = run::RunDirectory::readConfig(runPath);
    const QString checkpoint = run::RunDirectory::latestCheckpoint(runPath);
    if (checkpoint.isEmpty())
        throw InputError(QCoreApplication::translate(
                             "genlab::Errors", "%1: the run has no checkpoint yet (train it a little first)")
                             .arg(runPath));
    if (QFileInfo::exists(target))
        throw InputError(QCoreApplication::translate("genlab::Errors",
                                                     "%1: already exists; choose a new folder for the bundle")
                             .arg(target));
    const QFileInfo targetInfo(target);
    if (!QDir().mkpath(targetInfo.absolutePath()))
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: cannot create the folder")
                             .arg(targetInfo.absolutePath()));
    const QString partial = targetInfo.absoluteFilePath() + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial))
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: cannot create the folder").arg(partial));
    const QDir out(partial);

    try {
        QStringList files;
        // The config as a new run wants it: no output folder (the reproducer names one).
        QJsonObject config = runConfig;
        config.remove(QStringLiteral("out"));
        const qint64 step = run::RunDirectory::stepOfFile(checkpoint);
        if (config.take(QStringLiteral("open_ended")).toBool()) {
            // A window run had no fixed length: the reproduction trains as far as this bundle.
            config[QStringLiteral("steps")] = step;
            config[QStringLiteral("epochs")] = 0;
        }
        writeFile(out.filePath(QStringLiteral("config.json")), QJsonDocument(config).toJson());
        files << QStringLiteral("config.json: every setting and the seed");

        copyFile(checkpoint, out.filePath(QStringLiteral("checkpoint.pt")));
        files << QStringLiteral("checkpoint.pt: GenLab's checkpoint at step %1 (model, optimisers, step)")
                     .arg(step);

        const QDir run(runPath);
        const QString weights = run.filePath(QLatin1String(run::RunDirectory::kWeightsFile));
        if (QFileInfo::exists(weights)) {
            copyFile(weights, out.filePath(QStringLiteral("weights.pt")));
            files << QStringLiteral("weights.pt: the networks for Python's torch.load");
        }
        for (const QString& log : {QStringLiteral("metrics.csv"), QStringLiteral("events.csv")}) {
            if (QFileInfo::exists(run.filePath(log))) {
                copyFile(run.filePath(log), out.filePath(log));
                files << (log == QLatin1String("metrics.csv")
                              ? QStringLiteral("metrics.csv: every logged step")
                              : QStringLiteral("events.csv: setting changes"));
            }
        }
        const QVector<run::RunDirectory::SampleFile> samples = run::RunDirectory::sampleFiles(runPath);
        if (!samples.isEmpty()) {
            const QString sample = samples.last().path;
            const QString name = QStringLiteral("samples-") + QFileInfo(sample).fileName();
            copyFile(sample, out.filePath(name));
            files << name + QStringLiteral(": the newest samples");
        }
        for (const NamedImage& image : images) {
            const QString name = QFileInfo(image.first).fileName();
            if (name.isEmpty() || image.second.isNull())
                continue;
            if (!image.second.save(out.filePath(name), "PNG"))
                throw InputError(QCoreApplication::translate("genlab::Errors", "%1: cannot write the image")
                                     .arg(out.filePath(name)));
            files << name;
        }
        files << QStringLiteral("README.md: this file");
        writeFile(out.filePath(QStringLiteral("README.md")),
                  readme(runConfig, runPath, step, files).toUtf8());
        if (!QDir().rename(partial, targetInfo.absoluteFilePath()))
            throw InputError(QCoreApplication::translate("genlab::Errors",
                                                         "%1: cannot move the finished bundle into place")
                                 .arg(target));
        return files;
    } catch (...) {
        QDir(partial).removeRecursively();
        throw;
    }
}

} // namespace genlab::exporting
