#!/usr/bin/env bash
# B24 Explorer benchmarks: b24-cli / our client core vs the official JS SDK, each scenario on a
# fresh b24-sandbox. Prints one table and writes results/bench.md, results/bench.png (.svg).
#   tests/bench/run.sh [--smoke] [--build-dir DIR] [--results DIR] [--work DIR] [--only 1,3]
# Without --build-dir it configures and builds the release preset (build/release).
# Sizes can be overridden from the environment (see the defaults below).
set -u
here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
smoke=0 build_dir="" results="$here/results" work="" only="1,2,3,4,5,6,7,8"
while [ $# -gt 0 ]; do
    case "$1" in
    --smoke) smoke=1 ;;
    --build-dir) build_dir="$2"; shift ;;
    --results) results="$2"; shift ;;
    --work) work="$2"; shift ;;
    --only) only="$2"; shift ;;
    *) echo "usage: $0 [--smoke] [--build-dir DIR] [--results DIR] [--work DIR] [--only 1,2,...]" >&2; exit 2 ;;
    esac
    shift
done

if [ "$smoke" = 1 ]; then
    : "${S1_DEALS:=300}" "${S1_JS_DEALS:=300}" "${S1_LATENCY:=5}" "${S1_PAGE_COST:=5}" "${S2_DEALS:=3000}"
    : "${S3_COUNT:=120}" "${S4_ROWS:=100}" "${S5_DEALS:=600}" "${S5_LIMIT:=6}" "${S5_COST:=1}" "${S5_BOX:=4}"
    # Scenario 7 in brief: one budget wait for ours; the JS SDK, not told the small budget, fails.
    : "${S6_ROWS:=2000}" "${S7_DEALS:=2000}" "${S7_PAGE_COST:=150}" "${S7_LIMIT:=4}" "${S7_SCALE:=100}"
    : "${S7_LATENCY:=50}" "${S7_PARALLEL:=}" "${S7_JS_TOLD:=no}" "${S7_TIMEOUT:=60}"
    : "${S8_TASKS:=300}" "${S8_LATENCY:=5}"
else
    : "${S1_DEALS:=20000}" "${S1_JS_DEALS:=20000}" "${S1_LATENCY:=50}" "${S1_PAGE_COST:=150}" "${S2_DEALS:=200000}"
    : "${S3_COUNT:=1000}" "${S4_ROWS:=1000}" "${S5_DEALS:=5000}" "${S5_LIMIT:=60}" "${S5_COST:=2}"
    : "${S5_BOX:=45}" "${S6_ROWS:=1000000}"
    # Scenario 7 must cover at least three budget windows at the ceiling: 480 s / 0.15 s x 50 rows
    # = 160,000 rows per 10 minutes, so 500,000 deals; at 60x a portal window passes in 10 s.
    : "${S7_DEALS:=500000}" "${S7_PAGE_COST:=150}" "${S7_LIMIT:=480}" "${S7_SCALE:=60}" "${S7_LATENCY:=50}"
    : "${S7_PARALLEL:=1 3 4}" "${S7_JS_TOLD:=auto}" "${S7_TIMEOUT:=900}"
    : "${S8_TASKS:=5000}" "${S8_LATENCY:=50}"
fi

if [ -z "$build_dir" ]; then
    build_dir="$source_dir/build/release"
    # The release preset leaves the tests out; the benchmark programs live among them.
    (cd "$source_dir" && cmake --preset release -DB24_BUILD_TESTS=ON >/dev/null &&
        cmake --build --preset release -j2 --target b24-sandbox b24-cli b24-bench-share b24-bench-resultmodel) || exit 1
fi
build_dir="$(cd "$build_dir" && pwd)" || exit 1 # npm and the scenarios run from other folders
sandbox="$build_dir/app/b24-sandbox/b24-sandbox"
cli="$build_dir/bin/b24-cli"
share="$build_dir/bin/b24-bench-share"
for b in "$sandbox" "$cli" "$share"; do
    [ -x "$b" ] || { echo "missing $b (build it first)" >&2; exit 1; }
done
[ -n "$work" ] || work="$build_dir/bench-work"
mkdir -p "$work/runs" "$results"
. "$source_dir/tests/peer/peerlib.sh"

