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
from importlib import resources
from pathlib import Path
from typing import Any

from extractor.errors import UserError


# Data folders shipped with the package: name -> its folder in a source checkout.
# setup.py maps the same folders into the wheel as extractor/_data/<name>.
SHIPPED = {"patterns": "patterns", "archive": "corpora/archive"}


def patterns_dir() -> Path:
    """Where the rule files and source files are: $EXTRACTOR_PATTERNS, else the shipped ones."""
    configured = os.environ.get("EXTRACTOR_PATTERNS")
    return Path(configured) if configured else shipped("patterns")


def shipped(name: str) -> Path:
    """A data folder that travels with the package ('patterns' or 'archive').

    An installed wheel has it inside the package; an editable install or a checkout reads
    the repository's own folder, so an edit there takes effect without reinstalling.
    """
    package = Path(str(resources.files("extractor")))
    installed = package / "_data" / name
    return installed if installed.is_dir() else package.parent / SHIPPED[name]


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
