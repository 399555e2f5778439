"""Export the facts and series as a Frictionless Data Package: points.csv (one row per
point with its resolved value), readings.csv, sources.csv, facts.csv, documents.csv and
datapackage.json with a typed, described Table Schema for each. pandas, R, datasette,
spreadsheets and `frictionless validate` read it as it is. Reads the store (--db) or
`extractor extract` output (--input).
"""
from __future__ import annotations

import argparse
import sys

from extractor.commands.arguments import add_format_option
from extractor.commands.series import add_input_options, load_extractions

EXAMPLE = """\
  extractor export --datapackage export/
  extractor export --db briefings.db --since 2025-01-01 --datapackage recent/
  extractor export --input facts.jsonl --datapackage export/ && frictionless validate export/datapackage.json
"""


def configure(parser: argparse.ArgumentParser) -> None:
    add_input_options(parser)
    parser.add_argument("--datapackage", "--out", dest="out", metavar="DIR", required=True,
                        help="folder to write the data package into (created if missing; "
                             "its files are replaced)")
    # A data package describes CSV tables; --format is here so that it means the same as
    # in every other command.
    add_format_option(parser, ("csv",), "csv",
                      help="format of the tables (csv, what a data package describes)")
    # --quiet and --verbose come with every command (extractor/cli.py).


def run(args: argparse.Namespace) -> int:
    from extractor.answers.export import DESCRIPTOR, build_datapackage
    from extractor.commands.report import output_folder, write_atomically
    folder = output_folder(args.out)
    package = build_datapackage(load_extractions(args))
    # The tables first and the descriptor last: a reader never finds a descriptor that
    # describes files not yet written.
    for name in sorted(package.files, key=lambda n: n == DESCRIPTOR):
        write_atomically(folder / name, package.files[name])
    if args.verbose:
        for table, count in package.rows.items():
            print(f"{folder / (table + '.csv')}: {count} rows", file=sys.stderr)
    if not args.quiet:
        counts = ", ".join(f"{count} {table}" for table, count in package.rows.items())
        print(f"wrote {folder / DESCRIPTOR} ({counts})")
    return 0
