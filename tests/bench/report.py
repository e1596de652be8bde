#!/usr/bin/env python3
"""Benchmark records (record.py lines) -> the table on stdout, bench.md, bench.svg and bench.png."""
import argparse
import json
import math
import os
import shutil
import subprocess

import heavy

TITLES = {
    1: "cloud-like export (standard plan, 50 ms latency, 150 ms of handler time a page)",
    2: "raw client speed, CSV export (unlimited plan)",
    3: "batch: crm.deal.get by chunks of 50",
    4: "five exports at once on one standard portal",
    5: "operating budget (crm.deal.list made expensive)",
    6: "explorer table model load",
    8: "REST 3.0 list: tasks.task.list, pages capped at 50 (standard plan, 50 ms latency)",
    heavy.SCENARIO: heavy.TITLE,
}
HOW = {
    (1, "ours"): "b24-cli list (batched keyset)", (1, "js"): "callList",
    (2, "ours"): "b24-cli list --format csv", (2, "js"): "fetchList + CSV writer",
    (2, "ours-labels"): "b24-cli list --format csv --labels: names beside codes",
    (3, "ours"): "b24-cli batch (callBatchByChunk)", (3, "js"): "batchByChunk",
    (4, "ours"): "5 ListJobs, one B24Hook (keyset)", (4, "js"): "5 B24Hook clients, callList",
    (5, "ours"): "ListJob (default strategy), told the budget", (5, "js"): "fetchList, told the budget",
    (5, "js-default"): "fetchList, default 480 s budget",
    (8, "ours"): "b24-cli --api v3 list (keyset on id)", (8, "js"): "actions.v3.callList",
}


def extrapolated(rec):
    """JS scenario 1 measured on fewer rows: add the steady 2 req/s for the missing pages."""
    note = rec.get("note", "")
    if not note.startswith("extrapolate:") or not rec["rows"]:
        return rec
    full = int(note.split(":")[1])
    extra_requests = math.ceil(full / 50) - math.ceil(rec["rows"] / 50)
    out = dict(rec)
    out["wall_s"] = round(rec["wall_s"] + extra_requests / 2.0, 1)
    out["requests"] = rec["requests"] + extra_requests
    out["rows"] = full
    out["rows_per_s"] = round(full / out["wall_s"], 1)
    out["how_note"] = f"extrapolated from {rec['rows']} measured rows at 2 req/s"
    return out


def fmt(v, digits=1):
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:,.{digits}f}"
    return f"{v:,}"


def count429(rec):
    """429s, with those refused inside a batch (its HTTP status is 200) said apart."""
    inner = rec.get("batch429", 0)
    return fmt(rec["s429"]) + (f" ({fmt(inner)} in batches)" if inner else "")


def ratio(a, b):
    return f"{a / b:.3g}" if a is not None and b else "–"


def verdicts(by, smoke):
    out = []
    o, j = by.get((1, "ours")), by.get((1, "js"))
    if o:
        floor = math.ceil(o["rows"] / 2500) if o["rows"] else 1
        ok = o["requests"] <= floor + 2
        line = f"1: {o['requests']} requests for {o['rows']:,} rows (floor {floor}, target ≤ {floor + 2}): " + \
            ("met" if ok else "MISSED")
        if j:
            line += f"; wall {o['wall_s']} s vs JS {j['wall_s']} s ({j['wall_s'] / o['wall_s']:.1f}× faster)"
        out.append(line)
    o, j = by.get((2, "ours")), by.get((2, "js"))
    if o and o.get("peak_kb"):
        mb = o["peak_kb"] / 1024
        out.append(f"2: peak memory {mb:.1f} MB (target < 64 MB): " + ("met" if mb < 64 else "MISSED") +
                   (f"; rows/s {ratio(o['rows_per_s'], j['rows_per_s'])}× the JS SDK's" if j else ""))
    o, n = by.get((2, "ours")), by.get((2, "ours-labels"))
    if o and n:
        out.append(f"2 with --labels: {n['requests'] - o['requests']} extra requests for {n['rows']:,} rows "
                   f"(dictionaries and lookup batches), {fmt(n['rows_per_s'], 0)} rows/s beside "
                   f"{fmt(o['rows_per_s'], 0)} without names")
    j = by.get((4, "js"))
    if j and j.get("errors"):
        out.append(f"4: {len(j['errors'])} of the JS SDK's 5 exports failed ({', '.join(sorted(set(j['errors'])))}), "
                   "which is why it finished sooner with fewer rows")
    for s, key, code in ((4, "s503", "QUERY_LIMIT_EXCEEDED (503)"), (5, "s429", "OPERATION_TIME_LIMIT (429)")):
        o, j = by.get((s, "ours")), by.get((s, "js"))
        if o:
            d = by.get((s, "js-default"))
            out.append(f"{s}: ours received {o[key]} × {code} (target 0): " + ("met" if o[key] == 0 else "MISSED") +
                       (f"; the JS SDK received {j[key]}" if j else "") +
                       (f" (with its default budget: {d[key]})" if d else ""))
    o, j = by.get((8, "ours")), by.get((8, "js"))
    if o and j:
        out.append(f"8: {o['rows']:,} rows in {o['requests']} requests and {o['wall_s']} s, the JS SDK "
                   f"{j['rows']:,} rows in {j['requests']} requests and {j['wall_s']} s "
                   f"(wall ours/theirs {ratio(o['wall_s'], j['wall_s'])})")
    out += heavy.verdicts(by)
    if smoke:
        out.append("smoke mode: tiny sizes, the harness is checked, not the timings")
    return out


