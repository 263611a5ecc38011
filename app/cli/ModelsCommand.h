#pragma once

#include "Command.h"

namespace genlab::cli {

// `genlab models`: every model and its hyper-parameters (name, default, range, meaning).
class ModelsCommand : public Command
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
