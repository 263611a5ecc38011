#include "ExportWeightsCommand.h"

#include "CommandRegistry.h"
#include "VerbArguments.h"
#include "export/StateDictExport.h"
#include "training/Trainer.h"

#include <QTextStream>

namespace genlab::cli {

QString ExportWeightsCommand::name() const
{
    return QStringLiteral("export-weights");
}

QString ExportWeightsCommand::summary() const
{
    return QStringLiteral("a run's networks as a state dictionary for Python's torch.load");
}

QString ExportWeightsCommand::synopsis() const
{
    return QStringLiteral("Usage: genlab export-weights --run DIR --out FILE.pt");
}

QVector<VerbOption> ExportWeightsCommand::ownOptions() const
{
    return {{QStringLiteral("out"), QStringLiteral("FILE"),
             QStringLiteral("the file to write; in Python:\n"
                            "  w = torch.load(FILE)\n"
                            "  G = eval(w[\"decoder_module\"], {\"nn\": torch.nn}); "
                            "G.load_state_dict(w[\"decoder\"])\n"
                            "  x = G(torch.randn(16, w[\"latent_dim\"]))")}};
}

int ExportWeightsCommand::run(const QStringList& arguments)
{
    const VerbArguments args = parse(arguments);
    const QString outPath = args.required(QStringLiteral("out"));
    const std::unique_ptr<training::Trainer> trainer = openRun(args);
    exporting::StateDictExport::write(outPath, trainer->model());
    QTextStream(stdout) << "wrote the " << trainer->model().kind() << " networks of step "
                        << trainer->currentStep() << " to " << outPath << '\n';
    return 0;
}

} // namespace genlab::cli

using genlab::cli::ExportWeightsCommand;
GENLAB_REGISTER_COMMAND(ExportWeightsCommand)
