"""Fetch articles from configured sources into the store, politely and incrementally.

SOURCE is a source name from patterns/sources/ (see `extractor sources`), a path
to a source file (.toml), or a bare RSS/Atom feed URL. With no SOURCE every
enabled source is scraped. URLs already stored (or fetched and filtered out)
are not fetched again unless --refresh. Progress and a summary go to stderr.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from extractor.errors import UserError
from extractor.commands.arguments import iso_date

EXAMPLE = """\
  extractor scrape zakon.kz --since 2025-01-01 --max 500
  extractor scrape path/to/site.toml --base-url http://127.0.0.1:8000 --db test.db
  extractor scrape https://example.org/rss.xml
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="*", metavar="SOURCE",
                        help="source name, source file (.toml) or feed URL")
    parser.add_argument("--since", metavar="YYYY-MM-DD", type=iso_date,
                        help="skip articles published earlier")
    parser.add_argument("--max", type=int, metavar="N", help="fetch at most N articles per source")
    parser.add_argument("--refresh", action="store_true",
                        help="fetch known URLs again; changed pages become new versions")
    parser.add_argument("--backfill", action="store_true",
                        help="walk every listing page and every child sitemap")
    add_fetch_options(parser)


def add_fetch_options(parser: argparse.ArgumentParser) -> None:
    """Options shared by `scrape` and `monitor`."""
    parser.add_argument("--db", metavar="PATH", help="store file (default $EXTRACTOR_DB or "
                                                     "./briefings.db)")
    parser.add_argument("--sources-dir", metavar="DIR",
                        help="folder of source files (default patterns/sources)")
    parser.add_argument("--base-url", metavar="URL",
                        help="send every request of the sources to this mirror or test server")
    parser.add_argument("--delay", type=float, metavar="SECONDS",
                        help="minimum delay between requests to one host (overrides sources)")
    parser.add_argument("--timeout", type=float, metavar="SECONDS", help="read timeout")
    parser.add_argument("--retries", type=int, metavar="N", help="retries on 429, 5xx, timeouts")


def load_sources(args: argparse.Namespace) -> list:
    """The sources named on the command line, with politeness overrides applied."""
    from extractor.web.sources import find_sources
    chosen = find_sources(args.sources, args.sources_dir, args.base_url)
    if not chosen:
        raise UserError("no enabled sources configured; name a source file or a feed URL")
    overrides = {k: v for k, v in (("delay", args.delay), ("timeout", args.timeout),
                                   ("retries", args.retries)) if v is not None}
    for value in overrides.values():
        if value < 0:
            raise UserError("--delay, --timeout and --retries cannot be negative")
    return [replace(s, politeness=replace(s.politeness, **overrides)) for s in chosen]


def crawl_options(args: argparse.Namespace):
    from extractor.web.crawl import Options
    since = getattr(args, "since", None)  # validated by the argument's type
    limit = getattr(args, "max", None)
    if limit is not None and limit < 1:
        raise UserError("--max must be at least 1")
    return Options(since=since, max=limit, refresh=getattr(args, "refresh", False),
                   backfill=getattr(args, "backfill", False))


def run(args: argparse.Namespace) -> int:
    from extractor.web.crawl import Crawler, Progress
    from extractor.store import Store
    sources = load_sources(args)
    options = crawl_options(args)
    with Store.open(args.db) as store:
        crawler = Crawler(store, progress=Progress(sys.stderr, quiet=args.quiet))
        summaries = [crawler.run(source, options) for source in sources]
    if len(summaries) > 1:
        total = sum(s.stored for s in summaries), sum(s.facts for s in summaries)
        print(f"all sources: stored {total[0]}, facts found {total[1]}", file=sys.stderr)
    broken = [s for s in summaries if s.failed and not (s.fetched or s.known)]
    return 1 if broken else 0
