"""Loading rule and vocabulary files from `patterns/`, with validation.

Rules live as data so that a new indicator or site is an edit there; a broken
line must say where it is rather than surface later as a wrong fact.
"""
from __future__ import annotations

import json
import os
import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from extractor.errors import UserError


def patterns_dir() -> Path:
    configured = os.environ.get("EXTRACTOR_PATTERNS")
    return Path(configured) if configured else Path(__file__).resolve().parent.parent / "patterns"


@lru_cache(maxsize=None)
def load_jsonl(name: str, required: tuple[str, ...] = ()) -> tuple[dict[str, Any], ...]:
    path = patterns_dir() / name
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise UserError(f"{path}: cannot read pattern file ({error.strerror})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise UserError(f"{path}:{number}: invalid JSON ({error.msg})") from None
        missing = [key for key in required if key not in row]
        if missing:
            raise UserError(f"{path}:{number}: missing {', '.join(missing)}")
        rows.append(row)
    return tuple(rows)


@lru_cache(maxsize=None)
def load_toml(name: str) -> dict[str, Any]:
    path = patterns_dir() / name
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise UserError(f"{path}: cannot read pattern file ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise UserError(f"{path}: invalid TOML ({error})") from None


@lru_cache(maxsize=None)
def wording(name: str) -> re.Pattern:
    """A compiled entry of `patterns/wording.toml`."""
    try:
        return re.compile(load_toml("wording.toml")[name], re.IGNORECASE)
    except KeyError:
        raise UserError(f"{patterns_dir() / 'wording.toml'}: missing entry {name!r}") from None
    except re.error as error:
        raise UserError(f"{patterns_dir() / 'wording.toml'}: {name}: invalid pattern ({error})") from None
