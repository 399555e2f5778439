"""Inspect the store: `extractor db stats` prints documents, facts, sources and last fetch."""
from __future__ import annotations

import argparse
import json

from extractor.commands.arguments import add_format_option

EXAMPLE = """\
  extractor db stats
  extractor db stats --db archive.db --format json
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["stats"], help="what to show")
    parser.add_argument("--db", metavar="PATH",
                        help="store file (default $EXTRACTOR_DB or ./briefings.db)")
    add_format_option(parser, ("text", "json"), "text", "text, or the numbers as JSON")


def run(args: argparse.Namespace) -> int:
    from extractor.store import Store
    with Store.open(args.db, create=False) as store:
        stats = store.stats()
        path = store.path
    if args.format == "json":
        print(json.dumps(stats, ensure_ascii=False))
        return 0
    print(f"store:      {path}")
    print(f"documents:  {stats['documents']} ({stats['versions']} versions, {stats['urls']} URLs)")
    print(f"facts:      {stats['facts']}")
    print(f"sources:    {stats['sources']}")
    print(f"last fetch: {stats['last_fetch'] or 'never'}")
    for name, count, last in stats["by_source"]:
        print(f"  {name:<22} {count:>6} documents, last {last}")
    return 0
