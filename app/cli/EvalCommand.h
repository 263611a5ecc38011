#pragma once

#include "Command.h"

namespace genlab::cli {

// `genlab eval`: the evaluation figures of a run's newest checkpoint, as key: value lines.
class EvalCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& arguments) override;
};

} // namespace genlab::cli
