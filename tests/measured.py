"""Run the command line in a fresh interpreter that reports its own peak memory, so that a
memory bound can be asserted without counting other processes the test run started."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

REPORTING = ("import resource, sys\nfrom extractor.cli import main\ncode = main(sys.argv[1:])\n"
             "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\nsys.exit(code)")


def run_measured(*args: str, stdin=None, timeout: float = 300):
    """(the finished process, its peak resident memory in MB); its stdout ends with the number."""
    result = subprocess.run([sys.executable, "-c", REPORTING, *args], stdin=stdin,
                            capture_output=True, cwd=ROOT, timeout=timeout)
    return result, int(result.stdout.decode().split()[-1])
