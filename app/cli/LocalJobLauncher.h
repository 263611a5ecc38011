#pragma once

#include <QStringList>

namespace genlab::cli {

// `genlab train --nproc N`: starts N processes of this program on this machine as one
// data-parallel job (ranks 0 to N-1 meeting on a free loopback port, as torchrun's
// --standalone does), lets them print to this terminal and ends with them. All succeed: exit 0.
// Otherwise the process that failed first gives the one line printed and the exit status; the
// others notice within their timeout, and any still running after that are stopped.
class LocalJobLauncher
{
public:
    // trainArguments: the words after `genlab train`, without --nproc.
    static int run(const QStringList& trainArguments, int processes, int timeoutSeconds);
};

} // namespace genlab::cli
