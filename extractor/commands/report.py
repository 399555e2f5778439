"""Write one self-contained HTML report that opens offline in any browser: a chart per
series (points marked by status, a draft's value beside the adopted one, conflicting
sources in red), the conflicts and consistency warnings, a table of recent facts, and
each document that has facts with its facts marked; every point and row links to its
sentence. The page is in Russian with an English switch (no script).
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from extractor.commands.arguments import output_file
from extractor.commands.series import add_input_options, load_extractions
from extractor.errors import UserError

EXAMPLE = """\
  extractor report --out report.html
  extractor report --db briefings.db --since 2025-01-01 --out recent.html
  extractor report --input facts.jsonl --out report.html
"""


def configure(parser: argparse.ArgumentParser) -> None:
    add_input_options(parser)
    parser.add_argument("--out", metavar="FILE|DIR", default="report.html",
                        help="where to write the report: a file, or a folder to put "
                             "report.html in (default ./report.html)")
    parser.add_argument("--title", help="report heading (default: «Трудовая миграция в цифрах», "
                                        "in English with the page's switch)")


def run(args: argparse.Namespace) -> int:
    from extractor.answers.report import render_report
    html = render_report(load_extractions(args), title=args.title)
    path = write_atomically(output_file(args.out, "report.html"), html)
    print(f"report written to {path}")
    return 0


def output_folder(path: str) -> Path:
    """The folder outputs go to, created if missing; one clear error if it cannot be."""
    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"{folder}: cannot create the output folder ({error.strerror})") from None
    return folder


def write_atomically(path: Path, content: str) -> Path:
    """Write to a temporary file and rename, so an interrupted run never leaves half a file."""
    if not path.parent.exists():
        raise UserError(f"{path.parent}: folder does not exist")
    temporary = path.with_name(f".{path.name}.part")
    try:
        temporary.write_text(content, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError(f"{path}: cannot write ({error.strerror})") from None
    return path
