#!/usr/bin/env python3
"""Stress run of `b24-cli list` against the real `b24-sandbox`, for a bounded time.

Two sandbox portals hold the same seeded deals: one clean, one injecting faults (503, HTML 502,
reset, truncated and slow answers). Pairs of `b24-cli list crm.deal.list` runs go on at once, each
with a strategy, --parallel, format, output (stdout or --output FILE), sometimes --limit or an
upper ID filter, and sometimes a SIGINT at a random moment, until the time is up.

A run fails the stress when it
  - crashes or dies of a signal other than the SIGINT it was sent, or a sanitizer speaks;
  - exits with a code its situation does not allow (a clean run: 0; a faulty one may also fail
    with a limit or network error once the retries are spent; an interrupted one: 130);
  - writes rows that differ from the reference: a successful export must be byte for byte the one
    `--strategy offset` wrote from the clean portal (cut at --limit or at the filter), a failed or
    interrupted stdout export must hold a prefix of it, and a failed or interrupted --output
    export must leave the previous FILE as it was.

Usage: clistress.py B24_CLI B24_SANDBOX [--seconds N] [--default-seconds N] [--seed N] [--keep]
The time comes from --seconds, else $B24_STRESS_SECONDS, else --default-seconds (60); the seed
from --seed, else $B24_STRESS_SEED, else the clock. The seed is printed, so a failure replays its
draws (the timing of two runs at once, of course, does not replay).
"""

import argparse
import csv
import ctypes
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

DEALS = 6000  # more than two batches of 2,500 rows: the batched walk splits into parallel parts
FAULTS = "503=0.05,html502=0.02,reset=0.02,truncate=0.02,slow=0.01"
# The 'slow' fault answers after SLOW_DELAY_MS, beyond the client's timeout. The timeout leaves room
# for a batch of 2,500 rows on a loaded machine under ASan; one that still runs out is a network
# failure like any other (exit 6), and its output is checked as such.
CLIENT_TIMEOUT_S = 8
SLOW_DELAY_MS = 9000
RUN_TIMEOUT_S = 180  # a run that hangs this long is a failure too
PREVIOUS = b"ID,TITLE\r\n1,the export of yesterday\r\n"
SANITIZER_MARKS = ("AddressSanitizer", "UndefinedBehaviorSanitizer", "LeakSanitizer",
                   "ThreadSanitizer", "runtime error:", "Segmentation fault")
SANITIZER_EXIT = 97  # ASan and UBSan exit with this, so that it can't pass for exit code 1

EXIT_OK, EXIT_PORTAL, EXIT_LIMITS, EXIT_NETWORK, EXIT_PARTIAL, EXIT_INTERRUPTED = 0, 1, 5, 6, 7, 130


