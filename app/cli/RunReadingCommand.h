#pragma once

#include "Command.h"

#include <memory>

namespace genlab::training {
class Trainer;
} // namespace genlab::training

namespace genlab::cli {

// A verb that reads a run given by --run DIR (eval, sample, bundle, ...). The option is declared
// here, first in every such verb's list, so that they all name and check it alike.
class RunReadingCommand : public Command
{
public:
    // --run, then ownOptions().
    QVector<VerbOption> options() const final;

protected:
    // The verb's options besides --run.
    virtual QVector<VerbOption> ownOptions() const { return {}; }
    // What the verb reads of the run, for the --run help. By default what openRun() accepts.
    virtual QString runHelp() const;

    // The --run value; throws InputError when it is missing.
    QString runPath(const VerbArguments& arguments) const;
    // The newest checkpoint of the run folder (or the checkpoint file) --run names, read-only.
    std::unique_ptr<training::Trainer> openRun(const VerbArguments& arguments) const;
};

} // namespace genlab::cli
