#!/usr/bin/env bash
# CSV export benchmark: our CsvWriter beside Python's csv module, same rows, same run.
#   tests/bench/export/csvbench.sh [BUILD_DIR] [ROWS] [COLUMNS]
# Defaults: build-dev, 1000000 rows x 20 columns. Build first: cmake --build BUILD_DIR --target b24-bench-csv
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../../build-dev}"
rows="${2:-1000000}"
columns="${3:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "Exporting $rows rows x $columns columns to CSV (writer CPU time only; page building not timed)"
ours=$("$build/bin/b24-bench-csv" "$rows" "$columns" "$work/b24.csv")
discovered=$("$build/bin/b24-bench-csv" "$rows" "$columns" "$work/b24-discovered.csv" --discover)
peer=$(python3 "$here/csvbench.py" "$rows" "$columns" "$work/python.csv")
python3 - "$ours" "$discovered" "$peer" <<'PY'
import json, sys
results = [json.loads(a) for a in sys.argv[1:]]
peer = results[-1]
print(f"{'tool':40} {'MB':>8} {'s':>8} {'MB/s':>8} {'peak MB':>8} {'vs python':>10}")
for r in results:
    print(f"{r['tool']:40} {r['bytes']/1e6:8.1f} {r['seconds']:8.2f} {r['mbPerSecond']:8.1f} "
          f"{r['peakRssMb']:8.1f} {r['mbPerSecond']/peer['mbPerSecond']:9.2f}x")
PY
if cmp -s "$work/b24.csv" "$work/b24-discovered.csv"; then echo "chosen and discovered columns: identical files"; fi
