#include "RunReadingCommand.h"

#include "training/Trainer.h"

namespace genlab::cli {

QVector<VerbOption> RunReadingCommand::options() const
{
    return QVector<VerbOption>{{QStringLiteral("run"), QStringLiteral("DIR"), runHelp()}} + ownOptions();
}

QString RunReadingCommand::runHelp() const
{
    return QStringLiteral("a run folder (its newest checkpoint) or a checkpoint file");
}

QString RunReadingCommand::runPath(const VerbArguments& arguments) const
{
    return arguments.required(QStringLiteral("run"));
}

std::unique_ptr<training::Trainer> RunReadingCommand::openRun(const VerbArguments& arguments) const
{
    return training::Trainer::open(runPath(arguments));
}

} // namespace genlab::cli
