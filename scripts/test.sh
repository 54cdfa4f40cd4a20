#!/usr/bin/env bash
# The README's test command, the fast tier: installs what is missing, builds what the
# tests need (Release, ./build), runs every test, and ends with the count of tests
# passed and failed. About 5 minutes from a clean clone on 2 cores, most of it compiling.
# The thorough tier (sanitizers, fuzzing) is scripts/test-thorough.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
# Only the programs the tests run; the benchmarks are built by bench/ scripts.
cmake --build build -j "$(nproc)" --target crampwatch crampwatch-gen crampwatch_tests

status=0
ctest --test-dir build --output-on-failure -j "$(nproc)" | tee build/ctest.log || status=$?
# The count at the end: CTest's tests, and the Boost.Test cases inside them (the unit
# test alone holds over a thousand; the ones it skips are the classifier evaluation,
# which CTest runs as a test of its own), from the log CTest keeps of every test's output.
echo "test.sh: $(grep -E 'tests (passed|failed)' build/ctest.log | tail -n 1)"
sed -n 's/^ *\([0-9]* test cases out of [0-9]* \(passed\|failed\|skipped\)\)$/test.sh: Boost.Test: \1/p' \
  build/Testing/Temporary/LastTest.log
exit "$status"
