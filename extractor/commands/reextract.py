"""Re-run extraction over every stored document and replace its facts.

Use after the patterns or the engine change. Each document's facts are swapped
in one transaction, so an interrupted run leaves every document with either
its old or its new facts, never a mix.
"""
from __future__ import annotations

import argparse
import sys

EXAMPLE = """\
  extractor reextract
  extractor reextract --db archive.db
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH",
                        help="store file (default $EXTRACTOR_DB or ./briefings.db)")


def run(args: argparse.Namespace) -> int:
    from extractor.web.crawl import extract
    from extractor.store import Store
    documents = facts = failed = 0
    with Store.open(args.db, create=False) as store:
        for row_id, document in list(store.iter_documents()):
            try:
                extraction = extract(document)
            except Exception as error:  # one bad document must not stop the rest
                failed += 1
                print(f"extractor: {document.url}: extraction failed: {error}", file=sys.stderr)
                continue
            store.replace_facts(row_id, extraction.facts)
            documents += 1
            facts += len(extraction.facts)
    print(f"re-extracted {documents} documents: {facts} facts"
          + (f", {failed} failed" if failed else ""), file=sys.stderr)
    return 1 if failed else 0
