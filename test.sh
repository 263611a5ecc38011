#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through CTest.
# Extra arguments go to ctest (./test.sh -R data).
#   ./test.sh --sanitize [asan|tsan] [ctest args]: the sanitizer builds instead (build-asan:
#   AddressSanitizer + UndefinedBehaviorSanitizer on the whole suite; build-tsan:
#   ThreadSanitizer on the tests that start threads). See docs/reliability.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export QT_QPA_PLATFORM=offscreen

if [ "${1:-}" = "--sanitize" ]; then
  shift
  which=(asan tsan)
  case "${1:-}" in asan|tsan) which=("$1"); shift ;; esac
  supp="$here/tests/sanitizers"
  status=0
  for kind in "${which[@]}"; do
    if [ "$kind" = asan ]; then
      sanitizers=address,undefined
      targets="" # everything
      tests=()
    else
      sanitizers=thread
      # The tests that start threads: the cross-thread hand-off, the training worker, the model
      # snapshots, the window.
      targets="tst_common_crossthread tst_session_trainingsession tst_snapshot_modelsnapshot tst_run_runfollower"
      targets+=" $(cd "$here/tests/ui" && ls tst_*.cpp | sed 's/^tst_/tst_ui_/; s/\.cpp$//' | tr '\n' ' ')"
      tests=(-R '^(common\.crossthread.*|session\.trainingsession|snapshot\.modelsnapshot|run\.runfollower|ui\..*)$')
    fi
    GENLAB_BUILD_DIR="$here/build-$kind" GENLAB_BUILD_TARGETS="$targets" \
      GENLAB_CMAKE_ARGS="-DGENLAB_SANITIZE=$sanitizers -DGENLAB_WERROR=OFF -DGENLAB_BUILD_BENCH=OFF" \
      "$here/scripts/setup.sh"
    echo "== $kind"
    (
      cd "$here/build-$kind"
      # UBSan stops at the first finding so that CTest sees a failure.
      export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp"
      export ASAN_OPTIONS="detect_stack_use_after_return=0:strict_string_checks=1:check_initialization_order=1"
      export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
      # libgomp is not instrumented, so TSan cannot see its barriers: one OpenMP thread (the
      # tests' own threads - the training and comparison workers, the pool jobs - are still
      # checked).
      # ignore_noninstrumented_modules: the memory accesses that *interceptors* (malloc/free,
      # memcpy, fd calls) make on behalf of uninstrumented code - Qt allocating and freeing its
      # own events, runnables and image buffers across threads, GLib's wake-up eventfd - are
      # not checked; their synchronisation (pthread calls from Qt) still is. GenLab's own code
      # is instrumented and fully checked: tst_common_crossthread proves that an unannotated
      # hand-off is still reported with this flag (common.crossthread.plainhandoff, see
      # tests/CMakeLists.txt and docs/reliability.md).
      export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1:suppressions=$supp/tsan.supp"
      export OMP_NUM_THREADS=1
      # Qt Test aborts a test function after 5 minutes; the sanitizers make the lifecycle stress
      # test (41 s in Release) take 3 to 6 minutes on a busy two-core machine.
      export QTEST_FUNCTION_TIMEOUT=1800000
      ctest --output-on-failure --timeout 1800 "${tests[@]+"${tests[@]}"}" "$@"
    ) || status=1
  done
  exit $status
fi

"$here/scripts/setup.sh"
cd "${GENLAB_BUILD_DIR:-$here/build}"
exec ctest --output-on-failure --timeout 900 "$@"
