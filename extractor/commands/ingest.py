"""Load WARC/ARC files, saved pages, JSONL exports, text, PDF and DOCX files into the store.

Each document is read (with the selectors of a configured source when its URL
is on that source's site), deduplicated like scraped pages, and run through
the extractor; its facts are stored beside it. A file that cannot be read is
reported in one line on stderr and the other inputs go on; the exit code is 1
if any input had a problem.
"""
from __future__ import annotations

import argparse
import sys

EXAMPLE = """\
  extractor ingest ~/archive/*.warc.gz saved_pages/ export.jsonl
  extractor ingest crawl.warc --db archive.db
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="WARC/ARC (.warc, .warc.gz, .arc), .html, .jsonl/.json, .txt, .pdf, .docx "
                             "or a folder of them")
    parser.add_argument("--db", metavar="PATH",
                        help="store file (default $EXTRACTOR_DB or ./briefings.db)")
    parser.add_argument("--sources-dir", metavar="DIR",
                        help="folder of source files whose selectors read their sites' pages")


def say(message: str) -> None:
    from extractor.documents.reading import printable
    print(f"extractor: {printable(message)}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from extractor.archives.ingest import ingest_paths
    from extractor.web.sources import all_sources
    from extractor.store import Store
    sources = all_sources(args.sources_dir)
    with Store.open(args.db) as store:
        summary = ingest_paths(store, args.paths, sources, on_error=say,
                               on_warning=None if getattr(args, "quiet", False) else say)
    print(summary.line(), file=sys.stderr)
    return 1 if summary.errors else 0
