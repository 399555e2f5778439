"""Names beside codes: what an indicator id, a country, sector, region or quota category
code means, in English (exports) or Russian (the report's readers read Russian).

Codes stay the keys everywhere; labels are only for people reading a table or a page,
so an unknown code falls back to itself instead of failing an export.
"""
from __future__ import annotations

import gettext
from functools import lru_cache
from typing import Optional

from extractor.answers.series import indicator_labels
from extractor.patterns import load_jsonl, load_toml, patterns_dir

DIMENSIONS = ("country", "sector", "region", "category")  # the breakdowns exports name


def indicator_label(indicator: Optional[str], language: str = "en") -> Optional[str]:
    """The label of patterns/indicators.jsonl; in Russian from patterns/report.toml."""
    if not indicator:
        return None
    if language == "ru":
        russian = report_words().get("indicators", {}).get(indicator)
        if russian:
            return russian
    return indicator_labels().get(indicator, indicator)


def dimension_label(kind: str, code: Optional[str], language: str = "en") -> Optional[str]:
    """The name of one breakdown value: 'CN' -> 'China', 'KZ-75' -> 'Almaty'."""
    if not code:
        return None
    if kind == "country":
        return country_name(code, language) or code
    if kind == "region":
        return region_name(code, language) or code
    if kind == "sector":
        return sector_label(code, language) or code
    return code.replace("_", " ")


@lru_cache(maxsize=None)
def translation(domain: str, language: str) -> gettext.NullTranslations:
    import pycountry
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)


def country_name(code: str, language: str = "en") -> Optional[str]:
    import pycountry
    country = pycountry.countries.get(alpha_2=code.upper()) if len(code) == 2 else None
    if country is None:
        return None
    if language != "en":  # the translations are keyed by the official short name
        return translation("iso3166-1", language).gettext(country.name)
    return getattr(country, "common_name", None) or country.name


def region_name(code: str, language: str = "en") -> Optional[str]:
    import pycountry
    try:
        region = pycountry.subdivisions.get(code=code.upper())
    except (KeyError, LookupError):
        return None
    if region is None:
        return None
    return translation("iso3166-2", language).gettext(region.name)


@lru_cache(maxsize=None)
def sector_names() -> dict[str, dict[str, str]]:
    """NACE codes from patterns/nace.jsonl when the patterns have it; older sector slugs
    (patterns/sectors.jsonl) name themselves."""
    names: dict[str, dict[str, str]] = {}
    if (patterns_dir() / "nace.jsonl").exists():
        for row in load_jsonl("nace.jsonl"):
            labels = {k: row[k] for k in ("en", "ru") if row.get(k)}
            names[row["code"]] = labels
            if row.get("legacy_slug"):
                names.setdefault(row["legacy_slug"], labels)
    return names


def sector_label(code: str, language: str = "en") -> Optional[str]:
    labels = sector_names().get(code)
    if labels:
        return labels.get(language) or labels.get("en")
    return code.replace("_", " ")


@lru_cache(maxsize=None)
def report_words() -> dict:
    """patterns/report.toml: the report's words in Russian and English."""
    return load_toml("report.toml")
