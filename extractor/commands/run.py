"""The main job: build the store, then write series.json, series.csv (one row per point),
readings.csv, sources.csv and report.html.

With no SOURCE it works offline: it loads the bundled sample archive (corpora/archive:
several years of Kazakhstan's foreign-labour quota and monthly counts of foreign
workers by country, from several outlets) into the store. With a SOURCE name (see
`extractor sources`) it scrapes that source live first. Running it again is safe:
documents already stored are recognised and kept, nothing is duplicated.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extractor.errors import UserError
from extractor.commands.arguments import iso_date
from extractor.commands.progress import say
from extractor.patterns import shipped

EXAMPLE = """\
  extractor run                      # offline, on the bundled sample archive
  extractor run --db my.db --out results/
  extractor run zakon.kz --max 50    # scrape a configured source live first
  extractor run --archive saved_pages/ --archive export.jsonl
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="*", metavar="SOURCE",
                        help="scrape these configured sources live instead of the bundled archive")
    parser.add_argument("--db", metavar="PATH",
                        help="store file (default $EXTRACTOR_DB or ./briefings.db)")
    parser.add_argument("--out", metavar="DIR", default="out",
                        help="folder for series.json, series.csv, readings.csv, sources.csv, "
                             "report.html (default ./out)")
    parser.add_argument("--archive", metavar="PATH", action="append",
                        help="load this archive (folder, WARC, JSONL, text) instead of the "
                             "bundled one; repeatable")
    parser.add_argument("--max", type=int, metavar="N",
                        help="with SOURCE: fetch at most N articles per source")
    parser.add_argument("--since", metavar="YYYY-MM-DD", type=iso_date,
                        help="with SOURCE: skip articles published earlier")


def run(args: argparse.Namespace) -> int:
    from extractor.commands.report import output_folder
    from extractor.store import Store
    out = output_folder(args.out)
    with Store.open(args.db) as store:
        if args.sources:
            read, problems = scrape_live(store, args)
        else:
            read, problems = ingest_archives(store, args.archive or [str(bundled_archive())],
                                             args)
        extractions = list(store.iter_extractions())
        store_path = store.path
    if not read:
        print(f"extractor: nothing was {'fetched' if args.sources else 'read'}; the outputs in "
              f"{out} are left as they were", file=sys.stderr)
        return 1
    written = write_outputs(extractions, out)
    print(f"store: {store_path}")
    for path in written:
        print(f"wrote {path}")
    return 1 if problems else 0


def bundled_archive() -> Path:
    archive = shipped("archive")
    if not archive.is_dir():
        raise UserError(f"{archive}: bundled sample archive not found (reinstall the package, "
                        f"or pass --archive PATH)")
    return archive


def ingest_archives(store, paths: list[str], args: argparse.Namespace) -> tuple[int, int]:
    """(documents read, problems) of loading the archives into the store."""
    from extractor.archives.ingest import ingest_paths
    summary = ingest_paths(store, paths,
                           on_error=lambda message: print(f"extractor: {message}",
                                                          file=sys.stderr))
    say(args, summary.line())
    return summary.documents, len(summary.errors)


def scrape_live(store, args: argparse.Namespace) -> tuple[int, int]:
    """Scrape the named sources with the scraper's own defaults and politeness; returns
    (pages that answered, pages or listings that failed)."""
    try:
        from extractor.commands.scrape import crawl_options, load_sources
        from extractor.web.crawl import Crawler, Progress
    except ImportError as error:
        raise UserError(f"live scraping is not available in this build ({error})") from None
    scrape_args = argparse.Namespace(
        sources=args.sources, sources_dir=None, base_url=None, delay=None, timeout=None,
        retries=None, since=args.since, max=args.max, refresh=False, backfill=False)
    crawler = Crawler(store, progress=Progress(sys.stderr, quiet=args.quiet))
    answered = failed = 0
    for source in load_sources(scrape_args):
        summary = crawler.run(source, crawl_options(scrape_args))
        answered += summary.fetched + summary.known
        failed += summary.failed
    return answered, failed


def write_outputs(extractions: list, out: Path) -> list[Path]:
    """series.json, the tidy tables (series.csv holds the points, readings.csv and
    sources.csv their values and sources) and report.html, each replaced whole or not at all."""
    import io

    from extractor.commands.report import write_atomically
    from extractor.answers.report import render_report
    from extractor.answers.series import build_series
    from extractor.answers.tables import point_rows, reading_rows, source_rows, write_table

    series = build_series(extractions)
    written = [write_atomically(out / "series.json",
                                json.dumps(series.to_dict(), ensure_ascii=False, indent=2) + "\n")]
    for name, table, rows in (("series.csv", "points", point_rows),
                              ("readings.csv", "readings", reading_rows),
                              ("sources.csv", "sources", source_rows)):
        text = io.StringIO()
        write_table(table, rows(series), text)
        written.append(write_atomically(out / name, text.getvalue()))
    written.append(write_atomically(out / "report.html", render_report(extractions, series)))
    return written
