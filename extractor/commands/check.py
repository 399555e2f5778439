"""Check a claimed figure against stored facts. The claim is read like any briefing; the
facts for the same indicator, jurisdiction, breakdown and time are compared with it, and
the answer is supported (with the sources), contradicted (what the sources say, who,
where, when), conflicting (the sources disagree) or not found (with the nearest facts).
Qualifiers and rounding count: 'около 19 тысяч' agrees with 19 400, '20 тысяч' does not,
'19,4 тыс.' agrees with 19 412. Relative times in the claim ('в текущем году') are
read against --published (default: today).
"""
from __future__ import annotations

import argparse
import json
import sys

from extractor.commands.series import add_input_options, load_extractions, number_text
from extractor.errors import UserError
from extractor.commands.arguments import add_format_option, iso_date

EXAMPLE = """\
  extractor check "В 2025 году квота на иностранную рабочую силу в Казахстане составила 19,4 тыс."
  extractor check "Квота на 2024 год – около 19 тысяч единиц" --format json
  extractor check "..." --input facts.jsonl --published 2025-11-01
"""

# The verdict is the exit code too, so that scripts can branch on it (README: exit codes).
EXIT_CODES = {"supported": 0, "contradicted": 3, "conflicting": 4, "not_found": 5}
LABELS = {"supported": "SUPPORTED", "contradicted": "CONTRADICTED",
          "conflicting": "CONFLICTING SOURCES", "not_found": "NOT FOUND"}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("claim", help="the claim, in Russian, with its figure")
    add_input_options(parser)
    parser.add_argument("--published", metavar="YYYY-MM-DD", type=iso_date,
                        help="date the claim was made (resolves 'в этом году'); default today")
    add_format_option(parser, ("text", "json"), "text", "text, or the verdict as JSON")


def run(args: argparse.Namespace) -> int:
    from extractor.answers.factcheck import check
    if not args.claim.strip():
        raise UserError("the claim is empty")
    verdict = check(args.claim, load_extractions(args), published=args.published)
    if args.format == "json":
        json.dump(verdict.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_CODES[verdict.status]
    print(f"{LABELS[verdict.status]}: {verdict.message}")
    for item in verdict.items:
        if len(verdict.items) > 1:
            print(f"- {LABELS[item.status]}: {item.message}")
        readings = item.matching if item.status == "supported" else (
            item.point.current() if item.point else [])
        for reading in readings:
            for source in reading.sources:
                print(f"    {source.published or 'undated'}  {source.outlet or ''}  "
                      f"«{source.quote}»  {source.url or ''}")
        for key, point in item.nearest:
            value = "disputed" if point.value is None else number_text(point.value)
            print(f"    nearest: {key} {point.time} = {value}")
    return EXIT_CODES[verdict.status]