def seconds(table, key):
    ms = table.get(key)
    return f"{ms / 1000:,.2f}" if isinstance(ms, (int, float)) else "–"


def table_section(rec):
    """Scenario 6 (the explorer's table): its own row of the numbers that matter for a table."""
    t = rec.get("table") or {}
    if not t:  # an old record: only the benchmark's text
        return [f"Scenario 6 ({TITLES[6]}), the benchmark's own output:", "```", rec["external"].strip(), "```"]
    head = ["#", "rows", "HTTP requests", "load s", "rows/s", "peak MB", "bytes per row",
            "sort s (ID / TITLE / OPPORTUNITY; again)", "filter s (first / next)", "longest UI stall ms",
            "filter matches checked", "exit"]
    sorts = [c for c in ("id", "title", "opportunity") if f"sort_{c}_ms" in t]
    sort_s = " / ".join(seconds(t, f"sort_{c}_ms") for c in sorts) + \
        "; " + " / ".join(seconds(t, f"sort_{c}_again_ms") for c in sorts) if sorts else "–"
    filters = sorted(k[:-len("_ms")] for k in t if k.startswith("filter") and k.endswith("_ms")
                     and k.count("_") == 1)
    filter_s = " / ".join(seconds(t, f"{f}_ms") for f in filters) or "–"
    stall = max((v for k, v in t.items() if k.endswith("_max_stall_ms")), default=None)
    checked = ", ".join(f"{fmt(t.get(f + '_matches'))} of {fmt(t.get(f + '_expected'))}" for f in filters)
    peak = rec["peak_kb"] / 1024 if rec.get("peak_kb") else None
    row = ["6", fmt(rec.get("rows")), fmt(t.get("requests")), fmt(rec.get("wall_s"), 2),
           fmt(rec.get("rows_per_s"), 0), fmt(peak), fmt(t.get("bytes_per_row")), sort_s, filter_s,
           fmt(stall), f"{checked} ({t.get('filter_counts', '–')})", str(rec.get("exit", "–"))]
    return [f"Scenario 6: {TITLES[6]} (b24-bench-resultmodel; the portal is a separate b24-sandbox, "
            "memory is the benchmark process's own)", "",
            "| " + " | ".join(head) + " |", "|" + "---|" * len(head), "| " + " | ".join(row) + " |", "",
            "Bytes per row: the table process's RSS growth over the load; sort: from the click to the new "
            "order shown (sorted on a worker thread; the first sort of a column builds its keys); filter: from "
            "the text to the filterFinished signal (the first builds the text index), matches checked against "
            "the benchmark's own scan of every cell; longest UI stall: the longest the event loop could not "
            "run during any sort or filter.", "",
            "<details><summary>the benchmark's own output</summary>", "", "```", rec["external"].strip(), "```",
            "", "</details>"]


