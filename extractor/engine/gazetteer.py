"""Countries, regions, sectors and quota categories named in text, as codes.

Names are matched on lemmas so every case form counts ('из Узбекистана',
'в Турции', 'в Мангистауской области'); pycountry supplies the Russian names and the
ISO 3166-2 codes, `patterns/countries.toml` the regional forms (Кыргызстан, КНР, РК) and
demonyms ('узбекских мигрантов'), `patterns/regions.toml` the regions as the press names
them, and `patterns/nace.jsonl` the NACE Rev. 2 classification a sector is coded in.
"""
from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional
from extractor.errors import UserError
from extractor.patterns import load_jsonl, load_toml
from extractor.engine.tokens import Token, lemma, tokenize


@dataclass(frozen=True)
class Mention:
    kind: str  # "country" | "region" | "sector" | "category"
    code: str  # ISO 3166-1 alpha-2, ISO 3166-2, NACE code or category slug
    start: int
    end: int
    demonym: bool = False


def lemma_key(phrase: str) -> tuple[str, ...]:
    return tuple(t.lemma for t in tokenize(phrase) if t.is_word or t.text.isdigit())


@lru_cache(maxsize=None)
def country_tables() -> tuple[dict[tuple[str, ...], str], dict[str, str], dict[str, str]]:
    """(lemma sequence -> code, abbreviation -> code, demonym lemma -> code)."""
    import pycountry

    config = load_toml("countries.toml")
    names: dict[tuple[str, ...], str] = {}
    skip = set(config.get("skip_pycountry", []))
    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    for country in pycountry.countries:
        if country.alpha_2 in skip:
            continue
        for english in {country.name, getattr(country, "common_name", country.name)}:
            translated = russian.gettext(english)
            if translated != english:
                names.setdefault(lemma_key(translated), country.alpha_2)
    for code, aliases in config["aliases"].items():
        for alias in aliases:
            names[lemma_key(alias)] = code
    abbreviations = {a: code for code, values in config["abbreviations"].items() for a in values}
    demonyms = {lemma(d): code for code, values in config["demonyms"].items() for d in values}
    return names, abbreviations, demonyms


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lemmas of a phrase with its punctuation: 'сельское, лесное хозяйство'."""
    return tuple(t.lemma for t in tokenize(phrase))


@lru_cache(maxsize=None)
def dimension_table() -> dict[tuple[str, ...], tuple[str, str]]:
    """Lemma sequence -> (kind, code) for sectors (NACE codes) and quota categories."""
    table = {}
    for row in nace_rows():
        for cue in row["cues"]:
            table.setdefault(phrase_key(cue), ("sector", row["code"]))
    for row in load_jsonl("sectors.jsonl", required=("slug", "kind", "lemmas")):
        for words in row["lemmas"]:
            table[tuple(w.replace("ё", "е") for w in words)] = (row["kind"], row["slug"])
    return table


@lru_cache(maxsize=None)
def nace_rows() -> tuple[dict, ...]:
    return load_jsonl("nace.jsonl", required=("code", "level", "ru", "en", "cues"))


@lru_cache(maxsize=None)
def sector_labels() -> dict[str, str]:
    """NACE code -> its official Russian name (OKVED 2 wording)."""
    return {row["code"]: row["ru"] for row in nace_rows()}


@lru_cache(maxsize=None)
def legacy_sector_codes() -> dict[str, str]:
    """The sector slugs of older extractions and gold files -> NACE codes."""
    return {row["legacy_slug"]: row["code"] for row in nace_rows() if row.get("legacy_slug")}


@lru_cache(maxsize=None)
def sector_sections() -> dict[str, str]:
    """NACE code -> its section letter (the rows are in classification order)."""
    sections, current = {}, ""
    for row in nace_rows():
        current = row["code"] if row["level"] == "section" else current
        sections[row["code"]] = current
    return sections


ELLIPTIC_KEYS: set[tuple[str, ...]] = set()  # an oblast's adjective alone, feminine forms only


@lru_cache(maxsize=None)
def region_table() -> dict[tuple[str, ...], tuple[str, bool]]:
    """Lemma sequence -> (ISO 3166-2 code, whether the name must be capitalized)."""
    import pycountry

    table: dict[tuple[str, ...], tuple[str, bool]] = {}
    elliptic: dict[tuple[str, ...], str] = {}
    config = load_toml("regions.toml")
    for code, names in config["names"].items():
        if pycountry.subdivisions.get(code=code) is None:
            raise UserError(f"regions.toml: {code} is not an ISO 3166-2 code")
        for name in names:
            # 'в Южно-Казахстанской (13 673) и Алматинской областях': the adjective alone
            for form in case_forms(name):
                table.setdefault(phrase_key(form), (code, name[0].isupper()))
            if ELLIPTIC_HEAD.search(name):
                for form in case_forms(name.split(" ")[0]):
                    elliptic.setdefault(phrase_key(form), code)
    for key, code in elliptic.items():
        table.setdefault(key, (code, True))
        ELLIPTIC_KEYS.add(key)
    return table


ELLIPTIC_HEAD = re.compile(r"^[А-ЯЁ][А-ЯЁа-яё-]+(?:ская|цкая|ная) область$")
FEMININE_FORM = re.compile(r"(?:ая|ой|ую|ою)$")

# Case endings of Russian place names: pymorphy guesses lemmas of unknown names
# ('Мангистауской' -> 'мангистауска'), so each case form is registered as written.
ADJECTIVE_ENDINGS = {"ая": ("ая", "ой", "ую", "ою"), "ий": ("ий", "ого", "ому", "им", "ом"),
                     "ый": ("ый", "ого", "ому", "ым", "ом")}
NOUN_ENDINGS = {"а": ("а", "ы", "и", "е", "у", "ой"), "я": ("я", "и", "е", "ю", "ей"),
                "ь": ("ь", "и", "ью", "я", "ю", "ем", "е")}
CONSONANT_ENDINGS = ("", "а", "у", "ом", "е")


def case_forms(name: str) -> list[str]:
    """The name and its case forms, inflecting each capitalized word of it."""
    variants = [[]]
    for word in name.split(" "):
        options = word_forms(word) if word[:1].isupper() and word.isalpha() or "-" in word else [word]
        variants = [v + [o] for v in variants for o in options]
    return [" ".join(v) for v in variants]


def word_forms(word: str) -> list[str]:
    for ending, forms in ADJECTIVE_ENDINGS.items():
        if word.endswith(ending) and len(word) > 5:
            return [word[:-2] + f for f in forms]
    if word[-1] in NOUN_ENDINGS:
        return [word[:-1] + f for f in NOUN_ENDINGS[word[-1]]]
    if word[-1].lower() in "бвгджзклмнпрстфхцчшщ":
        return [word + f for f in CONSONANT_ENDINGS]
    return [word]  # 'Актобе', 'Душанбе', 'Кокшетау' do not decline


@lru_cache(maxsize=None)
def region_labels() -> dict[str, str]:
    """ISO 3166-2 code -> the first Russian name `patterns/regions.toml` gives."""
    return {code: names[0] for code, names in load_toml("regions.toml")["names"].items()}


def dimension_labels(dimensions: dict[str, Optional[str]]) -> dict[str, str]:
    """The official names of a fact's sector (NACE) and region (ISO 3166-2) codes."""
    labels = {}
    sector, region = dimensions.get("sector"), dimensions.get("region")
    if sector and sector in sector_labels():
        labels["sector"] = sector_labels()[sector]
    if region and region in region_labels():
        labels["region"] = region_labels()[region]
    return labels


