"""The published JSON Schemas of the machine outputs, one `<name>.schema.json` file each.

Every schema's `$id` is `BASE_URI + file name`, e.g.
`https://briefing-extractor.example/schemas/check.schema.json`: a stable name that other
tools can cite and cache, not an address to download from (the reserved `.example` domain).
Schemas refer to each other by file name relative to that base
(`"$ref": "extraction.schema.json#/$defs/fact"`), and `registry()` resolves those references
from the files shipped here, offline. Adding a schema is adding its file: `names()`,
`validate()`, the wheel and the schema tests pick it up.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

BASE_URI = "https://briefing-extractor.example/schemas/"
SUFFIX = ".schema.json"


def names() -> list[str]:
    """'check', 'extraction', ... for every schema file shipped here."""
    return sorted(entry.name.removesuffix(SUFFIX) for entry in resources.files(__name__).iterdir()
                  if entry.name.endswith(SUFFIX))


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    return json.loads(resources.files(__name__).joinpath(name + SUFFIX).read_text("utf-8"))


def uri(name: str) -> str:
    return BASE_URI + name + SUFFIX


@lru_cache(maxsize=None)
def registry():
    """Every shipped schema under its `$id`, so that references between them resolve."""
    from referencing import Registry, Resource
    return Registry().with_resources(
        (uri(name), Resource.from_contents(load(name))) for name in names())


def validator(name: str):
    from jsonschema import Draft202012Validator
    return Draft202012Validator(load(name), registry=registry())


def validate(instance: Any, name: str) -> None:
    """Raise jsonschema.ValidationError (the most relevant one) if `instance` breaks `name`."""
    from jsonschema.exceptions import best_match
    error = best_match(validator(name).iter_errors(instance))
    if error is not None:
        raise error
