#include "EvalCommand.h"

#include "CommandRegistry.h"
#include "VerbArguments.h"
#include "common/InputError.h"
#include "training/Trainer.h"

#include <QTextStream>

namespace genlab::cli {

QString EvalCommand::name() const
{
    return QStringLiteral("eval");
}

QString EvalCommand::summary() const
{
    return QStringLiteral("evaluate a run's newest checkpoint (mode coverage, VAE test loss)");
}

QString EvalCommand::usage() const
{
    return QStringLiteral(
        "Usage: genlab eval --run DIR\n"
        "\n"
        "  --run DIR   a run folder (its newest checkpoint) or a checkpoint file\n"
        "\n"
        "Prints key: value lines: step, then modes, hq, rkl for 2-D mixtures (ring8, grid25;\n"
        "2,500 generated points, high quality within 3 sigma of the nearest mode, rkl the KL of the\n"
        "high-quality points' mode histogram to uniform) and test_loss, test_recon, test_kl for VAEs\n"
        "(per test sample).\n");
}

int EvalCommand::run(const QStringList& arguments)
{
    const VerbArguments args(arguments, {QStringLiteral("run")});
    const std::unique_ptr<training::Trainer> trainer =
        training::Trainer::open(args.required(QStringLiteral("run")));
    const models::StepMetrics figures = trainer->evaluate().namedValues();
    if (figures.isEmpty())
        throw InputError(QStringLiteral("no evaluation applies to model %1 on %2")
                             .arg(trainer->config().model, trainer->config().data));
    QTextStream out(stdout);
    out << "step: " << trainer->currentStep() << '\n';
    for (const models::NamedValue& figure : figures)
        out << figure.name << ": " << QString::number(figure.value, 'g', 6) << '\n';
    return 0;
}

} // namespace genlab::cli

using genlab::cli::EvalCommand;
GENLAB_REGISTER_COMMAND(EvalCommand)
