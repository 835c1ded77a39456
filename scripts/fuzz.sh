#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang, ASan and UBSan into build-fuzz/ and runs
# each for SECONDS_PER_TARGET (default 300), one after the other.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   e.g. scripts/fuzz.sh 600 content markup
# Targets: fuzz_content fuzz_markup fuzz_pageaddress fuzz_settings (the fuzz_ prefix is optional).
# The corpus of each grows in build-fuzz/corpus/<target> (seeded from its seed corpus); crashes,
# leaks, timeouts and slow inputs go to build-fuzz/crashes/<target>/, the logs to build-fuzz/logs/.
# KTL_FUZZ_ARGS adds libFuzzer flags (e.g. KTL_FUZZ_ARGS=-len_control=0 for large inputs at once).
# Exits non-zero if any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."

all_targets=(fuzz_content fuzz_markup fuzz_pageaddress fuzz_settings)
seconds=${1:-300}
[ $# -gt 0 ] && shift
if ! [[ $seconds =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
    echo "usage: $0 [SECONDS_PER_TARGET] [TARGET...]" >&2
    exit 2
fi
targets=()
for t in "$@"; do
    t=fuzz_${t#fuzz_}
    [[ " ${all_targets[*]} " == *" $t "* ]] || { echo "unknown target $t; expected one of: ${all_targets[*]}" >&2; exit 2; }
    targets+=("$t")
done
((${#targets[@]})) || targets=("${all_targets[@]}")

# clang with the libFuzzer runtime, and what configuring the project needs (as scripts/setup.sh).
packages=(clang libclang-rt-14-dev cmake ninja-build pkg-config
          qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-declarative-dev-tools qt6-svg-dev libgl-dev libgraphviz-dev)
scripts/install-missing.sh "${packages[@]}"
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' > "$probe/t.cpp"
if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/t.cpp" -o "$probe/t" 2> "$probe/err"; then
    cat "$probe/err" >&2
    echo "clang++ cannot link -fsanitize=fuzzer: is libclang-rt-14-dev installed?" >&2
    exit 1
fi

out=build-fuzz
if [ ! -f $out/CMakeCache.txt ]; then
    cmake -S . -B $out -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKTL_FUZZ=ON \
          -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang
fi
cmake --build $out --target "${targets[@]}"

# As the tests run (tests/CMakeLists.txt): any Qt warning aborts, and is kept as a crash.
mkdir -p $out/fuzz-home $out/fuzz-runtime
chmod 700 $out/fuzz-runtime
export QT_FATAL_WARNINGS=1 QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
export HOME=$PWD/$out/fuzz-home XDG_CONFIG_HOME=$PWD/$out/fuzz-home/.config XDG_RUNTIME_DIR=$PWD/$out/fuzz-runtime
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
# Known, reported UBSan findings are suppressed (tests/fuzz/ubsan.supp) so fuzzing goes past them.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$PWD/tests/fuzz/ubsan.supp}

summary=()
failed=0
for t in "${targets[@]}"; do
    corpus=$out/corpus/$t
    crashes=$out/crashes/$t
    log=$out/logs/$t.log
    mkdir -p "$corpus" "$crashes" "$out/logs"
    # Seeds: the folders CMake lists for the target (build-fuzz/tests/fuzz/<target>.seeds), each
    # file copied once under a name made from its path. Not regressions/: those crash until
    # fixed, and ctest replays them.
    seed_dirs=()
    while IFS= read -r d; do [ -n "$d" ] && seed_dirs+=("$d"); done < "$out/tests/fuzz/$t.seeds"
    while IFS= read -r -d '' f; do
        name=seed-$(realpath --relative-to="$PWD" "$f" | tr '/' '_')
        [ -e "$corpus/$name" ] || cp "$f" "$corpus/$name"
    done < <(find "${seed_dirs[@]}" -type f -print0)
    dict=()
    [ -f "tests/fuzz/dict/$t.dict" ] && dict=(-dict="tests/fuzz/dict/$t.dict")

    echo "== $t: ${seconds}s, corpus $(find "$corpus" -type f | wc -l) files, log $log"
    # Fork mode (one job) goes on past a crash, timeout or leak, keeping each in $crashes, so a
    # known bug does not end the run; KTL_FUZZ_STOP=1 stops at the first instead.
    mode=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
    [ "${KTL_FUZZ_STOP:-0}" = 1 ] && mode=()
    marker=$out/logs/.start-$t
    touch "$marker"
    rc=0
    "$out/tests/fuzz/$t" "$corpus" "${dict[@]}" "${mode[@]}" -max_total_time="$seconds" \
        -max_len=262144 -timeout=10 -rss_limit_mb=2048 -report_slow_units=1 -print_final_stats=1 \
        -artifact_prefix="$crashes/" ${KTL_FUZZ_ARGS:-} > "$log" 2>&1 || rc=$?

    # libFuzzer's last status line: "#RUNS: cov: N ft: N corp: N exec/s N oom/timeout/crash: a/b/c"
    # in fork mode, "#RUNS DONE cov: N ft: N corp: N/SIZE ... exec/s: N" otherwise.
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
    field() { sed -nE "s|.*[ \t]$1:? +([0-9][0-9a-zA-Z/]*).*|\1|p" <<< "$last"; }
    execs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<< "$last")
    slow=$(grep -hoE 'Slowest unit: [0-9]+ s' "$log" | sort -k3 -n | tail -n 1 || true)
    artifacts=$(find "$crashes" -type f -newer "$marker" -printf '%f ' | head -c 600 || true)
    line="$t: rc=$rc execs=${execs:-?} exec/s=$(field exec/s) cov=$(field cov) ft=$(field ft)"
    line+=" corpus=$(find "$corpus" -type f | wc -l) files/$(du -sh "$corpus" | cut -f1)"
    [ -n "$(field oom/timeout/crash)" ] && line+=" oom/timeout/crash=$(field oom/timeout/crash)"
    [ -n "$slow" ] && line+=" ($slow)"
    [ -n "$artifacts" ] && line+=" artifacts: $artifacts"
    echo "$line"
    if [ "$rc" -ne 0 ] || [ -n "$(find "$crashes" -type f -newer "$marker" ! -name 'slow-unit-*' -print -quit)" ]; then
        failed=1
        grep -E '^==[0-9]+==ERROR|SUMMARY:|runtime error|fuzz invariant|Qt message|deadly signal|ALARM|Test unit written' "$log" \
            | sort | uniq -c | sort -rn | head -n 20 || true
    fi
    summary+=("$line")
done

echo
echo "== summary (${seconds}s per target)"
printf '%s\n' "${summary[@]}"
exit $failed
