#pragma once

#include "Command.h"

namespace genlab::cli {

// `genlab bundle`: one folder with everything needed to share and reproduce a run.
class BundleCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& arguments) override;
};

} // namespace genlab::cli
