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
from extractor.engine.tokens import TOKEN, Token, lemma, tokenize


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
        # 'keys' are the cues' lemmas, stored beside them so start-up needs no analyser
        for key in row.get("keys") or [phrase_key(cue) for cue in row["cues"]]:
            table.setdefault(tuple(key), ("sector", row["code"]))
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


@lru_cache(maxsize=None)
def region_table() -> dict[tuple[str, ...], tuple[str, bool]]:
    """Lower-cased word sequence as written -> (ISO 3166-2 code, must it be capitalized).

    Regions match on their written case forms, not on lemmas: pymorphy guesses lemmas of
    unknown names inconsistently ('Мангистауской' -> 'мангистауска'), and generating the
    forms here keeps the analyser off the start-up path.
    """
    table: dict[tuple[str, ...], tuple[str, bool]] = {}
    config = load_toml("regions.toml")
    not_forms = {surface_key(form) for form in config.get("not_forms", [])}
    for code, names in config["names"].items():
        if not REGION_CODE.fullmatch(code):
            raise UserError(f"regions.toml: {code} is not an ISO 3166-2 code")
        for name in names:
            for form in case_forms(name):
                if surface_key(form) not in not_forms:
                    table.setdefault(surface_key(form), (code, name[0].isupper()))
    for code, names in config["names"].items():
        for name in names:
            if ELLIPTIC_HEAD.search(name):
                # 'в Южно-Казахстанской (13 673) и Алматинской областях': the adjective alone,
                # and in the plural before the region's people or bodies ('Калужские приставы
                # выслали 13 иностранцев', 'Омские работодатели'), capitalized only
                for form in word_forms(name.split(" ")[0]) + adjective_plurals(name.split(" ")[0]):
                    table.setdefault(surface_key(form), (code, True))
    return table


def adjective_plurals(adjective: str) -> list[str]:
    """'Калужские', 'Калужских', 'Калужским', 'Калужскими' of 'Калужская'."""
    stem, vowel = adjective[:-2], "и" if adjective[-3:-2] in "кгх" else "ы"
    return [stem + vowel + ending for ending in ("е", "х", "м", "ми")]


# the shape of an ISO 3166-2 code; tests check every code against pycountry's list, which
# is too slow to load at every start
REGION_CODE = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")


def surface_key(phrase: str) -> tuple[str, ...]:
    return tuple(m.group().lower().replace("ё", "е") for m in TOKEN.finditer(phrase))


ELLIPTIC_HEAD = re.compile(r"^[А-ЯЁ][А-ЯЁа-яё-]+(?:ская|цкая|ная) область$")

# Case endings of Russian place names and of the words around them ('область', 'край',
# 'город'), case by case (nominative, genitive, dative, accusative, instrumental,
# prepositional) so that the words of a name agree; 'область', 'край' and 'округ' also in
# the plural, so 'в Ленинградской и Калининградской областях' reads as several regions.
CASE_ENDINGS = [  # (ending, alternatives per case)
    ("ская", (("ская",), ("ской",), ("ской",), ("скую",), ("ской", "ской"), ("ской",))),
    ("цкая", (("цкая",), ("цкой",), ("цкой",), ("цкую",), ("цкой",), ("цкой",))),
    ("ная", (("ная",), ("ной",), ("ной",), ("ную",), ("ной",), ("ной",))),
    ("ний", (("ний",), ("него",), ("нему",), ("ний",), ("ним",), ("нем",))),
    ("ий", (("ий",), ("ого",), ("ому",), ("ий",), ("им",), ("ом",))),
    ("ый", (("ый",), ("ого",), ("ому",), ("ый",), ("ым",), ("ом",))),
    ("ь", (("ь",), ("и",), ("и",), ("ь",), ("ью",), ("и",))),
    ("й", (("й",), ("я",), ("ю",), ("й",), ("ем",), ("е",))),
    ("я", (("я",), ("и",), ("е", "и"), ("ю",), ("ей",), ("е", "и"))),
    ("а", (("а",), ("ы", "и"), ("е",), ("у",), ("ой",), ("е",))),
    # 'Кемерово', 'Сахарово', 'Пушкино' stay as they are, but the press also declines them
    # after 'в' ('в Кемерове', 'в Сахарове'); their other declined forms are surnames
    # ('Иванова', 'Сахарову'), so only this one is taken
    ("ово", (("ово",), ("ово",), ("ово",), ("ово",), ("ово",), ("ово", "ове"))),
    ("ево", (("ево",), ("ево",), ("ево",), ("ево",), ("ево",), ("ево", "еве"))),
    ("ёво", (("ёво",), ("ёво",), ("ёво",), ("ёво",), ("ёво",), ("ёво", "ёве"))),
    ("ино", (("ино",), ("ино",), ("ино",), ("ино",), ("ино",), ("ино", "ине"))),
    ("ыно", (("ыно",), ("ыно",), ("ыно",), ("ыно",), ("ыно",), ("ыно", "ыне"))),
]
CONSONANT_CASES = (("",), ("а",), ("у",), ("",), ("ом",), ("е",))
PLURALS = {"область": ("области", "областей", "областям", "областях", "областями"),
           "край": ("края", "краев", "краях", "краям"), "округ": ("округа", "округов", "округах")}


