"""Say that a fact is wrong, or what it should say: `reject` leaves it out of series, check,
export and the report; `correct` changes a value or an attribute and keeps the original
beside it. Every review has a reason and a reviewer, is keyed by the fact's stable id (so
it survives `reextract`), and can be exported to a file and imported into another store.
"""
from __future__ import annotations

import argparse
import getpass
import json
import os

from extractor.commands.arguments import add_format_option, output_file
from extractor.commands.progress import say
from extractor.errors import InputError, UserError

EXAMPLE = """\
  extractor review reject 8f0c1a2b3c4d5e6f --reason "the 19,4 is a salary, not a quota"
  extractor review correct 8f0c1a2b3c4d5e6f --set value=19400 --set country=UZ \\
      --reason "the page rounds; the order says 19 400" --by "A. Analyst"
  extractor review list --format jsonl
  extractor review export reviews.jsonl
  extractor review import reviews.jsonl --db other.db
"""
ACTIONS = ("reject", "correct", "list", "export", "import")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=ACTIONS, help="what to do")
    parser.add_argument("target", nargs="?", metavar="FACT_ID|FILE",
                        help="the fact's id (or a unique prefix of it) for reject and correct; "
                             "the file for export (or a folder for reviews.jsonl) and import")
    parser.add_argument("--set", dest="changes", action="append", default=[],
                        metavar="FIELD=VALUE",
                        help="for correct: a field's right value (value, previous, unit, "
                             "indicator, category, status, qualifier, country, sector, region, "
                             "category_slug, period, as_of); repeatable")
    parser.add_argument("--reason", help="why (required for reject and correct)")
    parser.add_argument("--by", metavar="NAME",
                        help="who says so (default $EXTRACTOR_REVIEWER, else the user name)")
    parser.add_argument("--db", metavar="PATH",
                        help="store file (default $EXTRACTOR_DB or ./briefings.db)")
    add_format_option(parser, ("table", "json", "jsonl"), "table",
                      "for list: a table, a JSON array, or one JSON object per line")


def run(args: argparse.Namespace) -> int:
    from extractor.store import Store
    with Store.open(args.db, create=False) as store:
        try:
            if args.action in ("reject", "correct"):
                return review_fact(store, args)
            if args.action == "list":
                return list_reviews(store, args.format)
            if args.action == "export":
                return export_reviews(store, required(args.target, "export needs a FILE"), args)
            return import_reviews(store, required(args.target, "import needs a FILE"), args)
        except InputError as error:
            raise UserError(str(error)) from None


def required(value, message: str):
    if not value:
        raise UserError(message)
    return value


def review_fact(store, args: argparse.Namespace) -> int:
    from extractor.reviews import Review, parse_change
    from extractor.store import utc_now
    fact_id = required(args.target, f"{args.action} needs the fact's id")
    fact = store.find_fact(fact_id)
    if fact is None:
        raise UserError(f"{fact_id}: no such fact in {store.path} (ids are in `extract`, "
                        f"`series --format json` and the report; a prefix must be unique)")
    if args.action == "reject" and args.changes:
        raise UserError("reject takes no --set; use correct to change a value")
    review = Review(fact_id=fact.id, action=args.action,
                    reason=required(args.reason, f"{args.action} needs --reason"),
                    reviewer=args.by or os.environ.get("EXTRACTOR_REVIEWER") or getpass.getuser(),
                    at=utc_now(), changes=dict(parse_change(c) for c in args.changes))
    store.save_review(review)
    print(f"{review.action}ed {fact.id} ({fact.evidence.text!r}): {review.reason}")
    return 0


def list_reviews(store, fmt: str) -> int:
    reviews = store.reviews().values()
    if fmt == "json":
        print(json.dumps([r.to_dict() for r in reviews], ensure_ascii=False, indent=2))
        return 0
    for review in reviews:
        if fmt == "jsonl":
            print(json.dumps(review.to_dict(), ensure_ascii=False))
        else:
            changes = ", ".join(f"{k}={v}" for k, v in review.changes.items())
            print(f"{review.fact_id}  {review.action:<7}  {review.at}  {review.reviewer}: "
                  f"{review.reason}{'  [' + changes + ']' if changes else ''}")
    return 0


def export_reviews(store, path: str, args: argparse.Namespace) -> int:
    from extractor.commands.report import write_atomically
    from extractor.reviews import write_reviews
    reviews = store.reviews().values()
    path = str(write_atomically(output_file(path, "reviews.jsonl"), write_reviews(reviews)))
    say(args, f"wrote {len(reviews)} reviews to {path}")
    return 0


def import_reviews(store, path: str, args: argparse.Namespace) -> int:
    from extractor.reviews import read_reviews
    try:
        with open(path, encoding="utf-8") as handle:
            reviews = read_reviews(handle.read(), path)
    except OSError as error:
        raise UserError(f"{path}: cannot read ({error.strerror})") from None
    for review in reviews:
        store.save_review(review)
    say(args, f"imported {len(reviews)} reviews from {path}")
    return 0
