"""Score the extractor on annotated documents (NAME.txt|html beside NAME.gold.json; the
format is described in corpora/README.md): precision, recall and F1 overall and per
category, attribute accuracy, provenance validity; --verbose lists misses and false alarms."""
from __future__ import annotations

import json
from pathlib import Path

from extractor.commands.arguments import add_format_option
from extractor.errors import UserError

EXAMPLE = "  extractor evaluate corpora/\n  extractor evaluate corpora/briefings --verbose\n"


def configure(parser) -> None:
    parser.add_argument("directory", help="folder with annotated documents (searched recursively)")
    add_format_option(parser, ("text", "json"), "text", "text, or the scores as JSON")


def run(args) -> int:
    from extractor.quality.evaluation import evaluate, format_report, report_dict

    directory = Path(args.directory)
    if not directory.is_dir():
        raise UserError(f"{directory}: not a directory")
    report = evaluate(directory)
    if args.format == "json":
        print(json.dumps(report_dict(report), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, verbose=args.verbose))
    return 0
