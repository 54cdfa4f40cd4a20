#!/usr/bin/env bash
# The thorough tier, after scripts/test.sh: every test again in a build with
# AddressSanitizer and UndefinedBehaviorSanitizer (./build-asan), then each libFuzzer
# target for FUZZ_SECONDS (default 15; 0 skips them). About 25 minutes on 2 cores,
# mostly compiling. .ci/run runs it after the fast tier.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCRAMPWATCH_SANITIZE=ON >/dev/null
cmake --build build-asan -j "$(nproc)" --target crampwatch crampwatch-gen crampwatch_tests
# Any report fails the test that caused it; a leak counts as a failure too.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1 \
  ctest --test-dir build-asan --output-on-failure

fuzz_seconds=${FUZZ_SECONDS:-15}
[ "$fuzz_seconds" -eq 0 ] || scripts/fuzz.sh "$fuzz_seconds"
