#!/usr/bin/env bash
# Installs what is missing, builds, and starts genlab: no arguments opens the window,
# anything else goes to the program (./run.sh train --model gan --data ring8 --out runs/a).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Only the program: the tests and benchmarks are test.sh's (they take longer to build than it).
GENLAB_BUILD_TARGETS="${GENLAB_BUILD_TARGETS:-genlab}" "$here/scripts/setup.sh"
exec "${GENLAB_BUILD_DIR:-$here/build}/app/genlab" "$@"
