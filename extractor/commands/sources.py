"""List the configured sources: name, jurisdiction, how articles are found, base URL.

Sources are TOML files in patterns/sources/ (or --sources-dir); each file is
validated as it is listed, so this is also the way to check a new source file.
"""
from __future__ import annotations

import argparse
import json

from extractor.commands.arguments import add_format_option

EXAMPLE = """\
  extractor sources
  extractor sources --sources-dir my_sources/ --format jsonl
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE", help="check these source files only")
    parser.add_argument("--sources-dir", metavar="DIR",
                        help="folder of source files (default patterns/sources)")
    add_format_option(parser, ("table", "json", "jsonl"), "table",
                      "a table, a JSON array, or one JSON object per line")


def run(args: argparse.Namespace) -> int:
    from extractor.web.sources import all_sources, find_one
    if args.files:
        found = [find_one(name, args.sources_dir) for name in args.files]
    else:
        found = all_sources(args.sources_dir)
    if args.format == "json":
        print(json.dumps([s.summary() for s in found], ensure_ascii=False, indent=2))
        return 0
    for source in found:
        info = source.summary()
        if args.format == "jsonl":
            print(json.dumps(info, ensure_ascii=False))
            continue
        state = "" if source.enabled else "  (template, disabled)"
        print(f"{info['name']:<22} {info['jurisdiction'] or '--':<3} "
              f"{'+'.join(info['discovery']):<20} {info['base_url']}{state}")
    return 0
