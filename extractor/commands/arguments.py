"""Argument types shared by the sub-commands, so that every command validates a value the
same way and says what is wrong in the same words (argparse then exits with 2, usage)."""
from __future__ import annotations

import argparse
import re
from datetime import date


def iso_date(value: str) -> str:
    """A real calendar day written YYYY-MM-DD (2025-13-01 and 2025-02-30 are refused)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"{value!r} is not a date of the form YYYY-MM-DD")
