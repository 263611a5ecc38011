#pragma once

#include "Command.h"

namespace genlab::cli {

// `genlab sample`: draws samples from the newest checkpoint of a run (PNG grid or x,y CSV).
class SampleCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& arguments) override;
};

} // namespace genlab::cli
