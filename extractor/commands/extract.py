"""Extract facts from briefings: text (any Cyrillic encoding), saved HTML pages, or JSON/JSONL
records {url, title, published, text|html}. A directory means every supported file in it,
sorted; '-' reads standard input. One JSON object per document, in input order."""
from __future__ import annotations

import json
import sys

from extractor.errors import InputError
from extractor.commands.arguments import iso_date

EXAMPLE = ("  extractor extract briefing.txt --format json\n"
           "  extractor extract saved_pages/ --format jsonl > facts.jsonl\n"
           "  echo 'Квота составит 19,4 тыс. единиц' | extractor extract - --published 2025-10-31\n")


def configure(parser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, or - for stdin")
    parser.add_argument("--format", choices=("json", "jsonl", "csv"), default="json",
                        help="json: pretty-printed (an array for several documents); jsonl: a "
                             "line each; csv: the facts table, one row per fact")
    parser.add_argument("--published", metavar="YYYY-MM-DD", type=iso_date,
                        help="publication date for inputs that do not state one")
    parser.add_argument("--url", help="source URL for inputs that do not carry one")


def run(args) -> int:
    from extractor.engine.pipeline import extract
    from extractor.documents.reading import Listener, expand_inputs, ignore, read_documents

    results, failures = [], 0

    def problem(message: str) -> None:
        nonlocal failures
        failures += 1
        say(message)

    listener = Listener(problem=problem, note=ignore if getattr(args, "quiet", False) else say)
    for path in expand_inputs(args.paths, problem):
        try:
            for document in read_documents(path, listener):
                document.published = document.published or args.published
                document.url = document.url or args.url
                extraction = extract(document)
                if args.format == "jsonl":
                    print(json.dumps(extraction.to_dict(), ensure_ascii=False), flush=True)
                else:
                    results.append(extraction)
        except InputError as error:
            problem(str(error))
    if args.format == "json" and results:
        payload = [r.to_dict() for r in results]
        print(json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False,
                         indent=2))
    elif args.format == "csv":
        from extractor.answers.tables import fact_rows, write_table
        write_table("facts", fact_rows(results), sys.stdout)
    return 1 if failures else 0


def say(message: str) -> None:
    from extractor.documents.reading import printable
    print(f"extractor: {printable(message)}", file=sys.stderr)
