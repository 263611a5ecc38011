#pragma once

#include "RunReadingCommand.h"

namespace genlab::cli {

// `genlab eval`: the evaluation figures of a run's newest checkpoint, as key: value lines.
class EvalCommand : public RunReadingCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString notes() const override;
    int run(const QStringList& arguments) override;
};

} // namespace genlab::cli
