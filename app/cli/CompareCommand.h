#pragma once

#include "Command.h"

namespace genlab::cli {

// `genlab compare`: several models trained in turns on the same data, measured the same way
// (the Compare tab without the window); prints each model's figures and writes them as CSV.
class CompareCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QVector<VerbOption> options() const override;
    QString notes() const override;
    int run(const QStringList& arguments) override;
};

} // namespace genlab::cli
