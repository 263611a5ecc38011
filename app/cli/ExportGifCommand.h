#pragma once

#include "Command.h"

namespace genlab::cli {

// `genlab export-gif`: a run's sample pictures, in step order, as one animated GIF.
class ExportGifCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& arguments) override;
};

} // namespace genlab::cli
