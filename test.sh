#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through CTest.
# Extra arguments go to ctest (./test.sh -R data).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/scripts/setup.sh"
cd "${GENLAB_BUILD_DIR:-$here/build}"
export QT_QPA_PLATFORM=offscreen
exec ctest --output-on-failure --timeout 900 "$@"
