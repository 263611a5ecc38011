#include "ClassifierCommand.h"

#include "CommandRegistry.h"
#include "VerbArguments.h"
#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/DataCatalog.h"
#include "data/DataSet.h"
#include "metrics/SampleClassifier.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

namespace genlab::cli {

QString ClassifierCommand::name() const
{
    return QStringLiteral("classifier");
}

QString ClassifierCommand::summary() const
{
    return QStringLiteral("train or load the collapse lab's classifier for a labelled data set");
}

QString ClassifierCommand::synopsis() const
{
    return QStringLiteral("Usage: genlab classifier --data D [--retrain] [--cache DIR]");
}

QString ClassifierCommand::description() const
{
    return QStringLiteral("Trains the small classifier the mode-collapse lab labels generated images with\n"
                          "(or loads it from the cache) and prints its accuracy on the test split.");
}

QVector<VerbOption> ClassifierCommand::options() const
{
    return {
        {QStringLiteral("data"), QStringLiteral("D"),
         QStringLiteral("a labelled image data set (mnist, fashion-mnist, an IDX folder)")},
        {QStringLiteral("retrain"), {}, QStringLiteral("train again even when a cached classifier exists")},
        {QStringLiteral("cache"), QStringLiteral("DIR"),
         QStringLiteral("where classifiers are cached (default %1)")
             .arg(metrics::SampleClassifier::defaultCacheDir())}};
}

int ClassifierCommand::run(const QStringList& arguments)
{
    const VerbArguments args = parse(arguments);
    const QString cacheDir =
        args.value(QStringLiteral("cache"), metrics::SampleClassifier::defaultCacheDir());
    const data::DataSet data = data::DataCatalog::load(args.required(QStringLiteral("data")));
    if (data.kind != data::DataKind::Images || !data.hasLabels())
        throw InputError(QStringLiteral("--data %1: needs labelled images").arg(data.name));
    const QString file = metrics::SampleClassifier::cacheFile(data, cacheDir);
    if (args.has(QStringLiteral("retrain")))
        QFile::remove(file);
    const bool cached = QFile::exists(file);

    QElapsedTimer timer;
    timer.start();
    const auto classifier = metrics::SampleClassifier::loadOrTrain(data, cacheDir);
    QTextStream out(stdout);
    out << "data: " << data.name << '\n'
        << "classifier: " << file << (cached ? " (from the cache)" : " (trained now)") << '\n'
        << "test_accuracy: " << QString::number(classifier->testAccuracy(), 'f', 4) << '\n'
        << "seconds: " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << '\n';
    return 0;
}

} // namespace genlab::cli

using genlab::cli::ClassifierCommand;
GENLAB_REGISTER_COMMAND(ClassifierCommand)
