#pragma once

#include "Command.h"

namespace genlab::cli {

// `genlab datasets`: what data GenLab can find on this machine (counts, shape, labels, where),
// without loading it; `genlab datasets NAME|PATH` loads one and describes it.
class DatasetsCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<VerbOption> options() const override;
    QString notes() const override;
    int run(const QStringList& arguments) override;
};

} // namespace genlab::cli
