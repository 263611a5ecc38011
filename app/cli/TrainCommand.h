#pragma once

#include "Command.h"

namespace genlab::cli {

// `genlab train`: runs a model on a data set headless and writes a run folder; alone, or as
// one process of a data-parallel job (--nproc, or --world-size/--rank/--master).
class TrainCommand : public Command
{
public:
    // The exit status of a process of a data-parallel job that lost the others (or never met
    // them): not its own fault, so a launcher looks for another process's reason first.
    static constexpr int kJobLostStatus = 3;

    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QVector<VerbOption> options() const override;
    int run(const QStringList& arguments) override;

private:
    int train(const VerbArguments& args, int timeout);
};

} // namespace genlab::cli
