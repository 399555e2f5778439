"""A Frictionless Data Package of the tidy tables: CSV files plus `datapackage.json`.

The descriptor carries a Table Schema per CSV (types, descriptions, keys that join
the tables), so pandas, R, datasette, spreadsheets and `frictionless validate` read
the data with its types instead of guessing them. The descriptor's own shape is
published as `extractor/schemas/datapackage.schema.json`.
"""
from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, Optional

from extractor import __version__
from extractor.answers.series import SeriesSet, build_series
from extractor.answers.tables import (TABLE_NAMES, document_rows, fact_rows, point_rows,
                                      reading_rows, source_rows, table_schemas, write_table)
from extractor.records import Extraction

DESCRIPTOR = "datapackage.json"
SCHEMA_ID = "https://briefing-extractor.example/schemas/datapackage.schema.json"


@dataclass
class DataPackage:
    """The files of one package by name, and the row count of each table."""

    files: dict[str, str]
    rows: dict[str, int]


def build_datapackage(extractions: Iterable[Extraction], series: Optional[SeriesSet] = None,
                      created: Optional[str] = None) -> DataPackage:
    extractions = list(extractions)
    series = series if series is not None else build_series(extractions)
    producers = {"points": lambda: point_rows(series), "readings": lambda: reading_rows(series),
                 "sources": lambda: source_rows(series), "facts": lambda: fact_rows(extractions),
                 "documents": lambda: document_rows(extractions)}
    files: dict[str, str] = {}
    rows: dict[str, int] = {}
    for name in TABLE_NAMES:
        text = io.StringIO()
        rows[name] = write_table(name, producers[name](), text)
        files[f"{name}.csv"] = text.getvalue()
    descriptor = package_descriptor(rows, created)
    files[DESCRIPTOR] = json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n"
    return DataPackage(files=files, rows=rows)


def package_descriptor(rows: dict[str, int], created: Optional[str] = None) -> dict:
    created = created or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "profile": "tabular-data-package",
        "name": "briefing-extractor-export",
        "title": "Figures from government briefings on labour migration",
        "description": ("Facts extracted from Russian-language government briefings and press "
                        "reports, each with its quote, and the time series built from them. "
                        f"Descriptor shape: {SCHEMA_ID}"),
        "version": __version__,
        "created": created,
        "keywords": ["labour migration", "quotas", "government briefings"],
        "resources": [resource(name, rows[name]) for name in TABLE_NAMES],
    }


def resource(name: str, count: int) -> dict:
    schema = {key: value for key, value in table_schemas()[name].items() if key != "description"}
    return {
        "name": name, "path": f"{name}.csv", "profile": "tabular-data-resource",
        "title": name.capitalize(), "description": table_schemas()[name]["description"],
        "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
        "dialect": {"delimiter": ",", "doubleQuote": True, "header": True},
        "schema": {**schema, "missingValues": [""]},
        "stats": {"rows": count},
    }
