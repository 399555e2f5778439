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
    from extractor.commands.progress import Progress, say
    from extractor.store import Store
    from extractor.web.crawl import extract
    documents = facts = failed = 0
    interrupted = False
    with Store.open(args.db, create=False) as store:
        stored = list(store.iter_documents())
        progress = Progress(len(stored), "documents", quiet=args.quiet)
        try:
            for row_id, document in stored:
                try:
                    extraction = extract(document)
                except Exception as error:  # one bad document must not stop the rest
                    failed += 1
                    print(f"extractor: {document.url}: extraction failed: {error}",
                          file=sys.stderr)
                else:
                    store.replace_facts(row_id, extraction.facts)
                    documents += 1
                    facts += len(extraction.facts)
                    if args.verbose:
                        progress.note(f"{document.url or document.path}: "
                                      f"{len(extraction.facts)} facts")
                progress.step()
        except KeyboardInterrupt:  # each document is swapped whole: stop and say how far
            interrupted = True
        finally:
            progress.close()
    say(args, ("interrupted: " if interrupted else "")
        + f"re-extracted {documents} of {len(stored)} documents: {facts} facts"
        + (f", {failed} failed" if failed else ""))
    return 130 if interrupted else (1 if failed else 0)
