#pragma once

namespace genlab {

// Registers the resources compiled into the static core library (presets, icons). A static
// library's resources are only reachable after this; calling it twice is harmless.
void ensureResourcesLoaded();

} // namespace genlab
