#pragma once

#include "Command.h"

namespace genlab::cli {

// `genlab export-weights`: a run's networks as a dictionary that Python's torch.load reads.
class ExportWeightsCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& arguments) override;
};

} // namespace genlab::cli