def case_forms(name: str) -> list[str]:
    """The name in each case, its words agreeing; and with a plural head noun."""
    words = name.split(" ")
    forms: list[str] = []
    for case in range(6):
        variants = [[]]
        for word in words:
            variants = [v + [o] for v in variants for o in word_case(word, case)]
        forms.extend(" ".join(v) for v in variants)
    if words[-1] in PLURALS:
        head = words[:-1]
        for case in (1, 5):  # 'Ленинградской и Калининградской областях'
            variants = [[]]
            for word in head:
                variants = [v + [o] for v in variants for o in word_case(word, case)]
            forms.extend(" ".join(v + [plural]) for v in variants for plural in PLURALS[words[-1]])
    return list(dict.fromkeys(forms))


def word_case(word: str, case: int) -> tuple[str, ...]:
    """One word in one case; names that do not decline ('Актобе', 'Душанбе') stay."""
    if "-на-" in word:  # 'Ростов-на-Дону' declines its first part only
        head, tail = word.split("-на-", 1)
        return tuple(f"{form}-на-{tail}" for form in word_case(head, case))
    if not word[-1:].isalpha() or len(word) < 3:
        return (word,)
    for ending, cases in CASE_ENDINGS:
        if word.endswith(ending):
            return tuple(word[:-len(ending)] + e for e in cases[case])
    if word[-1].lower() in "бвгджзклмнпрстфхцчшщ":
        return tuple(word + e for e in CONSONANT_CASES[case])
    return (word,)


def word_forms(word: str) -> list[str]:
    return list(dict.fromkeys(f for case in range(6) for f in word_case(word, case)))


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
    for key in list(names) + list(dimension_table()):
        if key:
            longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return longest


@lru_cache(maxsize=None)
def longest_by_first_word() -> dict[str, int]:
    """The same for region names, which match on the words as written."""
    longest: dict[str, int] = {}
    for key in region_table():
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
    region_starts = longest_by_first_word()
    mentions: list[Mention] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        longest = starts.get(token.lemma, 0)
        found = match_at(tokens, index, longest, names, dimensions) if longest else None
        region_longest = region_starts.get(token.text.lower(), 0) if token.is_word else 0
        if region_longest:
            # a region and a sector or country may start alike: the longer name wins
            region = region_at(tokens, index, region_longest, regions)
            if region and (found is None or region[0] > found[0]):
                found = region
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


IN_BEFORE = re.compile(r"(?:^|[\s«\"(])[Вв]\s+$")
CLAUSE_OPENING = re.compile(r"(?:[.!?\n,;:«\"(–—-]|\s(?:и|а|но|однако))\s*$")


def capitals_as_states(mentions: list[Mention], text: str) -> list[Mention]:
    """'Душанбе попросил Москву', 'Ташкент и Москва договорились', 'предложил Москве': a
    capital (`regions.toml` capitals) named in the nominative as the one who acts, a verb of a
    state's stance right after it (wording.toml `state_act_after`), or addressed by such a verb
    (`state_act_before`), or the place its officials spoke in ('В Бишкеке предупредили',
    `state_spoke_after`), is its state, not the city; 'Власти Москвы предложили' stays the city."""
    from extractor.patterns import wording, words

    capitals = words("regions.toml", "capitals")
    if not any(m.kind == "region" and m.code in capitals for m in mentions):
        return mentions
    names = load_toml("regions.toml")["names"]
    result = []
    for mention in mentions:
        if mention.kind == "region" and mention.code in capitals:
            before = text[max(0, mention.start - 40):mention.start]
            acting = text[mention.start:mention.end] in names[mention.code] and \
                wording("state_act_after").match(text, mention.end) and \
                (CLAUSE_OPENING.search(before) or not text[:mention.start].strip())
            spoke = bool(IN_BEFORE.search(before)) and bool(wording("state_spoke_after").match(text, mention.end))
            if acting or spoke or wording("state_act_before").search(before):
                mention = Mention("country", mention.code[:2], mention.start, mention.end)
        result.append(mention)
    return result


