"""Extraction time (CPU seconds) against text length: the cost must grow linearly, not with
its square.

Run: python benchmarks/length_scaling.py [--sizes 250000,500000,1000000,2000000,4000000]
Each text is the annotated briefings repeated to the length; "one line" is the same text
with its line breaks and sentence ends (. ! ? ;) removed: a single sentence as long as the
text, the worst case for sentence splitting.
"""
from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sample_text() -> str:
    from extractor.documents.reading import expand_inputs, read_path
    paths = [p for p in expand_inputs([str(ROOT / "corpora" / "briefings")]) if p.endswith(".txt")]
    return "\n".join(d.text for p in paths for d in read_path(p))


def seconds(text: str) -> float:
    from extractor.engine.pipeline import extract
    from extractor.records import Document
    started = time.process_time()
    extract(Document(text=text, published="2025-01-01"))
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="250000,500000,1000000,2000000,4000000")
    args = parser.parse_args()
    sample = sample_text()
    seconds(sample)  # load the patterns and warm the lemma cache first
    print(f"{'characters':>12} {'prose s':>9} {'µs/char':>8} {'one line s':>11} {'µs/char':>8}")
    for size in (int(s) for s in args.sizes.split(",")):
        prose = (sample * (size // len(sample) + 1))[:size]
        one_line = re.sub(r"[\n.!?;]", " ", prose)
        plain, flat = seconds(prose), seconds(one_line)
        print(f"{size:>12} {plain:>9.2f} {plain / size * 1e6:>8.2f} {flat:>11.2f} "
              f"{flat / size * 1e6:>8.2f}", flush=True)


if __name__ == "__main__":
    main()
