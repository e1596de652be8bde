#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a bounded time.
#   tests/fuzz/run.sh [seconds-per-target] [build-dir]     (default 20 s, build/fuzz)
# Corpora grow in <build-dir>/corpus/<target>, seeded from tests/fuzz/seeds, the saved findings
# (tests/fuzz/regressions) and, where they fit, the fixtures. A crash stops the run; its input is
# left as <build-dir>/crash-* — copy it into tests/fuzz/regressions/<target>/ with the fix.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds=${1:-20}
build=${2:-$root/build/fuzz}
mkdir -p "$build" && build="$(cd "$build" && pwd)" # absolute: the targets run from inside it
cxx=${CXX_FUZZ:-$(command -v clang++-14 || command -v clang++)}
jobs=${FUZZ_BUILD_JOBS:-2}

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) >/dev/null
cmake --build "$build" -j"$jobs"

targets=(webhookurl envelope phpquery csv httprequest orderedjson openapi)
declare -A with_fixtures=([envelope]=1 [phpquery]=1 [csv]=1 [orderedjson]=1 [openapi]=1)
summary=()
for t in "${targets[@]}"; do
    corpus="$build/corpus/$t"
    mkdir -p "$corpus"
    cp -n "$here/seeds/$t/"* "$corpus/" 2>/dev/null || true
    if [ -d "$here/regressions/$t" ]; then cp -n "$here/regressions/$t/"* "$corpus/" 2>/dev/null || true; fi
    if [ -n "${with_fixtures[$t]:-}" ]; then cp -n "$root/tests/data/fixtures/"*.json "$corpus/"; fi
    log="$build/$t.log"
    (cd "$build" && ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "./fuzz_$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 "$corpus" >"$log" 2>&1) || {
        echo "fuzz: $t FAILED (see $log)" >&2
        tail -n 40 "$log" >&2
        exit 1
    }
    runs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
    size=$(find "$corpus" -type f | wc -l)
    summary+=("$(printf '%-12s %10s executions in %s s, corpus %s inputs, no crash' "$t" "$runs" "$seconds" "$size")")
done
printf 'fuzz: %s\n' "${summary[@]}"
