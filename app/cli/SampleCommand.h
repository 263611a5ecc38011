#pragma once

#include "RunReadingCommand.h"

namespace genlab::cli {

// `genlab sample`: draws samples from the newest checkpoint of a run (PNG grid or x,y CSV).
class SampleCommand : public RunReadingCommand
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
