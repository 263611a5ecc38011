#pragma once

#include <QString>

namespace genlab {

// Versions of GenLab and of the libraries it was built against, for --version and config.json.
struct BuildInfo {
    static QString genlabVersion();
    static QString torchVersion();
    static QString qtVersion();
    static QString summary(); // "genlab 0.1.0 (LibTorch 1.13.1, Qt 6.4.2)"
};

} // namespace genlab