js=1
if peer_install "$work/npm"; then
    cp "$here"/*.mjs "$work/npm/"
else
    js=0
    echo "note: the JS SDK peer is unavailable; only our side is measured" >&2
fi
# Records of the scenarios not run now are kept: `--only 4` refreshes scenario 4 in the table.
records="$work/records.jsonl"
touch "$records"
python3 -c "import json,sys; keep=[l for l in open(sys.argv[1]) if l.strip() and str(json.loads(l)['scenario']) not in sys.argv[2].split(',')]; open(sys.argv[1],'w').writelines(keep)" "$records" "$only"
trap sandbox_stop EXIT

# A time-scaled portal (--time-scale N) needs clients whose clocks and timers run N times faster
# too: they compare operating_reset_at with their own clock and sleep for real. libfaketime does
# that for any client, ours and the JS SDK's alike, without touching their code.
faketime_lib="${S7_FAKETIME_LIB:-}"
for f in /usr/lib/*/faketime/libfaketimeMT.so.1 /usr/lib/faketime/libfaketimeMT.so.1 \
    /usr/local/lib/faketime/libfaketimeMT.so.1; do
    [ -n "$faketime_lib" ] || { [ -f "$f" ] && faketime_lib="$f"; }
done

# faketime_spec SANDBOX_ERR: the FAKETIME that starts a client on the portal's clock. The sandbox
# printed one reading of both clocks; the client's clock starts at the portal's time now and runs
# at the same rate (it starts a few milliseconds late, so it is never ahead of the portal).
faketime_spec() {
    local line i
    for i in $(seq 1 50); do
        line="$(grep -m1 'portal clock x' "$1" 2>/dev/null)" && break
        sleep 0.05
    done
    [ -n "$line" ] || { echo "no portal clock line in $1" >&2; return 1; }
    echo "$line" | awk -v now="$(date +%s%3N)" '{
        gsub(/[x:]/, " "); n = split($0, w, " ");
        for (i = 1; i <= n; i++) { if (w[i] == "clock") scale = w[i + 1]; if (w[i] == "ms" && !portal) portal = w[i - 1]; if (w[i] == "real") real = w[i + 1] }
        printf "%+.3f x%s\n", (portal + scale * (now - real) - now) / 1000.0, scale }'
}

# run_case SCENARIO CLIENT SANDBOX_ARGS -- COMMAND...: a fresh sandbox, the command under
# /usr/bin/time (or plain), then one JSON record (requests, 503s and 429s from the sandbox log).
# The command sees $URL and $CERT; rows come from count_rows on its stdout file. With SCALED=1
# the command runs on the portal's clock (faketime_spec); with TIMEOUT=S it is stopped after S s.
run_case() {
    local scenario="$1" client="$2"
    shift 2
    local sargs=()
    while [ "$1" != "--" ]; do sargs+=("$1"); shift; done
    shift
    local dir="$work/runs/s$scenario-$client"
    rm -rf "$dir"
    mkdir -p "$dir"
    sandbox_start "$sandbox" "$dir" --seed 11 --log "$dir/requests.jsonl" "${sargs[@]}" || return 1
    URL="$SANDBOX_URL" CERT="$SANDBOX_CERT"
    local t0 t1 status spec pre=() timer=()
    [ -x /usr/bin/time ] && timer=(/usr/bin/time -v -o "$dir/time.txt")
    [ -n "${TIMEOUT:-}" ] && timer+=(timeout "$TIMEOUT")
    if [ -n "${SCALED:-}" ]; then
        spec="$(faketime_spec "$dir/sandbox.err")" || { sandbox_stop; return 1; }
        pre=(env LD_PRELOAD="$faketime_lib" FAKETIME="$spec")
    fi
    t0=$(date +%s%N)
    URL="$URL" CERT="$CERT" NODE_EXTRA_CA_CERTS="$CERT" "${timer[@]}" "${pre[@]}" "$@" >"$dir/stdout" 2>"$dir/stderr"
    status=$?
    t1=$(date +%s%N)
    sandbox_stop
    python3 "$here/record.py" --scenario "$scenario" --client "$client" --dir "$dir" \
        --status "$status" --wall-ns $((t1 - t0)) --rows-from "${ROWS_FROM:-stdout}" \
        --note "${NOTE:-}" >>"$records" || return 1
    tail -n 1 "$records" >&2
}

cli_cmd() { echo "$cli" --webhook '$URL' --cacert '$CERT' --no-progress "$@"; }
want() { [[ ",$only," == *",$1,"* ]]; }
jsb="$work/npm/jsbench.mjs"

