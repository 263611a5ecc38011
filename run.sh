#!/usr/bin/env bash
# Installs what is missing, builds, and starts genlab: no arguments opens the window,
# anything else goes to the program (./run.sh train --model gan --data ring8 --out runs/a).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/scripts/setup.sh"
exec "${GENLAB_BUILD_DIR:-$here/build}/app/genlab" "$@"
