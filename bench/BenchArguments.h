#pragma once

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

} // namespace genlab::bench
