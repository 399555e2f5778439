"""List the configured sources: name, jurisdiction, how articles are found, base URL.

Sources are TOML files in patterns/sources/ (or --sources-dir); each file is
validated as it is listed, so this is also the way to check a new source file.
"""
from __future__ import annotations

import argparse
import json

EXAMPLE = """\
  extractor sources
  extractor sources --sources-dir my_sources/ --json
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE", help="check these source files only")
    parser.add_argument("--sources-dir", metavar="DIR",
                        help="folder of source files (default patterns/sources)")
    parser.add_argument("--json", action="store_true", help="one JSON object per source")


def run(args: argparse.Namespace) -> int:
    from extractor.web.sources import all_sources, find_one
    if args.files:
        found = [find_one(name, args.sources_dir) for name in args.files]
    else:
        found = all_sources(args.sources_dir)
    for source in found:
        info = source.summary()
        if args.json:
            print(json.dumps(info, ensure_ascii=False))
            continue
        state = "" if source.enabled else "  (template, disabled)"
        print(f"{info['name']:<22} {info['jurisdiction'] or '--':<3} "
              f"{'+'.join(info['discovery']):<20} {info['base_url']}{state}")
    return 0
