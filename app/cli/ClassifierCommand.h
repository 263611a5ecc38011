#pragma once

#include "Command.h"

namespace genlab::cli {

// `genlab classifier --data D`: trains (or loads from the cache) the small classifier the
// mode-collapse lab labels generated images with, and prints its test accuracy. Running it
// once before opening the window spares the window the background training.
class ClassifierCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<VerbOption> options() const override;
    int run(const QStringList& arguments) override;
};

} // namespace genlab::cli
