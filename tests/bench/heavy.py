"""Scenario 7 (heavy portal) for report.py: rows per portal second against the budget's ceiling."""

SCENARIO = 7
TITLE = "heavy portal: handler time per page against the operating budget (time-scaled)"
CLIENTS = [  # record client -> how it ran
    ("ours", "ListJob, default strategy (--parallel 2)"),
    ("ours-p1", "ListJob, --parallel 1"),
    ("ours-p3", "ListJob, --parallel 3"),
    ("ours-p4", "ListJob, --parallel 4"),
    ("js-list", "callList, default settings"),
    ("js-stream", "fetchList, default settings"),
    ("js-list-told", "callList, told the budget"),
    ("js-stream-told", "fetchList, told the budget"),
]
CHART_PAIR = ("ours", "js-stream")  # fetchList: the JS SDK's best at this job


def settings(rec):
    """The note run.sh writes: "heavy:scale=60,limit=480,cost=150"."""
    note = rec.get("note", "")
    if not note.startswith("heavy:"):
        return None
    values = dict(kv.split("=") for kv in note[len("heavy:"):].split(","))
    return {k: float(v) for k, v in values.items()}


def ceiling_rows_per_s(conf):
    """Budget / cost per full page x 50 rows, per 10 minutes, as rows per portal second."""
    return conf["limit"] / (conf["cost"] / 1000.0) * 50 / 600.0


def portal_seconds(rec, conf):
    return rec["wall_s"] * conf["scale"]


def section(by, fmt, count429):
    recs = [(client, how, by[(SCENARIO, client)]) for client, how in CLIENTS if (SCENARIO, client) in by]
    if not recs:
        return []
    conf = settings(recs[0][2])
    ceiling = ceiling_rows_per_s(conf)
    head = ["client (method)", "rows", "portal min", "rows/s (portal)", "of ceiling", "HTTP requests", "503",
            "429", "504", "wall s (real)", "peak MB", "client CPU s", "exit"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for client, how, rec in recs:
        portal_s = portal_seconds(rec, conf)
        rate = rec["rows"] / portal_s if portal_s else 0
        name = ("ours" if client.startswith("ours") else "JS SDK") + f" ({how})"
        if rec["exit"] == 124:
            name += " — **stopped by the time-out**"
        if (rec.get("cpu_s") or 0) > 0.5 * rec["wall_s"]:
            # Its own CPU time bounds it: under time scaling that counts `scale` times in portal time.
            name += " — **bound by its own CPU, which the time scale multiplies**"
        peak = rec["peak_kb"] / 1024 if rec.get("peak_kb") else None
        lines.append("| " + " | ".join([
            name, fmt(rec["rows"]), fmt(portal_s / 60), fmt(rate, 1), f"{rate / ceiling:.0%}",
            fmt(rec["requests"]), fmt(rec["s503"]), count429(rec), fmt(rec.get("s504", 0)),
            fmt(rec["wall_s"], 1), fmt(peak), fmt(rec.get("cpu_s"), 2), str(rec["exit"])]) + " |")
    return [f"Scenario 7: {TITLE}. Every crm.deal.list page costs {conf['cost']:g} ms of handler time, the budget "
            f"is {conf['limit']:g} s per 10 minutes per webhook and method, standard plan; the portal and the "
            f"clients run {conf['scale']:g}× faster (libfaketime for the clients). Ceiling: {conf['limit']:g} s ÷ "
            f"{conf['cost'] / 1000:g} s per page × 50 rows = {ceiling * 600:,.0f} rows per 10 portal minutes "
            f"({ceiling:,.1f} rows/s).", "", *lines, "",
            "Portal min: real wall time × the time scale; rows/s and the share of the ceiling are per portal "
            "second. A client's own CPU time also counts that many times over."]


def verdicts(by):
    out = []
    o = by.get((SCENARIO, "ours"))
    if not o:
        return out
    conf = settings(o)
    ceiling = ceiling_rows_per_s(conf)

    def share(rec):
        return rec["rows"] / portal_seconds(rec, conf) / ceiling if rec["wall_s"] else 0

    line = f"7: ours (default) {share(o):.0%} of the ceiling with {o['s429']} × 429 and {o['s503']} × 503"
    js = [(by[(SCENARIO, c)], how) for c, how in CLIENTS if c.startswith("js") and (SCENARIO, c) in by]
    finished = [pair for pair in js if pair[0]["exit"] == 0]
    if finished:
        best, how = max(finished, key=lambda pair: share(pair[0]))
        line += f"; the JS SDK's best finished run ({how}) {share(best):.0%} with {best['s429']} × 429"
    elif js:
        line += f"; none of the JS SDK's {len(js)} runs finished"
    out.append(line)
    return out
