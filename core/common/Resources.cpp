#include "Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initGenlabResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace genlab {

void ensureResourcesLoaded()
{
    static const bool loaded = [] {
        initGenlabResources();
        return true;
    }();
    (void)loaded;
}

} // namespace genlab
