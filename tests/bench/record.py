#!/usr/bin/env python3
"""One benchmark run -> one JSON line on stdout (used by tests/bench/run.sh).

Requests, 503s and 429s come from the sandbox's --log (one JSON line per HTTP request); wall time
from the caller; peak memory from /usr/bin/time -v; rows from the client's output.
"""
import argparse
import json
import os
import re


def sandbox_counts(path):
    """Requests and refusals; a 429 counts whether it is the HTTP status or a batch command's."""
    requests = s503 = s429 = s504 = batch429 = 0
    if os.path.exists(path):
        with open(path, encoding="utf-8") as log:
            for line in log:
                if not line.strip():
                    continue
                entry = json.loads(line)
                status = entry.get("status")
                batch429 += entry.get("batch_429", 0)
                requests += 1
                s503 += status == 503
                s429 += status == 429
                s504 += status == 504
    return requests, s503, s429 + batch429, s504, batch429


def server_seconds(path):
    """Handler time the sandbox logged: what no client can make faster."""
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as log:
        return round(sum(json.loads(l).get("ms", 0) for l in log if l.strip()) / 1000.0, 2)


def cpu_seconds(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    times = re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", text)
    return round(sum(float(t) for t in times), 2) if times else None


def peak_kb(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", errors="replace") as f:
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read())
    return int(match.group(1)) if match else None


def last_json(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = [l for l in f.read().splitlines() if l.strip().startswith("{")]
    return json.loads(lines[-1]) if lines else {}


def count_lines(path):
    if not os.path.exists(path):
        return 0
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def rows_of(spec, run_dir):
    """stdout: the 'rows' of the client's JSON summary; batch: ok items of b24-cli batch;
    file:PATH lines of a JSON Lines file; csv:PATH lines minus the header."""
    if spec == "stdout":
        return last_json(os.path.join(run_dir, "stdout")).get("rows", 0), last_json(
            os.path.join(run_dir, "stdout")).get("errors", [])
    if spec == "batch":
        out = last_json(os.path.join(run_dir, "stdout"))
        items = out.get("items", [])
        return sum(1 for i in items if i.get("ok")), [i["error"]["code"] for i in items if "error" in i]
    kind, path = spec.split(":", 1)
    n = count_lines(path)
    return (max(0, n - 1) if kind == "csv" else n), []


def key_values(text):
    """A benchmark's "key: value" lines (scenario 6) as a dict; numbers as numbers."""
    values = {}
    for line in text.splitlines():
        match = re.match(r"^([a-z][a-z0-9_]*): (.*)$", line)
        if not match:
            continue
        value = match.group(2).strip()
        try:
            values[match.group(1)] = float(value) if "." in value else int(value)
        except ValueError:
            values[match.group(1)] = value
    return values


def external_record(path, status):
    """Scenario 6: the table benchmark's own lines (its own process only: the portal is a separate
    b24-sandbox), plus CPU time from /usr/bin/time -v when the output has it."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    table = key_values(text)
    rows = table.get("rows", 0)
    load_s = table.get("load_ms", 0) / 1000.0
    peak_mb = table.get("peak_rss_mb")
    lines = [l for l in text.splitlines() if l and not l.startswith("\t") and "Command being timed" not in l]
    return {
        "external": "\n".join(lines[-60:]), "table": table, "rows": rows, "wall_s": round(load_s, 3),
        "rows_per_s": round(rows / load_s, 1) if load_s > 0 else 0,
        "peak_kb": int(peak_mb * 1024) if isinstance(peak_mb, (int, float)) else peak_kb(path),
        "cpu_s": cpu_seconds(path), "exit": status,
    }


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--scenario", required=True)
    p.add_argument("--client", required=True)
    p.add_argument("--dir")
    p.add_argument("--status", type=int, default=0)
    p.add_argument("--wall-ns", type=int, default=0)
    p.add_argument("--rows-from", default="stdout")
    p.add_argument("--note", default="")
    p.add_argument("--external", help="a benchmark's own output: \"key: value\" lines (scenario 6)")
    a = p.parse_args()
    record = {"scenario": int(a.scenario), "client": a.client, "note": a.note}
    if a.external:
        record.update(external_record(a.external, a.status))
        print(json.dumps(record))
        return
    requests, s503, s429, s504, batch429 = sandbox_counts(os.path.join(a.dir, "requests.jsonl"))
    rows, errors = rows_of(a.rows_from, a.dir)
    wall = a.wall_ns / 1e9
    record.update({
        "requests": requests, "s503": s503, "s429": s429, "batch429": batch429, "s504": s504, "wall_s": round(wall, 3), "rows": rows,
        "rows_per_s": round(rows / wall, 1) if wall > 0 else 0, "peak_kb": peak_kb(os.path.join(a.dir, "time.txt")),
        "exit": a.status, "errors": errors[:10],
        "cpu_s": cpu_seconds(os.path.join(a.dir, "time.txt")),
        "server_s": server_seconds(os.path.join(a.dir, "requests.jsonl")),
    })
    print(json.dumps(record))


if __name__ == "__main__":
    main()
