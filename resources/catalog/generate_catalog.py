#!/usr/bin/env python3
"""Builds the offline method catalog from a checkout of the official REST documentation.

    resources/catalog/generate_catalog.py DOCS_CHECKOUT [--out resources/catalog/methods.catalog]

DOCS_CHECKOUT is a clone of the Russian-language official docs (MIT licence), which publish a
machine-readable spec per method under _assets/simulator/spec/. The catalog keeps only what the
programs use: name, scope, read/write, title, page, deprecation, parameters (type, required mark,
allowed values, nested structures), the request example (the JSON body of the page's first cURL
example) and the documented answer. Written as compact JSON compressed the way qUncompress() reads
it (a 4-byte big-endian length, then a zlib stream), with the docs commit it came from.
"""
import argparse
import json
import os
import re
import struct
import subprocess
import sys
import zlib

SPEC_DIR = "_assets/simulator/spec"
# A shell substitution spliced into a quoted JSON body ('"$(date ...)"'): a fixed date stands in.
SHELL_SUBST = re.compile(r"'\"\$\(.*?\)\"'")
EXAMPLE_DATE = "2025-01-01T10:00:00+03:00"
# "Возможные значения: - Y — да - N — нет": allowed values listed in a description.
VALUES_HEAD = re.compile(r"(?:Возможные|Допустимые) значения[^:]*:\s*(.*)", re.S)
ITEM_SPLIT = re.compile(r"(?:^|\s)-\s+")
VALUE_ITEM = re.compile(r"([A-Za-z0-9_.:\-]{1,40})(?:\s+[—–]\s+(.*))?$", re.S)


def read_text(root, path):
    with open(os.path.join(root, path), encoding="utf-8") as f:
        return f.read()


def docs_commit(root):
    try:
        out = subprocess.run(["git", "-C", root, "rev-parse", "HEAD"], capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def request_example(root, source_file):
    """The JSON body of the page's first cURL example, or None."""
    if not source_file:
        return None
    try:
        text = read_text(root, source_file)
    except OSError:
        return None
    for match in re.finditer(r"-d\s+'", text):
        rest = SHELL_SUBST.sub(EXAMPLE_DATE, text[match.end():])
        end = re.search(r"'\s*(\\\n|\n|$)", rest)
        if not end:
            continue
        try:
            body = json.loads(rest[:end.start()])
        except ValueError:
            continue
        if isinstance(body, dict):
            body.pop("auth", None)
            return body
    return None


def allowed_values(description):
    head = VALUES_HEAD.search(description or "")
    if not head:
        return None
    values = []
    for chunk in ITEM_SPLIT.split(head.group(1).strip())[1:]:
        item = VALUE_ITEM.match(chunk.strip())
        if not item:
            break
        # A title ends at its sentence: what follows the last value is the description's own text.
        title = re.split(r"(?<=[^\s])\.\s|\s(?=[А-ЯA-Z][а-яa-z]+\s)", item.group(2) or "", maxsplit=1)[0]
        values.append({"v": item.group(1), "t": title.strip().rstrip(";,.")})
    return values if len(values) >= 2 else None


def compact_param(p):
    out = {"n": p["name"], "t": p.get("type") or p.get("base") or "string"}
    if p.get("required") is True:
        out["r"] = 1
    if p.get("description"):
        out["d"] = p["description"]
    values = p.get("values") or allowed_values(p.get("description"))
    if values:
        out["v"] = [{"v": v.get("v", v.get("value")), "t": v.get("t", v.get("title", ""))} for v in values]
    if p.get("ref", "").startswith("#/defs/"):
        out["ref"] = p["ref"][len("#/defs/"):]
    return out


def compact_method(spec, root):
    out = {"m": spec["method"], "s": spec.get("scope") or "", "k": spec.get("kind") or "read",
           "t": spec.get("title") or "", "p": spec.get("page") or ""}
    if spec.get("deprecated"):
        out["x"] = 1
    params = [compact_param(p) for p in spec.get("params") or []]
    if params:
        out["a"] = params
    defs = {}
    for name, d in (spec.get("defs") or {}).items():
        defs[name] = [compact_param(f) for f in d.get("fields") or []]
    if defs:
        out["f"] = defs
    example = spec.get("requestExample") or request_example(root, (spec.get("source") or {}).get("file"))
    if example:
        out["q"] = example
    if spec.get("resultExample") is not None:
        out["e"] = spec["resultExample"]
    return out


def build(root):
    index = json.loads(read_text(root, f"{SPEC_DIR}/index.json"))
    methods = []
    for entry in index["methods"]:
        path = f"{SPEC_DIR}/methods/{entry['method']}.json"
        try:
            spec = json.loads(read_text(root, path))
        except OSError:
            spec = dict(entry)
        spec.setdefault("page", entry.get("page"))
        spec.setdefault("title", entry.get("title"))
        methods.append(compact_method(spec, root))
    methods.sort(key=lambda m: m["m"])
    return {"v": 1, "commit": docs_commit(root), "count": len(methods), "methods": methods}


def write(catalog, out_path):
    data = json.dumps(catalog, ensure_ascii=False, separators=(",", ":"), sort_keys=False).encode("utf-8")
    with open(out_path, "wb") as f:
        f.write(struct.pack(">I", len(data)) + zlib.compress(data, 9))
    return len(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", help="a checkout of the official REST documentation")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "methods.catalog"))
    args = parser.parse_args()
    catalog = build(args.docs)
    raw = write(catalog, args.out)
    print(f"{catalog['count']} methods from docs commit {catalog['commit'][:12]}: "
          f"{raw} bytes of JSON, {os.path.getsize(args.out)} compressed -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
