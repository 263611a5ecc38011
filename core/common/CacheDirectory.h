#pragma once

#include <QString>

namespace genlab {

// Where GenLab keeps what it can rebuild (the npm digits, trained classifiers):
// $GENLAB_CACHE_DIR, else $XDG_CACHE_HOME/genlab, else ~/.cache/genlab. scripts/setup.sh uses
// the same rule.
QString cacheDirectory();

} // namespace genlab
