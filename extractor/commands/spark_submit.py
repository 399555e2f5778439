"""The script spark-submit runs: `extractor spark` with the cluster's master.

  spark-submit --master yarn $(extractor spark --print-entry) --input PATH --out DIR

The package must be installed on every node (or shipped to them, e.g. a packed
virtualenv with --archives); options are those of `extractor spark`.
"""
import os
import sys

if __name__ == "__main__":
    # spark-submit puts this folder first on sys.path; its modules must not shadow others
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != here]
    from extractor.cli import main
    sys.exit(main(["spark", *sys.argv[1:], "--master", ""]))
