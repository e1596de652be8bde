#!/usr/bin/env python3
"""b24-cli must end cleanly however late Qt's network thread finishes its own clean-up.

Runs `b24-cli call server.time` against the b24-sandbox program again and again with the exitdelay
shim preloaded: OpenSSL's thread-exit destructor then runs up to a few milliseconds late on the
network thread, overlapping the main thread's exit(). Before b24-cli kept OpenSSL's state until
the end (app/common/tlsexit.h), a third of these runs died of a double free under ASan.

Usage: tlsexit.py B24_CLI B24_SANDBOX SHIM [RUNS]
"""

import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clistress import SANITIZER_EXIT, SANITIZER_MARKS, Sandbox  # noqa: E402


def main():
    cli, sandbox_program, shim = sys.argv[1:4]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 30
    workdir = tempfile.mkdtemp(prefix="b24-tlsexit-")
    env = dict(os.environ, LD_PRELOAD=shim, EXITDELAY_US="3000", HOME=workdir)
    env.pop("B24_WEBHOOK", None)
    # The shim comes before the sanitizer runtime in the preload order: ASan is told that is fine.
    env["ASAN_OPTIONS"] = ":".join(filter(None, [env.get("ASAN_OPTIONS", ""), "verify_asan_link_order=0",
                                                 "exitcode=%d" % SANITIZER_EXIT]))
    sandbox = Sandbox(sandbox_program, workdir, "portal", 3, None)
    failures = []
    try:
        for i in range(runs):
            run = subprocess.run([cli, "--webhook", sandbox.url, "--cacert", sandbox.cert, "--plan", "unlimited",
                                  "call", "server.time"], capture_output=True, timeout=120, env=env)
            err = run.stderr.decode(errors="replace")
            if run.returncode != 0 or any(mark in err for mark in SANITIZER_MARKS):
                failures.append("run %d: exit %d\n%s" % (i, run.returncode, err[-4000:]))
    finally:
        complaint = sandbox.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    if complaint:
        failures.append("the sandbox did not end cleanly: " + complaint)
    print("tlsexit: %d runs, %d failed" % (runs, len(failures)))
    for failure in failures:
        print("\n--- " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