ADJECTIVE_ALONE_AFTER = re.compile(r"\s*(?:[,(]|и\s|или\s|област|край|округ)", re.IGNORECASE)


def city_adjectives(mentions: list[Mention], text: str) -> list[Mention]:
    """'Полиция Алматы выдворила ... Алматинская полиция вернула на родину': the adjective
    alone that a city of its own shares with the oblast around it (`regions.toml`
    shared_adjectives) is the city in a text that names the city and never the oblast in full."""
    shared = load_toml("regions.toml")["shared_adjectives"]
    alone = [m for m in mentions if m.kind == "region" and m.code in shared
             and text[m.start:m.end].lower().startswith(adjective_stem(m.code))
             and " " not in text[m.start:m.end] and not ADJECTIVE_ALONE_AFTER.match(text, m.end)]
    if not alone:
        return mentions
    result = mentions
    for code in {m.code for m in alone}:
        city = shared[code]
        if not any(m.code == city for m in mentions) or any(
                m.code == code and " " in text[m.start:m.end] for m in mentions):
            continue
        result = [Mention("region", city, m.start, m.end) if m in alone and m.code == code else m
                  for m in result]
    return result


@lru_cache(maxsize=None)
def adjective_stem(code: str) -> str:
    """'алматинск' of 'Алматинская область': the stem every case of the adjective alone keeps."""
    full = next(name for name in load_toml("regions.toml")["names"][code] if ELLIPTIC_HEAD.search(name))
    return full.split(" ")[0][:-2].lower()


def own_capital_mentions(mentions: list[Mention], text: str, jurisdiction: Optional[str]) -> list[Mention]:
    """'В столице выдворили ...', 'столичные полицейские', 'департамент полиции столицы': the
    capital of the reporting state (`regions.toml` own_capital), where the press names it by
    the word alone; not 'столица Турции' nor a capital already named ('Северная столица')."""
    if not jurisdiction or not ("толиц" in text or "толичн" in text):
        return mentions
    capitals = load_toml("regions.toml")["own_capital"]
    from extractor.patterns import wording

    found = []
    for match in wording("capital_word").finditer(text):
        if any(n.start < match.end() and match.start() < n.end for n in mentions):
            continue
        # 'полиция Казахстана проводит рейды. В столице задержали' in an Uzbek text: the capital
        # of the one other state its paragraph is in so far, else of the reporting state
        paragraph = text.rfind("\n", 0, match.start()) + 1
        others = {n.code for n in mentions if n.kind == "country" and n.code != jurisdiction
                  and paragraph <= n.start < match.start()}
        state = others.pop() if len(others) == 1 else None if others else jurisdiction
        if state in capitals:
            found.append(Mention("region", capitals[state], match.start(), match.end()))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def match_at(tokens: list[Token], index: int, longest: int,
             names: dict[tuple[str, ...], str],
             dimensions: dict[tuple[str, ...], tuple[str, str]]) -> tuple[int, Mention] | None:
    for size in range(min(longest, len(tokens) - index), 0, -1):
        window = tokens[index:index + size]
        key = tuple(t.lemma for t in window)
        first, last = window[0], window[-1]
        if key in names and first.is_capitalized:
            return size, Mention("country", names[key], first.start, last.end)
        if key in dimensions:
            kind, slug = dimensions[key]
            return size, Mention(kind, slug, first.start, last.end)
    return None


def region_at(tokens: list[Token], index: int, longest: int,
              regions: dict[tuple[str, ...], tuple[str, bool]]) -> tuple[int, Mention] | None:
    for size in range(min(longest, len(tokens) - index), 0, -1):
        window = tokens[index:index + size]
        key = tuple(t.text.lower().replace("ё", "е") for t in window)
        found = regions.get(key)
        if found and (window[0].is_capitalized or not found[1]):
            return size, Mention("region", found[0], window[0].start, window[-1].end)
    return None


def write_nace_keys() -> None:
    """Store each cue's lemmas in `patterns/nace.jsonl` ('keys'), after the cues are edited:
    `python -m extractor.engine.gazetteer`."""
    import json
    from extractor.patterns import patterns_dir

    path = patterns_dir() / "nace.jsonl"
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("{"):
            row = json.loads(line)
            row["keys"] = [list(phrase_key(cue)) for cue in row["cues"]]
            line = json.dumps(row, ensure_ascii=False)
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_nace_keys()
