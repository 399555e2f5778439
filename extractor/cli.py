"""The `extractor` command line: one sub-command per module in `extractor.commands`.

Sub-command modules are imported only when used, so `extractor extract` does not
pay for the scraper or the report at start-up.

Exit codes, for every command: 0 success, 1 some inputs failed, 2 usage, 130
interrupted; `check` adds 3 contradicted, 4 conflicting, 5 not found.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import Optional, Sequence

from extractor import __version__
from extractor.errors import UserError

# name -> (module under extractor.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "run": ("run", "build the store from bundled or live sources, write series and report"),
    "extract": ("extract", "extract facts from text, HTML or JSON files"),
    "evaluate": ("evaluate", "score the extractor against an annotated corpus"),
    "sources": ("sources", "list configured sources"),
    "scrape": ("scrape", "fetch articles from configured sources into the store"),
    "monitor": ("monitor", "poll sources and print new facts as they appear"),
    "ingest": ("ingest", "load WARC files, saved pages, JSONL exports into the store"),
    "spark": ("spark", "extract from WARC files or Common Crawl as a Spark job, to Parquet"),
    "db": ("db", "inspect the store"),
    "reextract": ("reextract", "re-run extraction over every stored document"),
    "series": ("series", "time series from stored facts"),
    "check": ("check", "check a claimed figure against stored facts"),
    "report": ("report", "write a self-contained HTML report"),
    "export": ("export", "export facts and series as a Frictionless Data Package"),
    "review": ("review", "reject or correct a fact, share reviews between stores"),
}


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    pass


class Parser(argparse.ArgumentParser):
    """A usage error is one line on stderr and exit code 2, like every other bad input."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"extractor: {message} (see `{self.prog} --help`)\n")


def build_parser(argv: Sequence[str]) -> tuple[argparse.ArgumentParser, dict[str, object]]:
    parser = Parser(
        prog="extractor",
        formatter_class=HelpFormatter,
        description="Turn Russian-language government briefings into verifiable facts.",
        epilog="example:\n  extractor extract briefing.txt --format json\n"
               "  extractor <command> --help   shows an example for each command",
    )
    parser.add_argument("--version", action="version", version=f"extractor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = Parser(add_help=False)
    common.add_argument("--quiet", action="store_true",
                        help="no progress or summary on stderr, only errors")
    common.add_argument("--verbose", action="store_true", help="say more about each input")
    wanted = next((a for a in argv if a in COMMANDS), None)
    modules: dict[str, object] = {}
    for name, (module_name, help_text) in COMMANDS.items():
        if wanted is not None and name != wanted:
            sub.add_parser(name, help=help_text)
            continue
        module = importlib.import_module(f"extractor.commands.{module_name}")
        command_parser = sub.add_parser(
            name, help=help_text, description=module.__doc__, parents=[common],
            formatter_class=HelpFormatter, epilog="example:\n" + module.EXAMPLE)
        module.configure(command_parser)
        modules[name] = module
    return parser, modules


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        parser, modules = build_parser(argv)
        try:
            args = parser.parse_args(argv)
        except SystemExit as done:  # --help, or a usage error argparse has already explained
            return int(done.code or 0)
        if not args.command:
            parser.print_help()
            return 2
        return int(modules[args.command].run(args) or 0)
    except UserError as error:
        print(f"extractor: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("extractor: interrupted; everything stored so far is kept", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug: still one line, the trace only on request
        if os.environ.get("EXTRACTOR_DEBUG"):
            raise
        print(f"extractor: internal error: {type(error).__name__}: {error} "
              f"(set EXTRACTOR_DEBUG=1 for details)", file=sys.stderr)
        return 1
