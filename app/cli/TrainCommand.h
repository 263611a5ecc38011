#pragma once

#include "Command.h"

namespace genlab::cli {

// `genlab train`: runs a model on a data set headless and writes a run folder.
class TrainCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QVector<VerbOption> options() const override;
    int run(const QStringList& arguments) override;
};

} // namespace genlab::cli