def region_country(code: str) -> str:
    return code.split("-", 1)[0]


@lru_cache(maxsize=None)
def longest_by_first_lemma() -> dict[str, int]:
    """How many tokens a name may span from its first lemma: most tokens start none."""
    names, _, _ = country_tables()
    longest: dict[str, int] = {}
    for key in list(names) + list(dimension_table()) + list(region_table()):
        if key:
            longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return longest


@lru_cache(maxsize=None)
def ordinal_categories() -> dict[str, str]:
    """'второй' -> category_2: later items of a list name only the ordinal."""
    return {row["ordinal"]: row["slug"] for row in load_jsonl("sectors.jsonl") if row.get("ordinal")}


def find_mentions(tokens: list[Token]) -> list[Mention]:
    """Every country, sector and category mention; longest match first, no overlaps."""
    names, abbreviations, demonyms = country_tables()
    dimensions = dimension_table()
    regions = region_table()
    starts = longest_by_first_lemma()
    mentions: list[Mention] = []
    index = 0
    while index < len(tokens):
        longest = starts.get(tokens[index].lemma, 0)
        found = match_at(tokens, index, longest, names, dimensions, regions) if longest else None
        token = tokens[index]
        if found is None and token.text in abbreviations:
            found = (1, Mention("country", abbreviations[token.text], token.start, token.end))
        if found is None and token.lemma in demonyms and token.is_word:
            found = (1, Mention("country", demonyms[token.lemma], token.start, token.end, True))
        if found:
            size, mention = found
            mentions.append(mention)
            index += size
        else:
            index += 1
    return mentions


def match_at(tokens: list[Token], index: int, longest: int,
             names: dict[tuple[str, ...], str],
             dimensions: dict[tuple[str, ...], tuple[str, str]],
             regions: dict[tuple[str, ...], tuple[str, bool]]) -> tuple[int, Mention] | None:
    for size in range(min(longest, len(tokens) - index), 0, -1):
        window = tokens[index:index + size]
        key = tuple(t.lemma for t in window)
        first, last = window[0], window[-1]
        if key in names and first.is_capitalized:
            return size, Mention("country", names[key], first.start, last.end)
        if key in regions and (first.is_capitalized or not regions[key][1]) and (
                key not in ELLIPTIC_KEYS or FEMININE_FORM.search(first.text)):
            return size, Mention("region", regions[key][0], first.start, last.end)
        if key in dimensions:
            kind, slug = dimensions[key]
            return size, Mention(kind, slug, first.start, last.end)
    return None
