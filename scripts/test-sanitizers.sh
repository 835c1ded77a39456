#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer, leak checking on:
# installs what is missing (scripts/setup.sh --packages-only), builds everything with
# -DKTL_SANITIZE=ON into build-asan/ and runs ctest there offscreen. Any ASan or UBSan report, or
# a leak not in tests/sanitizers/lsan.supp, fails its test. The source checks (qmllint, lupdate)
# run none of our code and are left to scripts/test.sh, and so are the end-to-end tests (too slow
# instrumented on X; see tests/e2e/CMakeLists.txt). Quick the second time (incremental).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --packages-only

# Debug (-O0), not -O1: with the sanitizers our heaviest files compile 1.5-3x slower at -O1, while
# the suite's time is spent in Qt's own optimised libraries and in ASan's unwinding, which -O1
# does not change. Debug also keeps Q_ASSERT on.
if [ ! -f build-asan/CMakeCache.txt ]; then
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKTL_SANITIZE=ON
fi
# The build runs one instrumented tool of ours (tools/content-strings): same leak checking.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
cmake --build build-asan --parallel
# Rendering all 512 what-if stories four times is QML's work, not ours, and instrumented it
# passes QtTest's 5-minute limit: every 16th story here (the full run is scripts/test.sh's).
export KTL_WHATIF_STRIDE=16
ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)" --label-exclude "source-check|e2e"
