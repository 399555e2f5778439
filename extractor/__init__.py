"""briefing-extractor: numbers from Russian-language government briefings as verifiable facts.

The Python API (documented in `extractor.api`): `extract_text`, `extract_file` and `Store`,
plus the records they return. They are imported on first use, so that `import extractor`
(which the command line does on every start) stays cheap.
"""

__version__ = "0.1.0"

# public name -> module that defines it
_API = {
    "extract_text": "extractor.api",
    "extract_file": "extractor.api",
    "Store": "extractor.api",
    "Document": "extractor.records",
    "Extraction": "extractor.records",
    "Fact": "extractor.records",
    "UserError": "extractor.errors",
    "InputError": "extractor.errors",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name not in _API:
        raise AttributeError(f"module 'extractor' has no attribute {name!r}")
    import importlib
    value = getattr(importlib.import_module(_API[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))