def die_with_parent():
    """In the child before exec: SIGTERM when this driver dies, however it dies."""
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class Sandbox:
    """One b24-sandbox process; its first stdout line is the webhook URL."""

    def __init__(self, program, workdir, name, seed, faults):
        self.cert = os.path.join(workdir, name + ".pem")
        self.stderr_path = os.path.join(workdir, name + ".stderr")
        args = [program, "--cert-out", self.cert, "--seed", str(seed), "--data", "deals=%d" % DEALS,
                "--plan", "unlimited"]
        if faults:
            args += ["--faults", faults, "--slow-delay", str(SLOW_DELAY_MS)]
        self.stderr = open(self.stderr_path, "wb")
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=self.stderr, preexec_fn=die_with_parent)
        self.url = self.process.stdout.readline().decode().strip()
        if not self.url.startswith("https://"):
            self.process.kill()
            self.process.wait()
            raise SystemExit("clistress: %s did not start: %s" % (name, self.log()))

    def log(self):
        with open(self.stderr_path, "rb") as f:
            return f.read().decode(errors="replace")

    def stop(self):
        """SIGTERM; returns a complaint, or None when it stopped cleanly."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
                return "did not stop on SIGTERM"
        self.stderr.close()
        log = self.log()
        if self.process.returncode != 0 or any(mark in log for mark in SANITIZER_MARKS):
            return "exit %d\n%s" % (self.process.returncode, log[-4000:])
        return None


def ids_of(data, fmt):
    """The ID of every complete row of an export, in order; None when it does not parse."""
    try:
        text = data.decode("utf-8")
        if fmt == "jsonl":
            return [int(json.loads(line)["ID"]) for line in text.splitlines() if line]
        if fmt == "json":
            return [int(row["ID"]) for row in json.loads(text)] if text.strip() else []
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
        if not rows:
            return []
        if rows[0][0] != "ID":
            return None
        return [int(row[0]) for row in rows[1:]]
    except (ValueError, KeyError, TypeError, IndexError):
        return None


def complete_jsonl_prefix(data):
    """The whole lines of a JSON Lines export that a SIGINT may have cut anywhere."""
    return data[:data.rfind(b"\n") + 1]


class Stress:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.lock = threading.Lock()
        self.failures = []
        self.stats = {}
        self.runs = 0
        self.complete = 0  # runs that exported every row they were asked for
        self.slowest = (0.0, None)

    # --- set-up -----------------------------------------------------------------------------

    def command(self, sandbox, extra):
        return [self.args.cli, "--webhook", sandbox.url, "--cacert", sandbox.cert, "--plan", "unlimited",
                "--no-progress", "--timeout", str(CLIENT_TIMEOUT_S)] + extra

    def cli(self, sandbox, extra):
        return subprocess.run(self.command(sandbox, extra), capture_output=True, timeout=RUN_TIMEOUT_S,
                              env=self.env)

    def set_up(self):
        self.env = dict(os.environ)
        for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS"):
            self.env[name] = ":".join(filter(None, [self.env.get(name, ""), "exitcode=%d" % SANITIZER_EXIT]))
        self.env.pop("B24_WEBHOOK", None)
        self.env["HOME"] = self.args.workdir  # no profile or setting of the user's is read or written
        self.env["XDG_CONFIG_HOME"] = os.path.join(self.args.workdir, "config")
        self.clean = self.sandboxes["clean"] = Sandbox(self.args.sandbox, self.args.workdir, "clean", 7, None)
        self.faulty = self.sandboxes["faulty"] = Sandbox(self.args.sandbox, self.args.workdir, "faulty", 7, FAULTS)
        # The reference rows: one page at a time, in ID order, from the clean portal. The JSON and CSV
        # references come cheaper, in batches, and must hold the very same rows.
        self.reference = {}
        for fmt, strategy in (("jsonl", "offset"), ("json", "batch"), ("csv", "batch")):
            run = self.cli(self.clean, ["list", "crm.deal.list", "--strategy", strategy, "--format", fmt])
            if run.returncode != 0:
                raise SystemExit("clistress: the reference export failed: %s" % run.stderr.decode())
            self.reference[fmt] = run.stdout
        self.reference_ids = ids_of(self.reference["jsonl"], "jsonl")
        for fmt in ("json", "csv"):
            if ids_of(self.reference[fmt], fmt) != self.reference_ids:
                raise SystemExit("clistress: the %s reference holds other rows than the jsonl one" % fmt)
        envelope = json.loads(self.cli(self.clean, ["call", "crm.deal.list"]).stdout)
        if envelope.get("total") != len(self.reference_ids) or len(self.reference_ids) != DEALS:
            raise SystemExit("clistress: the portal holds %s deals, the reference %d rows"
                             % (envelope.get("total"), len(self.reference_ids)))

    def expected(self, fmt, limit, upper):
        """The export of the clean portal cut at the limit or the upper ID, and its IDs."""
        ids = [i for i in self.reference_ids if upper is None or i <= upper]
        if limit is not None:
            ids = ids[:limit]
        if len(ids) == len(self.reference_ids):
            return self.reference[fmt], ids
        if fmt == "jsonl":
            lines = self.reference[fmt].splitlines(keepends=True)
            return b"".join(lines[:len(ids)]), ids
        return None, ids  # CSV columns and a JSON array are only compared row by row

    # --- one run ----------------------------------------------------------------------------

    def draw(self):
        rng = self.rng
        with self.lock:
            case = {
                "strategy": rng.choice(["auto", "batch", "keyset", "offset"]),
                "parallel": rng.randint(1, 4),
                "format": rng.choice(["jsonl", "json", "csv"]),
                "file": rng.random() < 0.5,
                "faults": rng.random() < 0.5,
                "limit": None,
                "upper": None,
                "interrupt": None,
            }
            # One page per request: fewer rows keep each run short (a retry waits a second or more).
            # Only offset paging gets an upper ID filter: next to a keyset cursor the sandbox scans
            # every row for each page, which takes a second a page under ASan.
            paged = case["strategy"] in ("keyset", "offset")
            rows = DEALS // 6 if paged else DEALS
            if rng.random() < (0.8 if paged else 0.2) or (paged and case["faults"]):
                if case["strategy"] == "offset" and rng.random() < 0.5:
                    case["upper"] = rng.randint(1, rows)
                else:
                    limits = [1, 49, 50, 51, rng.randint(1, rows), rows] + ([] if paged else [DEALS + 10])
                    case["limit"] = rng.choice(limits)
            if rng.random() < 0.15:  # early for the fast release build, or anywhere in a slower run
                case["interrupt"] = rng.uniform(0.0, rng.choice([0.4, 3.0]))
        return case

    def run_case(self, case, index):
        workdir = os.path.join(self.args.workdir, "run%d" % index)
        os.makedirs(workdir, exist_ok=True)
        sandbox = self.faulty if case["faults"] else self.clean
        args = ["list", "crm.deal.list", "--strategy", case["strategy"], "--parallel", str(case["parallel"]),
                "--format", case["format"]]
        if case["upper"] is not None:
            args.append(json.dumps({"filter": {"<=ID": case["upper"]}}))
        if case["limit"] is not None:
            args += ["--limit", str(case["limit"])]
        target = os.path.join(workdir, "deals." + case["format"])
        if case["file"]:
            with open(target, "wb") as f:
                f.write(PREVIOUS)
            args += ["--output", target]
        started = time.monotonic()
        process = subprocess.Popen(self.command(sandbox, args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   env=self.env)
        timer = None
        if case["interrupt"] is not None:
            timer = threading.Timer(case["interrupt"], lambda: process.poll() is None and process.send_signal(
                signal.SIGINT))
            timer.start()
        try:
            out, err = process.communicate(timeout=RUN_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            self.fail(case, "hung for %d s" % RUN_TIMEOUT_S, err)
            return
        finally:
            if timer:
                timer.cancel()
        code = process.returncode
        seconds = time.monotonic() - started
        with self.lock:
            if seconds > self.slowest[0]:
                self.slowest = (seconds, case)
        data = out
        if case["file"]:
            with open(target, "rb") as f:
                data = f.read()
        self.check(case, code, data, err, seconds)
        shutil.rmtree(workdir, ignore_errors=True)

    def check(self, case, code, data, err, seconds):
        text = err.decode(errors="replace")
        with self.lock:
            self.runs += 1
            self.complete += code == EXIT_OK
            key = "exit %d" % code
            self.stats[key] = self.stats.get(key, 0) + 1
        # A SIGINT before the watcher is set up ends the program the default way.
        interrupted = case["interrupt"] is not None and code in (EXIT_INTERRUPTED, -signal.SIGINT)
        if (code < 0 and not interrupted) or code == SANITIZER_EXIT or any(m in text for m in SANITIZER_MARKS):
            return self.fail(case, "crashed (exit %d)" % code, err)
        allowed = {EXIT_OK}
        if "REQUEST_TIMEOUT" in text:
            allowed |= {EXIT_NETWORK, EXIT_PARTIAL}
        if case["faults"]:
            allowed |= {EXIT_PORTAL, EXIT_LIMITS, EXIT_NETWORK, EXIT_PARTIAL}
        if code not in allowed and not interrupted:
            return self.fail(case, "exit code %d" % code, err)
        fmt = case["format"]
        whole, ids = self.expected(fmt, case["limit"], case["upper"])
        if code == EXIT_OK:
            got = ids_of(data, fmt)
            if got != ids:
                return self.fail(case, "rows differ: %s rows, %d expected" % (None if got is None else len(got),
                                                                               len(ids)), err)
            if whole is not None and data != whole:
                return self.fail(case, "the export differs from the reference byte for byte", err)
            if case["file"] and "rows written to" not in text:
                return self.fail(case, "no 'rows written' note", err)
            return None
        # Failed or interrupted: --output keeps the previous FILE; stdout holds a prefix of the rows.
        if case["file"]:
            if data != PREVIOUS:
                return self.fail(case, "the previous FILE was not left as it was", err)
        elif fmt == "jsonl":
            got = ids_of(complete_jsonl_prefix(data), fmt)
            if got is None or got != ids[:len(got)]:
                return self.fail(case, "stdout is not a prefix of the rows", err)
        if not interrupted and "error: " not in text:
            return self.fail(case, "a failure without 'error:' on stderr", err)
        return None

    def fail(self, case, what, err):
        with self.lock:
            self.failures.append((case, what, err.decode(errors="replace")[-6000:]))
        print("clistress: FAILED %s: %s" % (what, json.dumps(case)), flush=True)

    # --- the loop ---------------------------------------------------------------------------

    def worker(self, deadline, counter):
        while time.monotonic() < deadline and not self.failures:
            with self.lock:
                index = counter[0]
                counter[0] += 1
            case = self.draw()
            try:
                self.run_case(case, index)
            except Exception as e:  # a broken harness must not pass for a clean run
                self.fail(case, "harness error: %r" % e, b"")

    def run(self):
        self.sandboxes = {}
        try:
            return self.run_all()
        finally:  # a harness that gives up early leaves no portal running
            for sandbox in self.sandboxes.values():
                if sandbox.process.poll() is None:
                    sandbox.process.kill()
                    sandbox.process.wait()

    def run_all(self):
        started = time.monotonic()
        self.set_up()
        print("clistress: seed %d, %d s, %d deals, reference made in %.1f s"
              % (self.args.seed, self.args.seconds, DEALS, time.monotonic() - started), flush=True)
        deadline = time.monotonic() + self.args.seconds
        counter = [0]
        # Two exports at once on a small machine: the loaded case where the crash was seen.
        workers = [threading.Thread(target=self.worker, args=(deadline, counter), daemon=True) for _ in range(2)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        overrun = time.monotonic() - deadline
        for name, sandbox in self.sandboxes.items():
            complaint = sandbox.stop()
            if complaint:
                self.failures.append(({"sandbox": name}, "the sandbox did not end cleanly", complaint))
        if not self.failures and (self.runs < 4 or self.complete * 2 < self.runs):
            self.failures.append(({}, "too few complete exports to judge (%d of %d)" % (self.complete, self.runs),
                                  ""))
        print("clistress: %d runs in %.0f s, the last ones %.0f s past the time (%s)"
              % (self.runs, time.monotonic() - started, overrun,
                 ", ".join("%s: %d" % kv for kv in sorted(self.stats.items()))))
        print("clistress: the slowest run took %.0f s: %s" % (self.slowest[0], json.dumps(self.slowest[1])))
        for case, what, err in self.failures:
            print("\n--- FAILED: %s\n    case: %s\n    replay: --seed %d\n%s"
                  % (what, json.dumps(case), self.args.seed, err))
        return 1 if self.failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cli")
    parser.add_argument("sandbox")
    parser.add_argument("--seconds", type=int, help="how long to go on (default: $B24_STRESS_SECONDS, else "
                                                    "--default-seconds)")
    parser.add_argument("--default-seconds", type=int, default=60)
    parser.add_argument("--seed", type=int, default=int(os.environ.get("B24_STRESS_SEED", "0")) or None)
    parser.add_argument("--workdir")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    if args.seconds is None:
        args.seconds = int(os.environ.get("B24_STRESS_SECONDS") or args.default_seconds)
    if args.seed is None:
        args.seed = int(time.time()) % 1000000
    # A SIGTERM (ctest's timeout, a user) still stops the two portals on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    own = args.workdir is None
    if own:
        args.workdir = tempfile.mkdtemp(prefix="b24-stress-")
    try:
        return Stress(args).run()
    finally:
        if own and not args.keep:
            shutil.rmtree(args.workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
