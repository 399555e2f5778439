"""Argument types shared by the sub-commands, so that every command validates a value the
same way and says what is wrong in the same words (argparse then exits with 2, usage)."""
from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path

from pytimeparse import parse as parse_timespan


def iso_date(value: str) -> str:
    """A real calendar day written YYYY-MM-DD (2025-13-01 and 2025-02-30 are refused)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"{value!r} is not a date of the form YYYY-MM-DD")


def interval(value: str) -> float:
    """Seconds from '90s', '15m', '1h30m', '2 minutes' or a plain number of seconds."""
    seconds = parse_timespan(value.strip()) if value else None
    if seconds is None and re.fullmatch(r"\s*\d+(\.\d+)?\s*", value or ""):
        seconds = float(value)
    if seconds is None or seconds < 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a pause like 90s, 15m or 1h")
    return float(seconds)


def known_value(kind: str, value: str, known: list[str]) -> str:
    """`value` if it is one of `known`; otherwise a usage error that names the nearest ones,
    since a mistyped filter that silently finds nothing looks like an empty result."""
    import difflib
    from extractor.errors import UserError
    if value in known:
        return value
    nearest = difflib.get_close_matches(value, known, n=1, cutoff=0.5)
    hint = f"; did you mean {nearest[0]!r}?" if nearest else ""
    raise UserError(f"unknown {kind} {value!r}{hint} (see README for the list)")


def indicator_id(value: str) -> str:
    from extractor.patterns import load_jsonl
    return known_value("indicator", value, [row["id"] for row in load_jsonl("indicators.jsonl")])


def country_code(value: str) -> str:
    """An ISO 3166-1 alpha-2 code, upper-cased ('kz' -> 'KZ')."""
    import pycountry
    return known_value("country code", value.upper(), [c.alpha_2 for c in pycountry.countries])


def add_format_option(parser: argparse.ArgumentParser, choices: tuple[str, ...], default: str,
                      help: str = "") -> None:
    """`--format` the same way in every command; the older `--json`/`--jsonl` spellings
    still work, hidden, so existing scripts keep running."""
    parser.add_argument("--format", choices=choices, default=default,
                        help=help or f"output format (default {default})")
    for alias in ("json", "jsonl"):
        if alias in choices:
            parser.add_argument(f"--{alias}", dest="format", action="store_const", const=alias,
                                help=argparse.SUPPRESS)


def output_file(out: str, default_name: str) -> Path:
    """`--out` names a file, or a folder (existing, or written with a trailing slash) to
    put `default_name` in: the same rule in every command that writes a file."""
    path = Path(out)
    return path / default_name if out.endswith(("/", "\\")) or path.is_dir() else path
