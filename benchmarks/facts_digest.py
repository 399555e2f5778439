"""One line per document: its corpus, its place and a digest of its facts, to show that a
change made for speed leaves every fact as it was.

Run the same command under the engine before and after the change and compare the outputs:
  PYTHONPATH=/path/to/old/checkout python benchmarks/facts_digest.py > before.tsv
  python benchmarks/facts_digest.py > after.tsv
  diff before.tsv after.tsv && echo same facts
The held-out sets are listed by number only: their documents are for scoring, not for reading.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {**{name: ROOT / "corpora" / name for name in (
               "briefings", "external-a", "external-b", "external-c", "external-d", "external-e", "external-f", "external-g", "external-h", "heldout-b", "heldout-c", "heldout-d")},
           "factrueval": ROOT.parent / "shared" / "corpora" / "factrueval-2016",
           "seed": ROOT.parent / "shared" / "seed"}


def main() -> None:
    from extractor.documents.reading import expand_inputs, read_path
    from extractor.engine.pipeline import extract

    for corpus, folder in CORPORA.items():
        if not folder.is_dir():
            continue
        for number, path in enumerate(expand_inputs([str(folder)])):
            place = f"#{number}" if corpus.startswith("heldout") else Path(path).name
            for index, document in enumerate(read_path(path)):
                facts = [fact.to_dict() for fact in extract(document).facts]
                digest = hashlib.sha256(json.dumps(facts, ensure_ascii=False, sort_keys=True).encode())
                sys.stdout.write(f"{corpus}\t{place}\t{index}\t{len(facts)}\t{digest.hexdigest()}\n")


if __name__ == "__main__":
    main()
