#!/usr/bin/env python3
"""The peer of b24-bench-csv: Python's csv module writing the same rows (same generator) as
dicts, the way a script exporting JSON rows would. Prints one JSON line like the C++ side.
Like the C++ side, only the writer is timed (CPU seconds), not building the pages of rows."""
import csv, json, resource, sys, time

def cell(row, column):
    if column == 0: return row
    if column % 5 == 1: return f"text {row}, item {column}"
    if column % 7 == 3: return f'say "{row}"'
    if column == 4: return f"Привет {row % 1000}"
    if column % 2 == 0:
        v = (row * column % 100000) / 4.0
        return int(v) if v.is_integer() else v
    return f"value-{row % 9973}-{column}"

def main():
    rows, columns, output = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    names = ["ID"] + [f"FIELD_{c}" for c in range(1, columns)]
    seconds = 0.0
    start = time.process_time()
    with open(output, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=names, lineterminator="\r\n")
        writer.writeheader()
        seconds += time.process_time() - start
        for first in range(0, rows, 2500):
            page = [{names[c]: cell(r, c) for c in range(columns)} for r in range(first, min(first + 2500, rows))]
            start = time.process_time()
            writer.writerows(page)
            seconds += time.process_time() - start
        start = time.process_time()
        size = f.tell()
    seconds += time.process_time() - start
    print(json.dumps({"tool": "python csv.DictWriter", "rows": rows, "bytes": size, "seconds": seconds,
                      "mbPerSecond": size / 1e6 / seconds,
                      "peakRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0}))

main()