if want 1; then
    # Every page costs the portal S1_PAGE_COST ms, as on a real portal with data.
    s1=(--plan standard --latency "$S1_LATENCY" --page-cost "$S1_PAGE_COST")
    ROWS_FROM="file:$work/runs/s1.jsonl" run_case 1 ours "${s1[@]}" --data "deals=$S1_DEALS" -- \
        bash -c "$(cli_cmd --plan standard list crm.deal.list --format jsonl --output "$work/runs/s1.jsonl")"
    [ "$js" = 1 ] && NOTE="$([ "$S1_JS_DEALS" != "$S1_DEALS" ] && echo "extrapolate:$S1_DEALS")" \
        run_case 1 js "${s1[@]}" --data "deals=$S1_JS_DEALS" -- bash -c 'node "$0" list "$URL"' "$jsb"
fi
if want 2; then
    ROWS_FROM="csv:$work/runs/s2.csv" run_case 2 ours --plan unlimited --data "deals=$S2_DEALS" -- \
        bash -c "$(cli_cmd --plan unlimited list crm.deal.list --format csv --output "$work/runs/s2.csv")"
    # The same export with names (--labels): 50 managers, 2,000 companies; the extra requests are
    # the dictionaries plus the lookup batches, not one per row.
    ROWS_FROM="csv:$work/runs/s2-labels.csv" run_case 2 ours-labels --plan unlimited \
        --data "deals=$S2_DEALS,users=50,companies=2000" -- \
        bash -c "$(cli_cmd --plan unlimited list crm.deal.list --format csv --labels --output "$work/runs/s2-labels.csv")"
    [ "$js" = 1 ] && ROWS_FROM="csv:$work/runs/s2-js.csv" run_case 2 js --plan unlimited \
        --data "deals=$S2_DEALS" -- bash -c 'node "$0" csv "$URL" --output "$1" --plan unlimited' "$jsb" "$work/runs/s2-js.csv"
fi
if want 3; then
    python3 -c "import json,sys; print(json.dumps([['crm.deal.get', {'id': i}] for i in range(1, int(sys.argv[1]) + 1)]))" \
        "$S3_COUNT" >"$work/runs/s3-commands.json"
    ROWS_FROM=batch run_case 3 ours --plan standard --data "deals=$S3_COUNT" -- \
        bash -c "$(cli_cmd --plan standard batch "$work/runs/s3-commands.json")"
    [ "$js" = 1 ] && run_case 3 js --plan standard --data "deals=$S3_COUNT" -- \
        bash -c 'node "$0" batch "$URL" --count "$1"' "$jsb" "$S3_COUNT"
fi
if want 4; then
    # Five exports of S4_ROWS rows each, one page per request (keyset) so that together they
    # need more than the burst of 50: ours share one limiter in one process.
    run_case 4 ours --plan standard --data "deals=$S4_ROWS" -- bash -c '"$0" --webhook "$URL" --cacert \
        "$CERT" --jobs 5 --strategy keyset --plan standard' "$share"
    [ "$js" = 1 ] && run_case 4 js --plan standard --data "deals=$S4_ROWS" -- \
        bash -c 'node "$0" list "$URL" --jobs 5' "$jsb"
fi
if want 5; then
    # crm.deal.list costs S5_COST s of the S5_LIMIT s budget: the export cannot finish within the
    # 10-minute window, so both sides run for S5_BOX s; we count the 429s each receives.
    sb=(--plan unlimited --data "deals=$S5_DEALS" --operating-limit "$S5_LIMIT" --operating-cost "$S5_COST")
    NOTE="time-box:$S5_BOX" run_case 5 ours "${sb[@]}" -- bash -c '"$0" --webhook "$URL" --cacert "$CERT" \
        --jobs 1 --plan unlimited --operating-limit "$1" --time-box "$2"' "$share" "$S5_LIMIT" "$S5_BOX"
    # The JS SDK twice: told the same budget as ours, and with its defaults (480 s), as most run it.
    [ "$js" = 1 ] && NOTE="time-box:$S5_BOX" run_case 5 js "${sb[@]}" -- bash -c 'node "$0" stream "$URL" \
        --time-box "$1" --plan unlimited --operating-limit "$2"' "$jsb" "$S5_BOX" "$S5_LIMIT"
    [ "$js" = 1 ] && NOTE="time-box:$S5_BOX" run_case 5 js-default "${sb[@]}" -- \
        bash -c 'node "$0" stream "$URL" --time-box "$1" --plan unlimited' "$jsb" "$S5_BOX"