def svg_chart(by, scenarios):
    """Two log-scale bar panels (wall time, HTTP requests); ours blue, JS SDK orange."""
    w, h, pad, panel_w = 900, 360, 60, 400
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="DejaVu Sans" '
             f'font-size="12"><rect width="{w}" height="{h}" fill="white"/>']
    for p, (key, title) in enumerate((("wall_s", "wall time, s (log)"), ("requests", "HTTP requests (log)"))):
        x0 = pad + p * (panel_w + 40)
        values = [by[k][key] for k in by if k[0] in scenarios and by[k].get(key)]
        top = math.ceil(math.log10(max(values))) if values else 1
        bottom = math.floor(math.log10(min(values))) if values else 0
        top = max(top, bottom + 1)
        y = lambda v: h - pad - (math.log10(max(v, 10 ** bottom)) - bottom) / (top - bottom) * (h - 2 * pad)
        parts.append(f'<text x="{x0}" y="30" font-size="14" font-weight="bold">{title}</text>')
        for e in range(bottom, top + 1):
            parts.append(f'<line x1="{x0}" x2="{x0 + panel_w}" y1="{y(10 ** e):.1f}" y2="{y(10 ** e):.1f}" '
                         f'stroke="#ddd"/><text x="{x0 - 6}" y="{y(10 ** e) + 4:.1f}" text-anchor="end">'
                         f'{10 ** e:g}</text>')
        slot = panel_w / max(1, len(scenarios))
        for i, s in enumerate(scenarios):
            pair = heavy.CHART_PAIR if s == heavy.SCENARIO else ("ours", "js")
            for c, (client, colour) in enumerate(((pair[0], "#2f6fbf"), (pair[1], "#e8902a"))):
                rec = by.get((s, client))
                if not rec or not rec.get(key):
                    continue
                bx = x0 + i * slot + slot * 0.15 + c * slot * 0.35
                by_ = y(rec[key])
                parts.append(f'<rect x="{bx:.1f}" y="{by_:.1f}" width="{slot * 0.33:.1f}" '
                             f'height="{h - pad - by_:.1f}" fill="{colour}"/>')
                value = f"{rec[key]:,.0f}" if rec[key] >= 1000 else f"{rec[key]:.3g}"
                parts.append(f'<text x="{bx + slot * 0.16:.1f}" y="{by_ - 3:.1f}" text-anchor="middle" '
                             f'font-size="10">{value}</text>')
            parts.append(f'<text x="{x0 + (i + 0.5) * slot:.1f}" y="{h - pad + 18}" text-anchor="middle">'
                         f'scenario {s}</text>')
    parts.append(f'<rect x="{pad}" y="{h - 22}" width="12" height="12" fill="#2f6fbf"/>'
                 f'<text x="{pad + 18}" y="{h - 12}">B24 Explorer (b24-cli / core)</text>'
                 f'<rect x="{pad + 260}" y="{h - 22}" width="12" height="12" fill="#e8902a"/>'
                 f'<text x="{pad + 278}" y="{h - 12}">official JS SDK 2.2.0</text></svg>')
    return "\n".join(parts)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--records", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--machine", default="")
    p.add_argument("--smoke", action="store_true")
    a = p.parse_args()
    with open(a.records, encoding="utf-8") as f:
        recs = [json.loads(l) for l in f if l.strip()]
    by = {(r["scenario"], r["client"]): extrapolated(r) for r in recs if "external" not in r}
    external = [r for r in recs if "external" in r]
    head = ["#", "client (method)", "HTTP requests", "503", "429", "wall s", "rows", "rows/s", "peak MB",
            "client CPU s", "sandbox s", "exit", "ours/theirs wall", "ours/theirs requests"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    scenarios = sorted({s for s, _ in by})
    for s in [s for s in scenarios if s != heavy.SCENARIO]:
        o, j = by.get((s, "ours")), by.get((s, "js"))
        for client, rec in (("ours", o), ("ours-labels", by.get((s, "ours-labels"))), ("js", j),
                            ("js-default", by.get((s, "js-default")))):
            if not rec:
                continue
            how = HOW.get((s, client), "")
            if rec.get("how_note"):
                how += f" — **{rec['how_note']}**"
            if rec.get("note", "").startswith("time-box"):
                how += f" — stopped after {rec['note'].split(':')[1]} s"
            name = ("ours" if client.startswith("ours") else "JS SDK") + (f" ({how})" if how else "")
            peak = rec["peak_kb"] / 1024 if rec.get("peak_kb") else None
            ratios = [ratio(o["wall_s"], j["wall_s"]), ratio(o["requests"], j["requests"])] \
                if client == "ours" and o and j else ["", ""]
            lines.append("| " + " | ".join([str(s), name, fmt(rec["requests"]), fmt(rec["s503"]), count429(rec),
                                             fmt(rec["wall_s"], 2), fmt(rec["rows"]), fmt(rec["rows_per_s"], 0),
                                             fmt(peak), fmt(rec.get("cpu_s"), 2), fmt(rec.get("server_s"), 2),
                                             str(rec["exit"])] + ratios) + " |")
    md = []
    if len(lines) > 2:
        md += [f"Scenarios: " + "; ".join(f"{s}. {TITLES[s]}" for s in scenarios if s != heavy.SCENARIO), "",
               *lines, ""]
        md += ["Client CPU s: user + system time of the client process; sandbox s: the time the portal took "
               "to answer, summed from its log (handler plus --latency; no client can go below it); 429: "
               "refusals of the HTTP request or of commands inside a batch.", ""]
    md += ["- " + v for v in verdicts(by, a.smoke)]
    for r in external:
        md += [""] + table_section(r)
    if heavy.SCENARIO in scenarios:
        md += [""] + heavy.section(by, fmt, count429)
    if a.machine:
        md += ["", f"Machine: {a.machine}"]
    text = "\n".join(md) + "\n"
    print(text)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "bench.md"), "w", encoding="utf-8") as f:
        f.write(text)
    svg = os.path.join(a.out, "bench.svg")
    with open(svg, "w", encoding="utf-8") as f:
        f.write(svg_chart(by, [s for s in scenarios if s <= 5 or s == heavy.SCENARIO]))
    converter = shutil.which("rsvg-convert")
    if converter:
        subprocess.run([converter, "-o", os.path.join(a.out, "bench.png"), svg], check=True)
    else:
        print("note: rsvg-convert (librsvg2-bin) not found; the chart is only in bench.svg")


if __name__ == "__main__":
    main()
