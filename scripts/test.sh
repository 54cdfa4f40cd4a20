#!/usr/bin/env bash
# The README's test command: installs what is missing, then runs every test twice,
# in the Release build (./build) and in the sanitizer build (./build-asan: AddressSanitizer
# and UndefinedBehaviorSanitizer), then each libFuzzer target briefly (FUZZ_SECONDS each,
# default 15; 0 skips them). Fails if any of the three fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

scripts/build.sh
ctest --test-dir build --output-on-failure

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCRAMPWATCH_SANITIZE=ON >/dev/null
cmake --build build-asan -j "$(nproc)"
# Any report fails the test that caused it; a leak counts as a failure too.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1 \
  ctest --test-dir build-asan --output-on-failure

fuzz_seconds=${FUZZ_SECONDS:-15}
[ "$fuzz_seconds" -eq 0 ] || scripts/fuzz.sh "$fuzz_seconds"
