"""Extraction speed on one core: briefings per second, a mixed archive, start-up, memory.

Run: python benchmarks/extraction_speed.py [--seconds 5]
The mixed archive is 1 briefing in 10; the other nine are the factRuEval news texts.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def rate(documents, seconds: float, repeats: int = 3) -> float:
    """Documents per second, the best of `repeats` runs: a shared machine only ever slows us."""
    from extractor.engine.pipeline import extract

    best = 0.0
    for _ in range(repeats):
        done, started = 0, time.perf_counter()
        while time.perf_counter() - started < seconds / repeats:
            for document in documents:
                extract(document)
            done += len(documents)
        best = max(best, done / (time.perf_counter() - started))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()

    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "extractor", "extract",
                    str(SHARED / "seed" / "kz-2025-10-31-labour-migration-briefing.txt")],
                   check=True, capture_output=True)
    startup = time.perf_counter() - started

    from extractor.documents.reading import expand_inputs, read_path
    briefings = [d for p in expand_inputs([str(ROOT / "corpora" / "briefings")]) for d in read_path(p)]
    news = [read_path(p)[0] for p in expand_inputs([str(SHARED / "corpora" / "factrueval-2016")])]
    seed = read_path(str(SHARED / "seed" / "kz-2025-10-31-labour-migration-briefing.txt"))
    rate(briefings, 1.0)  # warm the lemma cache as a long run would
    mixed = []
    for index, briefing in enumerate(briefings):
        mixed.append(briefing)
        mixed.extend(news[(index * 9) % len(news):(index * 9) % len(news) + 9])

    print(f"start-up, one seed document end to end: {startup:.2f} s")
    print(f"seed briefing (2 KB):                  {rate(seed, args.seconds):8.0f} docs/s")
    print(f"annotated briefings ({len(briefings)}):             {rate(briefings, args.seconds):8.0f} docs/s")
    print(f"mixed archive (1 in 10 relevant):      {rate(mixed, args.seconds):8.0f} docs/s")
    print(f"peak memory:                           {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:8.0f} MB")


if __name__ == "__main__":
    main()
