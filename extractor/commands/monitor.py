"""Poll sources and print each new fact once, as it appears, until Ctrl-C.

Every cycle scrapes the sources like `extractor scrape` and prints the facts
of newly stored documents: a readable line each, or with --format jsonl one JSON
object per fact ({"document": {...}, "fact": {...}}) for piping. What was
printed is remembered in the store, so a restarted monitor never repeats it.
"""
from __future__ import annotations

import argparse
import sys

from extractor.commands.scrape import add_fetch_options, crawl_options, load_sources
from extractor.commands.arguments import add_format_option, interval
from extractor.errors import UserError

EXAMPLE = """\
  extractor monitor zakon.kz gov.kz/enbek --interval 15m
  extractor monitor zakon.kz --format jsonl >> new-facts.jsonl
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="*", metavar="SOURCE",
                        help="source name, source file (.toml) or feed URL")
    parser.add_argument("--interval", default="15m", type=interval,
                        help="pause between cycles: 90s, 15m, 1h (default 15m)")
    add_format_option(parser, ("text", "jsonl"), "text", "text, or one JSON object per new fact")
    parser.add_argument("--cycles", type=int, metavar="N",
                        help="stop after N cycles (default: run until Ctrl-C)")
    add_fetch_options(parser)


def run(args: argparse.Namespace) -> int:
    from extractor.web.crawl import Crawler, Progress, monitor
    from extractor.store import Store
    if args.cycles is not None and args.cycles < 1:
        raise UserError("--cycles must be at least 1")
    sources = load_sources(args)
    options = crawl_options(args)
    with Store.open(args.db) as store:
        crawler = Crawler(store, progress=Progress(sys.stderr, quiet=args.quiet))
        try:
            monitor(crawler, sources, options, args.interval, sys.stdout,
                    args.format == "jsonl", args.cycles)
        except KeyboardInterrupt:
            print("extractor: monitor stopped", file=sys.stderr)
    return 0
