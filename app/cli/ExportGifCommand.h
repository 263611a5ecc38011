#pragma once

#include "RunReadingCommand.h"

namespace genlab::cli {

// `genlab export-gif`: a run's sample pictures, in step order, as one animated GIF.
class ExportGifCommand : public RunReadingCommand
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
