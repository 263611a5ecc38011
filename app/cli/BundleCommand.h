#pragma once

#include "RunReadingCommand.h"

namespace genlab::cli {

// `genlab bundle`: one folder with everything needed to share and reproduce a run.
class BundleCommand : public RunReadingCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    int run(const QStringList& arguments) override;

protected:
    QVector<VerbOption> ownOptions() const override;
    QString runHelp() const override;
};

} // namespace genlab::cli
