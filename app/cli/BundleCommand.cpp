#include "BundleCommand.h"

#include "CommandRegistry.h"
#include "VerbArguments.h"
#include "export/RunBundle.h"

#include <QTextStream>

namespace genlab::cli {

QString BundleCommand::name() const
{
    return QStringLiteral("bundle");
}

QString BundleCommand::summary() const
{
    return QStringLiteral("one folder to share a run: config, checkpoint, weights, metrics, samples, README");
}

QString BundleCommand::synopsis() const
{
    return QStringLiteral("Usage: genlab bundle --run DIR --out NEW_DIR");
}

QString BundleCommand::runHelp() const
{
    return QStringLiteral("a run folder");
}

QVector<VerbOption> BundleCommand::ownOptions() const
{
    return {{QStringLiteral("out"), QStringLiteral("NEW_DIR"),
             QStringLiteral("the bundle folder to create (must not exist); reproduce the run with\n"
                            "genlab train --config NEW_DIR/config.json --out ANOTHER_DIR")}};
}

int BundleCommand::run(const QStringList& arguments)
{
    const VerbArguments args = parse(arguments);
    const QString outPath = args.required(QStringLiteral("out"));
    const QStringList files = exporting::RunBundle::write(runPath(args), outPath);
    QTextStream out(stdout);
    out << "wrote " << outPath << ":\n";
    for (const QString& file : files)
        out << "  " << file << '\n';
    return 0;
}

} // namespace genlab::cli

using genlab::cli::BundleCommand;
GENLAB_REGISTER_COMMAND(BundleCommand)
