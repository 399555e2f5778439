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
    from extractor.archives.ingest import IngestSummary, ingest_paths
    from extractor.commands.progress import Progress
    from extractor.commands.progress import say as summary_line
    from extractor.store import Store
    from extractor.web.sources import all_sources
    sources = all_sources(args.sources_dir)
    summary, interrupted = IngestSummary(), False
    progress = Progress(None, "documents", quiet=args.quiet)
    try:
        with Store.open(args.db) as store:
            ingest_paths(store, args.paths, sources, on_error=say,
                         on_warning=None if args.quiet else say, summary=summary,
                         on_document=progress.step)
    except KeyboardInterrupt:  # each document is stored whole: stop and say how far
        interrupted = True
    finally:
        progress.close()
    summary_line(args, ("interrupted: " if interrupted else "") + summary.line())
    return 130 if interrupted else (1 if summary.errors else 0)
