#pragma once

#include "RunReadingCommand.h"

namespace genlab::cli {

// `genlab export-weights`: a run's networks as a dictionary that Python's torch.load reads.
class ExportWeightsCommand : public RunReadingCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    int run(const QStringList& arguments) override;

protected:
    QVector<VerbOption> ownOptions() const override;
};

} // namespace genlab::cli
