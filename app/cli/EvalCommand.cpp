#include "EvalCommand.h"

#include "CommandRegistry.h"
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

QString EvalCommand::synopsis() const
{
    return QStringLiteral("Usage: genlab eval --run DIR");
}

QString EvalCommand::notes() const
{
    return QStringLiteral(
        "Prints key: value lines: step, then modes, hq, rkl for 2-D mixtures (ring8, grid25;\n"
        "2,500 generated points, high quality within 3 sigma of the nearest mode, rkl the KL of the\n"
        "high-quality points' mode histogram to uniform) and test_loss, test_recon, test_kl for VAEs\n"
        "(per test sample).");
}

int EvalCommand::run(const QStringList& arguments)
{
    const std::unique_ptr<training::Trainer> trainer = openRun(parse(arguments));
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
