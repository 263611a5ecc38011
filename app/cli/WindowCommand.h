#pragma once

#include "Command.h"

namespace genlab::cli {

// `genlab window` (and `genlab` alone): the window, optionally set up by a preset, following a
// run or training at once; --screenshot saves a picture of it after a while and quits (this is
// how the README's pictures are made under Xvfb). Everything that can be wrong with the
// command line is reported before Qt needs a display.
class WindowCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QVector<VerbOption> options() const override;
    // It makes its own QApplication: main() must not make a QCoreApplication for it.
    bool needsWindowSystem() const override { return true; }
    int run(const QStringList& arguments) override;
};

} // namespace genlab::cli
