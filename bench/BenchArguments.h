#pragma once

#include "training/TrainingConfig.h"

#include <QString>

#include <cstdio>
#include <cstdlib>

namespace genlab::bench {

// The number after a benchmark option, or exit status 2 with one line naming the option:
// a typo must not silently become a run of zero seconds.
inline double numberArgument(const char* program, const QString& option, const QString& text, double minimum,
                             double maximum)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= minimum && value <= maximum)) {
        std::fprintf(stderr, "%s: %s '%s' is not a number in %g..%g\n", program, qPrintable(option),
                     qPrintable(text), minimum, maximum);
        std::exit(2);
    }
    return value;
}

// A benchmark trains until it decides to stop and writes nothing: no run length, no run
// folder, no schedule.
inline void runWithoutEnd(training::TrainingConfig& config)
{
    config.steps = 0;
    config.epochs = 0;
    config.openEnded = true;
    config.outDir.clear();
    config.schedule.clear();
}

} // namespace genlab::bench
