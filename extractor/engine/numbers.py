"""Figures in a sentence: value, scale, percent, unit, qualifier, and what they are not.

Briefings write one number many ways ('19,4 тыс.', '5 330', 'шести', '1 млн 63 тыс.').
This stage reads them all and marks the ones that are not levels (years, dates,
phone and order numbers, money, ages, differences) so later stages never report them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from extractor.patterns import (CASE_ODDITIES, load_jsonl, load_toml, lower_case_twin, may_match,
                                required_substrings, scouts, word_list, words, wording)
from extractor.engine.timex import counts_not_years
from extractor.engine.tokens import Token, tokens_before, tokens_from

SPACES = " \u00a0\u2009\u202f"
GROUPED = rf"\d{{1,3}}(?:[{SPACES}]\d{{3}})+"
GROUP_SPACE = re.compile(f"[{SPACES}]")  # a space between digit groups ('5 330')
DIGITS = re.compile(
    rf"(?<![\w.,\-/])(?P<int>{GROUPED}|\d+)(?:(?P<sep>[.,])(?P<frac>\d+))?(?![\w]|[.,]\d)")
SCALE = re.compile(
    r"\s*(?P<scale>тыс(?:яч[а-яё]*)?\.?|млн\.?|миллион[а-яё]*|млрд\.?|миллиард[а-яё]*)"
    r"(?![а-яё])", re.IGNORECASE)
SUB_THOUSANDS = re.compile(r"\s+(?P<n>\d{1,3}(?:,\d{1,2})?)\s*(?P<scale>тыс(?:яч[а-яё]*)?\.?)(?![а-яё])",
                           re.IGNORECASE)
SUB_MILLIONS = re.compile(r"\s+(?P<n>\d{1,3})\s*(?P<scale>млн\.?|миллион[а-яё]*)(?![а-яё])",
                          re.IGNORECASE)
UNITS_AFTER_THOUSANDS = re.compile(r"\s+(?P<n>\d{1,3})(?![\d%]|[.,]\d|\s*(?:тыс|млн|млрд|%|процент))",
                                   re.IGNORECASE)
PERCENT = re.compile(r"\s*(?P<pct>%|процент[а-яё]*|проц\.)", re.IGNORECASE)
PERCENT_POINTS = re.compile(r"\s*(?:п\.\s?п\.?|процентн[а-яё]+\s+пункт[а-яё]*)", re.IGNORECASE)
MONTHS = rf"(?:{word_list('numbers.toml', 'month_stems')})[а-яё]*"
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MASKS = [
    ("url", re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+")),
    # an outlet's name with a figure in it ('24.kg', 'МИР 24', '365info.kz'): page furniture
    ("outlet", re.compile(load_toml("page_furniture.toml")["outlet_names"], re.IGNORECASE)),
    ("date", re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")),
    # a day, a span of days or a list of them ('12–13 июня', 'за 27 и 28 июня', '3, 4 и 5 мая')
    ("date", re.compile(rf"\b(?:{DAY}(?:\s*,\s*{DAY})*\s+(?:и|или)\s+{DAY}|\d{{1,2}}(?:\s*[-–—]\s*\d{{1,2}})?)"
                        rf"\s+{MONTHS}(?:\s+\d{{4}})?", re.IGNORECASE)),
    ("date", re.compile(rf"\b\d{{1,2}}\s+(?:по|до)\s+\d{{1,2}}\s+{MONTHS}", re.IGNORECASE)),
    # a dateline with the month cut short: 'ТАШКЕНТ, 15 авг — Sputnik', '21 апр.'
    ("date", re.compile(rf"\b\d{{1,2}}\s+(?:{word_list('numbers.toml', 'month_abbreviations')})\b\.?",
                        re.IGNORECASE)),
    # a street address: 'ул. Дзержинского, д. 100/5'
    ("address", re.compile(r"(?<!\w)(?:д|дом|корп|стр|оф|офис|каб|кв)\.?\s*№?\s*\d+[\w/\-]*"
                           r"(?=[\s,.;)]|$)", re.IGNORECASE)),
    # an enumerator opening a line: '10. 65 тыс. — столько ...'
    ("enumerator", re.compile(r"(?m)^[ \t]*\d{1,2}[.)](?=[ \t])")),
    ("time", re.compile(r"\b\d{1,2}:\d{2}\b")),
    ("phone", re.compile(r"\+\d{1,3}[\s\-]?(?:\(\d{2,5}\)[\s\-]?)?\d{2,4}(?:[\s\-]\d{2,4}){1,3}"
                         r"|\(\d{3,5}\)\s?\d{2,3}[\s\-]?\d{2}[\s\-]?\d{2}"
                         r"|\b\d{2,3}-\d{2}-\d{2}\b|\b8[\s\-]?800(?:[\s\-]?\d{2,4}){2,3}")),
    ("counter", re.compile(r"(?:(?:" + word_list("page_furniture.toml", "counter_words")
                           + r")[а-яё]*|views?)\s*[:\-–]?\s*\d[\d\s\u00a0]*",
                           re.IGNORECASE)),
    ("number_sign", re.compile(r"(?:№|No\.?|N\s)\s*[\w\-/.]*\d[\w\-/]*")),
    # 'статьям 26 ч.2, 27 и 18.8 закона': every number of a list of articles
    ("reference", re.compile(r"\b(?:стать[а-яё]+|ст\.|пункт[а-яё]*|п\.|подпункт[а-яё]*|пп\.|"
                             r"част[а-яё]+|ч\.|глав[а-яё]+|раздел[а-яё]*)\s*\d+[\d.\-]*"
                             r"(?:\s*(?:ч\.|част[а-яё]+)\s*\d+)?"
                             r"(?:\s*(?:,|и|или)\s*\d+(?:[.,]\d+)*(?:\s*(?:ч\.|част[а-яё]+)\s*\d+)?"
                             r"(?!\s*(?:тыс|млн|млрд|%|процент|человек|граждан|иностран|мигрант)))*",
                             re.IGNORECASE)),
    # ('горячая линия 1414'; 'по линии Россотрудничества выделено 700 квот' is the channel a
    # figure came by, no line to call)
    ("phone_number", re.compile(r"(?:номер[а-яё]*|тел\.|телефон[а-яё]*|факс[а-яё]*|"
                                r"(?<!по\s)лини[яиюей](?:\s+[а-яё]+){0,2})\s*:?\s*\d[\d\s\-()]*",
                                re.IGNORECASE)),
    ("ordinal", re.compile(r"\b\d+\s?-\s?(?:й|я|е|го|му|м|х|ми|ый|ой|ая|ое|ых|ом|ть)\b")),
    # '350-тысячным клиентом', 'пятикратный' written '5-кратный': a word, not a figure
    ("compound", re.compile(r"\b\d+(?:[.,]\d+)?-(?!лет)[а-яё]{4,}", re.IGNORECASE)),
    ("age", re.compile(r"\b\d+\s?-?\s?летн[а-яё]*|\bв возрасте\s+(?:от\s+)?\d+(?:\s*(?:до|-|–)\s*\d+)?",
                       re.IGNORECASE)),
    # ('2023 – 17 336', '2023 – 17 тыс.': a year labels the figure after it, no range)
    ("year_range", re.compile(r"\b(?:19|20)\d{2}\s*[-–—/]\s*(?:19|20)?\d{2}\b"
                              r"(?![\s\u00a0]\d{3}\b|[\s\u00a0]*(?:тыс|млн|%|чел))")),
    ("code", re.compile(r"\b[A-Za-zА-ЯЁ]{1,6}-\d+\b|\b\d+[A-Za-zА-ЯЁа-яё]{1,3}\b(?!\.)")),
]
A_DIGIT = re.compile(r"\d")
HYPHEN_RANGE = re.compile(r"-(?P<int>\d+)(?:(?P<sep>[.,])(?P<frac>\d+))?(?![\w]|[.,]\d)")
LABELLED_EACH = re.compile(r"[–—:]\s*по\s+$")
ADJECTIVE_ENDING = re.compile(r"(?:ых|их|ые|ие|ый|ий|ой|ая|яя|ое|ее|ую|юю|ым|им)$", re.IGNORECASE)
DASH_RANGE = re.compile(r"\s?[–—-]\s?")
WORD_NUMBER_GAP = re.compile(r"^[\s\-]*$")


@dataclass
class Figure:
    """One number as written: `text[start:end]` covers qualifier, number, scale and unit."""

    value: float
    start: int
    end: int
    number_start: int
    number_end: int  # end of the number and its scale or percent sign, before the unit word
    percent: bool = False
    unit: Optional[str] = None
    unit_end: Optional[int] = None
    qualifier: str = "exact"
    role: str = "level"  # level | difference | ratio | excluded
    excluded: Optional[str] = None
    in_words: bool = False
    scaled: bool = False
    scale: float = 1.0
    raw: str = ""
    tags: set[str] = field(default_factory=set)

    @property
    def is_level(self) -> bool:
        return self.role == "level"


@lru_cache(maxsize=None)
def number_rules() -> dict:
    return load_toml("numbers.toml")


@lru_cache(maxsize=None)
def unit_phrases() -> dict[str, frozenset[str]]:
    """Unit nouns that count only with a word after them ('88 видов деятельности', not '5 тыс.
    видов на жительство'): the noun's lemma and the lemmas one of the next words must have."""
    return {word: frozenset(row["followed_by"])
            for row in load_jsonl("units.jsonl", required=("unit", "lemmas")) if row.get("followed_by")
            for word in row["lemmas"]}


@lru_cache(maxsize=None)
def unit_blockers() -> dict[str, frozenset[str]]:
    """Unit nouns that are adjectives before these lemmas ('904 рабочих', but '5 рабочих дней',
    '300 рабочих мест'): the noun's lemma and the lemmas that may not come right after it."""
    return {word: frozenset(row["not_before"])
            for row in load_jsonl("units.jsonl", required=("unit", "lemmas")) if row.get("not_before")
            for word in row["lemmas"]}


@lru_cache(maxsize=None)
def unit_table() -> dict[str, tuple[str, bool]]:
    table: dict[str, tuple[str, bool]] = {}
    for row in load_jsonl("units.jsonl", required=("unit", "lemmas")):
        for word in row["lemmas"]:
            table.setdefault(word.replace("ё", "е"), (row["unit"], bool(row.get("excluded"))))
    return table


def parse_decimal(integer: str, fraction: Optional[str], separator: Optional[str]) -> tuple[float, bool]:
    """'5 330' -> 5330, '19,4' -> 19.4, '1.200' -> 1200 (a dot before three digits groups)."""
    digits = GROUP_SPACE.sub("", integer)
    if fraction is None:
        return float(digits), False
    if separator == "." and len(fraction) == 3:
        return float(digits + fraction), False
    return float(f"{digits}.{fraction}"), True


def find_figures(text: str, sentence_start: int, sentence_end: int,
                 tokens: list[Token]) -> list[Figure]:
    sentence = text[sentence_start:sentence_end]
    figures = digit_figures(sentence, sentence_start)
    if figures:
        masked = masked_spans(sentence)
        figures = [f for f in figures if not overlaps(f, masked, sentence_start)]
    figures += word_figures(text, tokens)
    figures.sort(key=lambda f: f.number_start)
    for figure in figures:
        attach_unit(figure, text, tokens, sentence_end)
        attach_qualifier(figure, text, sentence_start)
    # a lone scale word is a number only after a qualifier: 'около тысячи кыргызстанцев',
    # 'более чем тысяче иностранцев'; 'тысячи мигрантов' alone is a vague plural (and the
    # scale word of '65 тысяч и 60 тысяч человек' stands between no two figures)
    figures = [f for f in figures if not ("scale_only" in f.tags and f.qualifier == "exact")]
    share_units(figures, text)
    elided_units(figures, text, sentence_start, tokens)
    for figure in figures:
        classify(figure, text, sentence_start, tokens)
    mark_money(figures, text, sentence_start, sentence_end)
    for first, second in zip(figures, figures[1:]):
        if DASH_RANGE.fullmatch(text[first.number_end:second.number_start]) and first.role != "level" \
                and first.excluded != "year":  # '2023 – 17 336': a year labels the figure after it
            second.role = first.role  # 'на 5–7% выше': both ends of a difference are differences
        elif DASH_RANGE.fullmatch(text[first.number_end:second.number_start]) and \
                second.excluded == "money" and first.unit is None:
            first.unit, first.excluded, first.role = "money", "money", "excluded"  # '1500–2000 долларов'
        elif is_dash_range(first, second, text) or is_percent_range(first, second, text):
            first.tags.add("range_end")  # '80–90 тысяч кыргызстанцев': both ends of one range
            second.tags.add("range_end")
    return figures


def is_percent_range(first: Figure, second: Figure, text: str) -> bool:
    """'на 70–80 процентов', '15–20%': a bare figure dashed to a percentage is the lower end of a
    range of percentages, and a percentage itself."""
    if first.percent or not second.percent or first.unit is not None or first.scaled or \
            not (first.is_level and second.is_level) or \
            not DASH_RANGE.fullmatch(text[first.number_end:second.number_start]):
        return False
    if not 0 < first.value < second.value <= first.value * RANGE_SPREAD:
        return False
    first.percent, first.unit = True, "percent"
    return True


# the upper end of a range is at most this many times its lower end ('700 тысяч – 1,5 млн');
# further apart, two figures joined by a dash are a label and its value ('1 – 5 120')
RANGE_SPREAD = 5


def is_dash_range(first: Figure, second: Figure, text: str) -> bool:
    """'80–90 тысяч', '1,2 – 1,5 млн', '600–650 тыс. человек': two levels joined by a dash, the
    first with no unit of its own or the second's, rising within one order: a range."""
    if not (first.is_level and second.is_level) or first.percent != second.percent or \
            not DASH_RANGE.fullmatch(text[first.number_end:second.number_start]):
        return False
    if first.unit not in (None, second.unit) or (first.scaled and first.scale != second.scale):
        return False
    lower = first.value if first.scaled else first.value * second.scale
    return 0 < lower < second.value <= lower * RANGE_SPREAD


@lru_cache(maxsize=None)
def shared_unit_joint() -> re.Pattern:
    words = "|".join(number_rules()["shared_unit_joiners"])
    return re.compile(r"\s*(?:" + words + r")\s+", re.IGNORECASE)


def share_units(figures: list[Figure], text: str) -> None:
    """'специалисты и рабочие — 3 980 и 1 052 человека': two figures joined by 'и' with one unit
    noun after the second count the same things; the first takes the second's unit. A sum's
    currency after the last of a list is the unit of every bare figure of the list."""
    joint = shared_unit_joint()
    for first, second in zip(figures, figures[1:]):
        if first.unit is None and not first.percent and second.unit and not second.excluded \
                and not second.percent and joint.fullmatch(text, first.end, second.number_start):
            first.unit = second.unit
    listed, listed_joint = listed_unit_rules()
    pairs = list(zip(figures, figures[1:]))
    for first, second in reversed(pairs):  # from the unit back to the head of the list
        if first.unit is None and not first.percent and not second.percent and \
                second.excluded in listed and listed_joint.fullmatch(text, first.end, second.number_start):
            first.unit, first.excluded = second.unit, second.excluded


@lru_cache(maxsize=None)
def listed_unit_rules() -> tuple[frozenset, re.Pattern]:
    rules = number_rules()
    return frozenset(rules["listed_units"]), re.compile(rules["listed_unit_joint"], re.IGNORECASE)


@lru_cache(maxsize=None)
def elided_unit_gap() -> re.Pattern:
    return re.compile(r"(?<![\w-])(?P<noun>[а-яёa-z]+)\.?" + number_rules()["elided_unit_gap"], re.IGNORECASE)


ELIDED_REACH = 60  # characters before a bare number searched for the noun it leaves out


def elided_units(figures: list[Figure], text: str, sentence_start: int, tokens: list[Token]) -> None:
    """'карантин 10 дней вместо прежних 14', 'за несколько месяцев, но не больше чем за 12': a bare
    number compared with a span of time, a sum or a measure just before it leaves that noun out;
    it is of the same unit, no count. Only where no counted figure comes before it in the
    sentence ('выдано 5 000 патентов за 9 месяцев против 4 000': the old level of the count)."""
    rules = number_rules()
    for index, figure in enumerate(figures):
        if figure.unit is not None or figure.percent or any(
                not f.excluded for f in figures[:index]):
            continue
        start = max(sentence_start, figure.number_start - ELIDED_REACH)
        window = text[start:figure.number_start].lower()
        if not any(hint in window for hint in rules["elided_unit_hints"]):
            continue
        match = elided_unit_gap().search(text, start, figure.number_start)
        if match is None:
            continue
        noun = next((t for t in tokens if t.start == match.start("noun")), None)
        if noun is None:
            continue
        found = unit_table().get(noun.lemma.replace("ё", "е")) or unit_table().get(noun.text.lower())
        if found and found[1] and found[0] in rules["elided_units"] and \
                noun.lemma not in rules["elided_unit_not"]:
            figure.unit, figure.excluded = found[0], found[0]


@lru_cache(maxsize=None)
def mask_needs() -> tuple:
    return tuple((required_substrings(pattern), lower_case_twin(pattern), scouts(pattern) or ())
                 for _, pattern in MASKS)


def masked_spans(sentence: str) -> list[tuple[int, int, str]]:
    spans = []
    lowered = sentence.lower()
    odd = bool(CASE_ODDITIES.search(sentence))
    for (reason, pattern), (needs, twin, scouted) in zip(MASKS, mask_needs()):
        if not may_match(needs, sentence, lowered, odd):
            continue  # most masks need a sign the sentence lacks
        if scouted and not any((scout.search(sentence) if scout_twin is None or odd else scout_twin.search(lowered))
                               for scout, scout_twin in scouted):
            continue  # nor the run of signs every match holds ('12.05.2024': a digit, a point, a digit)
        first = 0
        if twin is not None and not odd:
            found = twin.search(lowered)  # the same search minding case in lower case is cheaper
            if found is None:
                continue
            first = found.start()  # no match starts before it: the case-blind search starts there
        spans.extend((m.start(), m.end(), reason) for m in pattern.finditer(sentence, first))
    for start, end, reason in list(spans):
        if reason == "date" and DATED_BY.search(lowered, max(0, start - 4), start):
            number = NUMBER_AFTER_DATE.match(sentence, end)
            if number:  # 'приказом от 05.10.2021 495': the document's number, its sign left out
                spans.append((number.start("n"), number.end("n"), "number_sign"))
    return spans


DATED_BY = re.compile(r"(?<!\w)от\s+$")
NUMBER_AFTER_DATE = re.compile(
    r"(?:\s+\d{4})?(?:\s*(?:года|г\.?))?\s+(?P<n>\d+[\w\-/]*)(?=[\s.,;)]|$)(?!\s*(?:тыс|млн|%|"
    r"процент|человек|граждан|иностран|мигрант|единиц|разрешени|квот|патент))", re.IGNORECASE)


def overlaps(figure: Figure, masked: list[tuple[int, int, str]], offset: int) -> bool:
    start, end = figure.number_start - offset, figure.number_end - offset
    return any(s < end and start < e for s, e, _ in masked)


def digit_figures(sentence: str, offset: int) -> list[Figure]:
    figures = []
    position = 0
    while True:
        digit = A_DIGIT.search(sentence, position)
        if digit is None:
            break
        # every figure opens on a digit: a search for one skips the text before it at C speed,
        # where the figure's pattern, opening on a look-behind, is tried at each position
        match = DIGITS.search(sentence, digit.start())
        if match is None:
            break
        value, fractional = parse_decimal(match["int"], match["frac"], match["sep"])
        end = match.end()
        upper = HYPHEN_RANGE.match(sentence, end)
        if upper and SCALE.match(sentence, upper.end()):
            # '580-590 тысяч граждан': a range read up to its upper end, in its scale
            value, fractional = parse_decimal(upper["int"], upper["frac"], upper["sep"])
            end = upper.end()
        scaled, multiplier = False, 1.0
        scale = SCALE.match(sentence, end)
        if scale:
            multiplier = scale_value(scale["scale"])
            value *= multiplier
            end = scale.end()
            scaled = True
            if value >= 1_000_000:
                rest = SUB_THOUSANDS.match(sentence, end) or (
                    SUB_MILLIONS.match(sentence, end) if value >= 1_000_000_000 else None)
                if rest:  # '1 млн 63 тыс.', '$1 млрд 663 млн'
                    value += float(rest["n"].replace(",", ".")) * scale_value(rest["scale"])
                    end = rest.end()
                    units = UNITS_AFTER_THOUSANDS.match(sentence, end) if (
                        not fractional and scale_value(rest["scale"]) == 1_000
                        and "," not in rest["n"]) else None
                    if units:  # '1 миллион 200 тысяч 691 человек'
                        value += float(units["n"])
                        end = units.end()
            if multiplier == 1_000 and not fractional:
                units = UNITS_AFTER_THOUSANDS.match(sentence, end)
                if units:  # '98 тыс. 450 разрешений'
                    value += float(units["n"])
                    end = units.end()
        if scaled:
            value = round(value, 6)  # '4,1 млн' is 4 100 000, not 4 099 999.9999999995
        percent = PERCENT.match(sentence, end)
        points = PERCENT_POINTS.match(sentence, end)
        figure = Figure(value=value, start=match.start() + offset, end=end + offset,
                        number_start=match.start() + offset, number_end=end + offset,
                        scaled=scaled, scale=multiplier, raw=match.group())
        if points:
            figure.role, figure.percent = "difference", True
            figure.tags.add("percentage_points")
            figure.end = figure.number_end = points.end() + offset
        elif percent:
            figure.percent = True
            figure.unit = "percent"
            figure.end = figure.number_end = percent.end() + offset
        if upper and scaled:
            figure.tags.add("hyphen_range")
        if not fractional and not scaled and GROUP_SPACE.search(match["int"]):
            figure.tags.add("grouped")
        if fractional:
            figure.tags.add("fractional")
        figures.append(figure)
        position = figure.number_end - offset  # '1 млн 63 тыс.' is one figure, not two
    return figures


def scale_value(word: str) -> float:
    return float(number_rules()["scales"][lemma_of_scale(word)])


def lemma_of_scale(word: str) -> str:
    word = word.lower().rstrip(".")
    if word.startswith("тыс"):
        return "тыс"
    if word.startswith("млн") or word.startswith("миллион"):
        return "млн"
    return "млрд"


def word_figures(text: str, tokens: list[Token]) -> list[Figure]:
    """Runs of number words: 'шести', 'двух тысяч', 'полутора миллионов'."""
    words = number_rules()["words"]
    scales = number_rules()["scales"]
    if not any(t.lemma in words or t.lemma in scales for t in tokens):
        return []
    figures: list[Figure] = []
    run: list[Token] = []

    def close() -> None:
        if run:
            figures.append(word_run_figure(run, words, scales))
            run.clear()

    for index, token in enumerate(tokens):
        if run and token.lemma == "с" and index + 1 < len(tokens) and tokens[index + 1].lemma == "половина":
            continue  # 'четыре с половиной тысячи': the half joins the run below
        if run and token.lemma == "половина" and tokens[index - 1].lemma == "с":
            run.append(token)
            continue
        known = token.is_word and (token.lemma in words or token.lemma in ("тысяча", "миллион", "миллиард"))
        if known and (not run or WORD_NUMBER_GAP.match(text[run[-1].end:token.start])):
            run.append(token)
        else:
            close()
            if known:
                run.append(token)
    close()
    # A lone scale word ('тысячи человек') is a number only after a qualifier (find_figures).
    return [f for f in figures if f.value]


def word_run_figure(run: list[Token], words: dict, scales: dict) -> Figure:
    total, current = 0.0, 0.0
    for token in run:
        if token.lemma == "половина":
            current += 0.5
        elif token.lemma in ("тысяча", "миллион", "миллиард"):
            current = (current or 1.0) * scales[token.lemma]
            total += current
            current = 0.0
        else:
            current += words[token.lemma]
    value = total + current
    figure = Figure(value=value, start=run[0].start, end=run[-1].end,
                    number_start=run[0].start, number_end=run[-1].end,
                    in_words=True, raw=" ".join(t.text for t in run))
    if len(run) == 1 and run[0].lemma in ("тысяча", "миллион", "миллиард"):
        figure.tags.add("scale_only")
    # 'сто две тысячи', 'полутора миллионов': as plain a figure as '102 тыс.'
    figure.scaled = any(t.lemma in ("тысяча", "миллион", "миллиард") or t.lemma in scaled_words()
                        for t in run)
    if run[0].lemma == "один" and len(run) == 1:
        figure.tags.add("weak")  # 'один из', 'одна страна': rarely a figure
    return figure


@lru_cache(maxsize=1)
def scaled_words() -> frozenset[str]:
    """'полмиллиона', 'полтысяча': one word that is a number and its scale."""
    return frozenset(number_rules()["scaled_words"])


INSTRUMENTAL_PLURAL = ("ами", "ями", "ыми", "ими")


def attach_unit(figure: Figure, text: str, tokens: list[Token], sentence_end: int) -> None:
    """The unit noun within three words after the figure ('5 330 трудовых мигрантов')."""
    if figure.percent:
        return
    table = unit_table()
    following = tokens_from(tokens, figure.number_end)[:4]
    if time_phrase_after(following):
        return  # '12 900 годом ранее': the figure's time, not a number of years
    for index, token in enumerate(following):
        if not token.is_word:
            if token.text in ("$", "₸", "₽"):
                figure.unit, figure.excluded = "money", "money"
            break
        if index and token.text.lower().endswith(INSTRUMENTAL_PLURAL) and not (
                following[index - 1].text.lower().endswith(INSTRUMENTAL_PLURAL)):
            # '14,7 тыс. уже привлечены юридическими лицами': who acted, not what is counted
            # ('с 80 российскими компаниями' is the figure's own noun, in its case)
            return
        found = table.get(token.lemma) or table.get(token.text.lower().rstrip("."))
        blockers = unit_blockers().get(token.lemma)
        if found and blockers and index + 1 < len(following) and following[index + 1].lemma in blockers:
            found = None  # '5 рабочих дней', '300 рабочих мест': an adjective, the unit comes next
        needed = unit_phrases().get(token.lemma)
        if found and needed is not None and not any(
                t.lemma in needed for t in tokens if token.end <= t.start < token.end + 40):
            return  # 'видов на жительство' is not 'видов деятельности'
        if found:
            unit, excluded = found
            # money, time and officials ('30 государственным служащим') in any of the three;
            # other non-people after one adjective ('15 легальных направлений')
            if index == 0 or not excluded or unit in ("money", "time", "official") or (
                    index == 1 and ADJECTIVE_ENDING.search(following[0].text)):
                figure.unit = unit
                figure.unit_end = token.end
                if excluded:
                    figure.excluded = unit
                else:
                    figure.end = token.end
            return
        if index >= 2:
            return
        if token.lemma in ("раз", "на", "для", "за", "соответственно"):
            # 'документов на выезд': what the things are for, not what is counted; 'против 109,4
            # тысячи за первое полугодие': the span the figure covers, not its unit; '8 100
            # соответственно годом ранее': the figure's time
            return


def time_phrase_after(following: list[Token]) -> bool:
    words = " ".join(t.text.lower() for t in following[:2])
    return any(words.startswith(phrase) for phrase in number_rules()["time_phrases"])


def attach_qualifier(figure: Figure, text: str, sentence_start: int) -> None:
    qualifiers = number_rules()["qualifiers"]
    before = text[max(sentence_start, figure.number_start - 30):figure.number_start].lower()
    words = re.findall(r"[а-яё]+", before)
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        phrase = " ".join(words[-size:])
        if phrase in qualifiers and before.rstrip().endswith(words[-1]):
            figure.qualifier = qualifiers[phrase]
            # where the phrase's first word begins, not a word ending in it ('не' in 'не менее')
            opening = before.rfind(words[-size])
            while opening > 0 and before[opening - 1].isalpha():
                opening = before.rfind(words[-size], 0, opening)
            figure.start = figure.number_start - (len(before) - opening)
            figure.tags.add("qualified")
            return
    if "hyphen_range" in figure.tags:
        figure.qualifier = "at_most"  # '580-590 тысяч': no more than its upper end


def classify(figure: Figure, text: str, sentence_start: int, tokens: list[Token]) -> None:
    """Mark what is not a level: years, differences, ratios, money and the like."""
    previous_words = words_before(tokens, figure.number_start, 3)
    next_words = words_after(tokens, figure.number_end, 1)
    if next_words and next_words[0] == "раз":
        figure.role = "ratio" if previous_words[-1:] == ["в"] else "excluded"
        return
    if is_fraction_numerator(figure, next_words[0] if next_words else "", text):
        figure.role, figure.excluded = "excluded", "fraction"  # 'две трети мигрантов': a share
        return
    if figure.excluded:
        figure.role = "excluded"
        return
    if figure.role == "difference":
        return
    is_year_shaped = (not figure.scaled and not figure.percent and not figure.in_words
                      and "grouped" not in figure.tags and "fractional" not in figure.tags
                      and 1900 <= figure.value <= 2100 and float(figure.value).is_integer())
    if is_year_shaped and (figure.unit is None or next_words[:1] in (["год"], ["г"])
                           or is_bare_year(figure, text)) and not is_value_cell(figure, text) and \
            not (next_words[:1] not in (["год"], ["г"]) and opens_part(figure, text, sentence_start)):
        figure.role, figure.excluded = "excluded", "year"
        return
    if text[max(0, figure.number_start - 1):figure.number_start] == "+":
        figure.role = "difference"
        return
    if is_difference(figure, text, sentence_start, tokens, previous_words):
        figure.role = "difference"
        return
    if "weak" in figure.tags and figure.qualifier == "exact" and not LABELLED_EACH.search(
            text, max(sentence_start, figure.number_start - 6), figure.number_start) and \
            not is_word_list_item(figure, text, sentence_start, next_words) and \
            not counted_as_one(figure, text, sentence_start):
        # 'одного работника', 'одна из стран'; but 'из Кыргызстана — по одному' is a figure
        figure.role, figure.excluded = "excluded", "weak_word"
        return
    if figure.in_words and figure.value < 10 and wording("family_children").match(text, figure.number_end):
        # 'кормить жену и троих детей', 'отец пятерых детей': the size of a family, no count
        figure.role, figure.excluded = "excluded", "family_size"


@lru_cache(maxsize=None)
def counted_one_shapes() -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    return tuple((re.compile(before), re.compile(after)) for before, after in number_rules()["counted_one"])


def counted_as_one(figure: Figure, text: str, sentence_start: int) -> bool:
    """'по одной семье – в Макатском районе', 'ещё один человек депортирован', 'два из
    Узбекистана и один из Казахстана': the word 'один' given as a count (numbers.toml)."""
    before = text[max(sentence_start, figure.number_start - 40):figure.number_start]
    after = text[figure.end:figure.end + 40]
    if any(b.search(before) and a.match(after) for b, a in counted_one_shapes()):
        figure.tags.add("counted_one")
        return True
    return False


@lru_cache(maxsize=None)
def fraction_slash() -> re.Pattern:
    return re.compile(number_rules()["fraction_slash"])


def is_fraction_numerator(figure: Figure, next_lemma: str, text: str) -> bool:
    """'две трети', 'три четверти', 'три пятых', '2/3': the number counts parts of a whole, no
    people."""
    rules = number_rules()
    return next_lemma in rules["fraction_nouns"] or (
        figure.in_words and next_lemma in rules["fraction_ordinals"]) or (
        not figure.in_words and "/" in text[figure.number_end:figure.number_end + 2]
        and bool(fraction_slash().match(text, figure.number_end)))


def is_word_list_item(figure: Figure, text: str, sentence_start: int, next_words: list[str]) -> bool:
    """'29 граждан Узбекистана, трое — Азербайджана и один — Таджикистана', 'из Монголии – одна
    семья': a number word that is a later item of a breakdown, its label across a dash on
    either side, is a figure however small ('один из', 'одна из стран' stay words)."""
    if figure.number_start <= sentence_start or next_words[:1] == ["из"]:
        return False
    before = text[max(sentence_start, figure.number_start - 4):figure.number_start]
    after = text[figure.number_end:figure.number_end + 3]
    # the label before the dash: the item ends its clause ('– одна семья.', not '— один человек
    # может иметь несколько договоров')
    return bool((DASH_BEFORE_WORD.search(before) and ITEM_END.match(text, figure.unit_end or figure.number_end))
                or (LIST_JOINER_BEFORE.search(before) and DASH_AFTER_WORD.match(after)))


DASH_BEFORE_WORD = re.compile(r"(?:[–—]|\s-)\s$")  # 'из Монголии – одна семья'
LIST_JOINER_BEFORE = re.compile(r"(?:[,;]|\sи)\s$")  # ', трое —', ' и один —', ', семь – в районе'
DASH_AFTER_WORD = re.compile(r"\s?(?:[–—]|-\s)")  # 'трое — Азербайджана', 'семь – в районе'
ITEM_END = re.compile(r"\s*(?:[.,;)]|$|и\s)")


def is_value_cell(figure: Figure, text: str) -> bool:
    """'2021 | 2019' under 'Год | Выдано патентов': a cell that counts something, not a year."""
    start = text.rfind("\n", 0, figure.number_start) + 1
    end = text.find("\n", figure.number_end)
    return counts_not_years(text[start:end if end >= 0 else len(text)], figure.number_start - start)


def opens_part(figure: Figure, text: str, sentence_start: int) -> bool:
    """'Из них 2038 выданы': a figure right after 'из них' is a part of a count, never a year."""
    return wording("part_of_them_before").search(
        text, max(sentence_start, figure.number_start - 40), figure.number_start) is not None


def is_bare_year(figure: Figure, text: str) -> bool:
    """'в 2019 число мигрантов составило': a year with its noun left out, not 2 019 people."""
    found = wording("timex_bare_year").search(text, max(0, figure.number_start - 4),
                                               figure.number_end + 40)
    return found is not None and found.start("year") == figure.number_start


@lru_cache(maxsize=None)
def money_patterns() -> tuple[re.Pattern, re.Pattern]:
    rules = number_rules()["money"]
    return (re.compile(rules["currency_before"] + r"\s*$", re.IGNORECASE),
            re.compile(rules["currency_in_sentence"], re.IGNORECASE))


WORDS = re.compile(r"[А-Яа-яЁёA-Za-z]{3}")
# a table row labelled by its year ('2021 | 11 835 | 6 290') is data, not a ticker
YEAR_ROW = re.compile(r"\s*(?:19|20)\d{2}\s*(?:г\.|год)?\s*\|\s*\d")


PERCENT_BESIDE_SUM = re.compile(r"\s*[,;]\s*(?:около\s+|почти\s+|более\s+)?")
MORE_OF_A_SUM = re.compile(r"[^.;:!?\d]{0,40}?(?<![\w-])(?:и|а|плюс)\s+ещ[её]\s+(?:около\s+|почти\s+|примерно\s+)?",
                           re.IGNORECASE)


def mark_money(figures: list[Figure], text: str, sentence_start: int, sentence_end: int) -> None:
    """Money is never a fact, wherever its currency stands; nor is a line of bare numbers.

    '$3,4 млрд' and 'USD 11,6 млрд' name it before the number; 'Узбекистан – 3,2 млрд
    долларов, Таджикистан – 1,7 млрд' names it once for a list of the same scale;
    '(в долларах США)' for a whole sentence; and no labour figure runs to billions.
    """
    before, declared = money_patterns()
    if not WORDS.search(text, sentence_start, sentence_end) and \
            not YEAR_ROW.match(text, sentence_start, sentence_end):
        for figure in figures:  # '• 89.01 • 95.05 • 0.94': a rates ticker, no sentence at all
            figure.role, figure.excluded = "excluded", "furniture"
        return
    sentence = text[sentence_start:sentence_end]
    sentence_money = may_match(required_substrings(declared), sentence, sentence.lower()) and \
        bool(declared.search(text, sentence_start, sentence_end))
    money_scales, first_money = set(), None
    before_needs = required_substrings(before)
    for figure in figures:
        lead = text[max(sentence_start, figure.number_start - 8):figure.number_start]
        if may_match(before_needs, lead, lead.lower()) and before.search(lead):
            figure.unit, figure.excluded, figure.role = "money", "money", "excluded"
        if figure.excluded == "money" and figure.scaled:
            money_scales.add(figure.scale)
            first_money = figure.number_start if first_money is None else first_money
    for figure in figures:
        if figure.role == "excluded" or figure.percent or figure.unit is not None:
            continue
        # 'Россия – 4,7 млрд долларов, Казахстан – 300 млн': millions after money are money too
        after_money = first_money is not None and figure.number_start > first_money \
            and figure.scale >= 1e6
        if figure.value >= 1e9 or (figure.scaled and (
                sentence_money or figure.scale in money_scales or after_money)):
            figure.unit, figure.excluded, figure.role = "money", "money", "excluded"
    for first, second in zip(figures, figures[1:]):
        # '(141,9%, 8 800 рублей)': a share set beside a sum in one bracket is the sum's rise
        if first.percent and second.excluded == "money" and \
                PERCENT_BESIDE_SUM.fullmatch(text, first.number_end, second.number_start) and \
                text.rfind("(", sentence_start, first.number_start) > text.rfind(")", sentence_start, first.number_start):
            first.role, first.excluded = "excluded", "money"
        # 'отдал 600 долларов за билет и ещё 300 за разрешение': one more sum, its currency left out
        if first.excluded == "money" and second.unit is None and not second.percent and \
                second.role != "excluded" and MORE_OF_A_SUM.fullmatch(text, first.end, second.number_start):
            second.unit, second.excluded, second.role = "money", "money", "excluded"


def is_difference(figure: Figure, text: str, sentence_start: int, tokens: list[Token],
                  previous_words: list[str]) -> bool:
    """'на 44 тыс. больше', 'увеличилось на 20%': a change, not a level."""
    if figure.qualifier != "exact":
        previous_words = words_before(tokens, figure.start, 2)
    if not previous_words or previous_words[-1] != "на":
        return False
    rules = number_rules()["differences"]
    change_lemmas = set(rules["change_lemmas"])
    clause = clause_tokens(tokens, figure, text)
    if any(t.lemma in change_lemmas for t in clause):
        return True
    # 'уменьшилось на 3 581 человека, а за пять лет – на 315 522': the dash stands for the verb
    # of change said before it in the sentence
    before = tokens_before(tokens, figure.number_start)
    if len(before) < 2 or before[-1].text.lower() != "на" or before[-2].text not in ("–", "—", "-"):
        return False
    return any(t.lemma in change_lemmas for t in before[:-2])


def clause_tokens(tokens: list[Token], figure: Figure, text: str) -> list[Token]:
    """Tokens of the clause around a figure: between separators ; : ( ) and ', ' boundaries."""
    left = tokens_before(tokens, figure.number_start)
    right = tokens_from(tokens, figure.number_end)
    clause: list[Token] = []
    for token in reversed(left):
        if token.text in (";", ":", "(", ")", "—", "–") or (token.text == "," and len(clause) > 4):
            break
        clause.append(token)
    clause.reverse()
    skip_to = -1
    for token in right:
        if token.start < skip_to:
            continue
        if token.text == "(" and clause:
            skip_to = share_in_brackets_end(figure, token, text)
            if skip_to > 0:
                continue
        if token.text in (";", ":", "(", ")", ".", ",") and clause:
            break
        clause.append(token)
    return clause


# a share in brackets before a word ('926 человек (5%) заняты'); before a dash or a comma it ends
# the clause ('большинство — 595 тыс. (91%) — уехали')
SHARE_IN_BRACKETS = re.compile(r"\(\s*\d+(?:[.,]\d+)?\s*%\s*\)(?=\s+[А-Яа-яЁё])")


def share_in_brackets_end(figure: Figure, bracket: Token, text: str) -> int:
    """The end of a share in brackets right after the figure and its noun ('926 человек (5%)
    заняты на сезонных работах': the verb after it is the figure's own), else -1."""
    share = SHARE_IN_BRACKETS.match(text, bracket.start)
    return share.end() if share and len(text[figure.end:bracket.start].split()) <= 1 else -1


def words_before(tokens: list[Token], position: int, count: int) -> list[str]:
    before = tokens_before(tokens, position)[-count:]  # only the last few are lowered
    return [t.text.lower() for t in before]


def words_after(tokens: list[Token], position: int, count: int) -> list[str]:
    return [t.lemma for t in tokens_from(tokens, position)[:count]]


@dataclass
class FigurePair:
    """'с 0,2% до 0,25%' (a change) or 'от 5 до 7 тыс.' (a range)."""

    kind: str  # "change" | "range"
    first: Figure
    second: Figure
    start: int
    end: int


PAIR_LEFT = re.compile(r"(?:^|[\s(«\"])(?P<word>с|со|от)(?:\s+(?:"
                       + "|".join(number_rules()["old_level_words"]) + r")[а-яё]*)?\s*$", re.IGNORECASE)
# a lower end that is itself a span ('от 4-5 до 12 миллионов человек'): one range
PAIR_LEFT_SPAN = re.compile(r"(?:^|[\s(«\"])(?P<word>от)\s+\d+(?:[.,]\d+)?\s?[-–]\s?$", re.IGNORECASE)
SPAN_MIDDLE = re.compile(r"^\s?[-–]\s?\d+(?:[.,]\d+)?\s+до\s*$")
# 'с 0,41% до 0,28%', also 'с 0,41% в 2020 году до 0,28%', 'с 20,4 тыс. годом ранее до 16,2 тыс.'
PAIR_MIDDLE = re.compile(r"^\s*(?:(?:в|на)\s+(?:\d{4}|" + word_list("numbers.toml", "pair_years")
                         + r")\s+год[а-яё]*\s+|(?:" + word_list("numbers.toml", "time_phrases")
                         + r")\s+|(?:" + number_rules()["pair_spans"] + r")\s+)?(?:до|по)\s*$", re.IGNORECASE)


def is_year(figure: Figure) -> bool:
    return figure.excluded == "year" or (figure.excluded == "time" and 1900 <= figure.value <= 2100
                                          and float(figure.value).is_integer())


# an amendment to a decree's table: 'цифры "35078" заменить цифрами "35401"'
AMENDMENT_NOUN = rf"(?:{word_list('numbers.toml', 'amendment_nouns')})[а-яё]*\s*[\"«„“]"
AMENDMENT_VERBS = words("numbers.toml", "amendment_verbs")
AMENDMENT_LEFT = re.compile(AMENDMENT_NOUN + "$", re.IGNORECASE)
AMENDMENT_MIDDLE = re.compile(rf"[\"»“”]\s*(?:{word_list('numbers.toml', 'amendment_verbs')})\s+"
                              + AMENDMENT_NOUN, re.IGNORECASE)


def amendment_pairs(figures: list[Figure], text: str) -> list[FigurePair]:
    """Old and new figure of an amended decree: one change, whatever the figures look like."""
    pairs = []
    for first, second in zip(figures, figures[1:]):
        if is_year(first) and is_year(second):
            continue  # 'цифры «2025» заменить цифрами «2026»': the year the law is for
        if AMENDMENT_LEFT.search(text[max(0, first.start - 12):first.start]) and \
                AMENDMENT_MIDDLE.fullmatch(text[first.end:second.start]):
            for figure in (first, second):
                figure.role, figure.excluded = "level", None
            pairs.append(FigurePair("change", first, second, first.start, second.end))
    return pairs


def find_pairs(figures: list[Figure], text: str) -> list[FigurePair]:
    if len(figures) >= 2 and any(verb in text[figures[0].start:figures[-1].end]
                                 for verb in AMENDMENT_VERBS):
        amended = amendment_pairs(figures, text)
        if amended:
            return amended
    pairs = []
    # a year between the two figures belongs to the first: 'с 0,41% в 2020 году до 0,28%'
    figures = [f for f in figures if not is_year(f)]
    for first, second in zip(figures, figures[1:]):
        # the second figure's 'до' was read as its qualifier; the pair wants it back
        middle = text[first.end:second.start] + (" до" if second.qualifier == "at_most" else "")
        joined = bool(PAIR_MIDDLE.match(middle) or (SPAN_MIDDLE.match(middle) and not first.scaled))
        if second.role == "excluded":
            if joined and first.role == "level":
                first.role, first.excluded = "excluded", second.excluded  # 'от 137 до 250 МРП'
            continue
        if first.qualifier == "at_most" or not joined:
            continue
        left = PAIR_LEFT.search(text[max(0, first.start - 30):first.start]) or \
            PAIR_LEFT_SPAN.search(text[max(0, first.start - 30):first.start])
        if not left:
            continue
        # 'с 3 до 2,9%', 'с 6 до 10 тыс.': the first figure takes the second's sign and scale.
        if second.percent and not first.percent:
            first.percent, first.unit = True, "percent"
        if second.scale > 1 and not first.scaled:
            first.value *= second.scale
            first.scaled = True
        start = max(0, first.start - 30) + left.start("word")
        kind = "change" if left["word"].lower() in ("с", "со") else "range"
        pairs.append(FigurePair(kind, first, second, start, second.end))
    return pairs