fi
if want 6; then
    # The explorer's table (built only with the GUI: b24-bench-resultmodel, tests/bench/resultmodel):
    # it spawns its own b24-sandbox, as the explorer talks to a portal, and measures only itself.
    b="$build_dir/bin/b24-bench-resultmodel"
    if [ -x "$b" ]; then
        timer=() && [ -x /usr/bin/time ] && timer=(/usr/bin/time -v)
        QT_QPA_PLATFORM=offscreen "${timer[@]}" "$b" --sandbox "$sandbox" --rows "$S6_ROWS" \
            >"$work/runs/s6.txt" 2>&1
        python3 "$here/record.py" --scenario 6 --client ours --status $? --external "$work/runs/s6.txt" >>"$records"
        tail -n 1 "$records" >&2
    else
        echo "note: $b not built (configure with -DB24_BUILD_GUI=ON); scenario 6 skipped" >&2
    fi
fi

if want 7; then
    # A heavy portal: every crm.deal.list page costs S7_PAGE_COST ms of handler time against a budget
    # of S7_LIMIT s per 10 minutes, standard plan, time-scaled S7_SCALE times (clients included).
    if [ -z "$faketime_lib" ]; then
        echo "note: libfaketime (Debian package libfaketime) not found; scenario 7 skipped" >&2
    else
        s7=(--plan standard --data "deals=$S7_DEALS" --page-cost "$S7_PAGE_COST" --operating-limit "$S7_LIMIT"
            --time-scale "$S7_SCALE" --latency "$S7_LATENCY")
        heavy="heavy:scale=$S7_SCALE,limit=$S7_LIMIT,cost=$S7_PAGE_COST"
        # Ours: a ListJob as b24-cli list runs it, told the budget, rows counted and not written
        # (as the JS SDK's); the wait for the budget is not capped (b24-cli caps it at 900 s).
        s7_ours() { # CLIENT [--parallel N]
            SCALED=1 TIMEOUT="$S7_TIMEOUT" NOTE="$heavy" run_case 7 "$1" "${s7[@]}" -- bash -c '"$0" --webhook "$URL" \
                --cacert "$CERT" --jobs 1 --plan standard --operating-limit "$1" --max-wait 1000000 $2' \
                "$share" "$S7_LIMIT" "${2:-}"
        }
        s7_ours ours
        for n in $S7_PARALLEL; do s7_ours "ours-p$n" "--parallel $n"; done
        if [ "$js" = 1 ]; then
            # Told the budget only when it is not the JS SDK's own 480 s (then the runs are the same).
            told=("")
            [ "$S7_JS_TOLD" = auto ] && [ "$S7_LIMIT" != 480 ] && told+=("--operating-limit $S7_LIMIT")
            for t in "${told[@]}"; do
                suffix="$([ -n "$t" ] && echo -told)"
                for mode in list stream; do
                    SCALED=1 TIMEOUT="$S7_TIMEOUT" NOTE="$heavy" run_case 7 "js-$mode$suffix" "${s7[@]}" -- \
                        bash -c 'node "$0" "$1" "$URL" $2' "$jsb" "$mode" "$t"
                done
            done
        fi
    fi
fi

if want 8; then
    # REST 3.0: tasks.task.list pages hold 50 rows whatever limit is asked (docs/protocol.md §11.4),
    # one page per request on both sides; standard plan, cloud-like latency.
    s8=(--plan standard --latency "$S8_LATENCY" --data "tasks=$S8_TASKS")
    ROWS_FROM="file:$work/runs/s8.jsonl" run_case 8 ours "${s8[@]}" -- \
        bash -c "$(cli_cmd --plan standard --api v3 list tasks.task.list "'{\"select\":[\"id\",\"title\"]}'" \
            --format jsonl --output "$work/runs/s8.jsonl")"
    [ "$js" = 1 ] && run_case 8 js "${s8[@]}" -- bash -c 'node "$0" list-v3 "$URL"' "$jsb"
fi

python3 "$here/report.py" --records "$records" --out "$results" \
    --machine "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB RAM" $([ "$smoke" = 1 ] && echo --smoke)
