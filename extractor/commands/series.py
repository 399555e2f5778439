"""Time series from stored facts: one series per jurisdiction, indicator, breakdown
(country, sector, quota category) and kind of unit; one point per period or as-of
date with every source that reported it. Two sources with different values for one
point are a conflict and both are shown; a draft and the adopted order are two
statuses of one point. Reads the store (--db) or `extractor extract` output (--input).
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Iterable, Optional, TextIO

from extractor.errors import UserError
from extractor.commands.arguments import country_code, indicator_id, iso_date

EXAMPLE = """\
  extractor series --jurisdiction KZ --indicator foreign_labour_quota --format json
  extractor series --format csv > series.csv
  extractor series --country CN --period 2025 --since 2025-06-01
  extractor series --region KZ-47 --sector F
  extractor extract briefings/ --format jsonl > facts.jsonl && extractor series --input facts.jsonl
"""


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """Where facts come from: the store, or a file of `extractor extract` output."""
    parser.add_argument("--db", metavar="PATH",
                        help="store file (default $EXTRACTOR_DB or ./briefings.db)")
    parser.add_argument("--input", metavar="FILE",
                        help="read `extractor extract` JSON/JSONL output instead of the store "
                             "('-' for stdin)")
    parser.add_argument("--since", metavar="YYYY-MM-DD", type=iso_date,
                        help="only documents published on or after this day")


def configure(parser: argparse.ArgumentParser) -> None:
    add_input_options(parser)
    parser.add_argument("--jurisdiction", metavar="ISO2", help="e.g. KZ")
    parser.add_argument("--indicator", metavar="ID", help="e.g. foreign_labour_quota")
    parser.add_argument("--country", metavar="ISO2", help="breakdown country, e.g. CN")
    parser.add_argument("--region", metavar="ISO3166-2", help="region, e.g. KZ-75 (Almaty)")
    parser.add_argument("--sector", metavar="NACE",
                        help="NACE Rev. 2 code, e.g. F (construction) or 49.41; a section or "
                             "division also selects the codes under it")
    parser.add_argument("--period", metavar="PREFIX",
                        help="points whose period or date starts with this, e.g. 2025")
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")


def load_extractions(args: argparse.Namespace) -> list:
    """Extractions from --input, or the current documents of the store."""
    since = getattr(args, "since", None)
    if getattr(args, "input", None):
        from extractor.answers.series import read_extractions
        if args.input == "-":
            text = sys.stdin.read()
        else:
            try:
                with open(args.input, encoding="utf-8") as handle:
                    text = handle.read()
            except OSError as error:
                raise UserError(f"{args.input}: cannot read ({error.strerror})") from None
        extractions = read_extractions(text, args.input)
        return [e for e in extractions if not since or (e.document.published or "") >= since]
    from extractor.store import Store
    with Store.open(getattr(args, "db", None), create=False) as store:
        return list(store.iter_extractions(since))


def check_filters(args: argparse.Namespace) -> None:
    """A mistyped filter is a usage error that names the nearest known value."""
    if getattr(args, "indicator", None):
        args.indicator = indicator_id(args.indicator)
    for name in ("jurisdiction", "country"):
        if getattr(args, name, None):
            setattr(args, name, country_code(getattr(args, name)))


def run(args: argparse.Namespace) -> int:
    from extractor.answers.series import build_series, select
    check_filters(args)
    result = select(build_series(load_extractions(args)), args.jurisdiction, args.indicator,
                    args.country, args.period, region=args.region, sector=args.sector)
    if args.format == "json":
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif args.format == "csv":
        write_csv(result, sys.stdout)
    else:
        print_table(result, sys.stdout)
    return 0


def write_csv(result, out: TextIO) -> None:
    """The points table: one row per point with its resolved value (readings and sources
    are tables of their own, see `extractor export --datapackage`)."""
    from extractor.answers.tables import point_rows, write_table
    write_table("points", point_rows(result), out)


def print_table(result, out: TextIO) -> None:
    if not result.series:
        print("no series (no dated facts with an indicator in the selection)", file=out)
        return
    for series in result.ordered():
        dims = ", ".join(f"{k}={v}" for k, v in series.dimensions.items())
        print(f"{series.jurisdiction or '-'}  {series.indicator}"
              f"{'  [' + dims + ']' if dims else ''}  ({series.unit})", file=out)
        for point in series.ordered_points():
            print("  " + point_line(point), file=out)
    conflicts, doubles = result.conflicts("sources"), result.conflicts("document")
    print(f"\n{len(result.series)} series, {len(conflicts)} conflicts between sources, "
          f"{len(doubles)} figures with two values in one document, "
          f"{len(result.warnings)} consistency warnings", file=out)
    for warning in result.warnings:
        print(f"warning: {warning.kind}: {warning.message} — {warning.url}", file=out)


def point_line(point) -> str:
    count = len(point.sources())
    if point.conflict:
        values = " vs ".join(f"{number_text(r.value)} ({', '.join(unique(s.outlet or s.url or '?' for s in r.sources))})"
                             for r in point.current())
        label = "CONFLICT" if point.conflict_kind == "sources" else "TWO VALUES IN ONE DOCUMENT"
        return f"{point.time:<12} {label} {values}"
    status = f"  {point.status}" if point.status else ""
    qualifier = "" if point.qualifier == "exact" else f" ({point.qualifier})"
    return (f"{point.time:<12} {number_text(point.value):>10}{qualifier}{status}  "
            f"{count} source{'s' if count != 1 else ''}")


def number_text(value: Optional[float]) -> str:
    from extractor.records import plain_number
    number = plain_number(value)
    return "" if number is None else str(number)


def unique(items: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen
