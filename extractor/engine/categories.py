"""Quota categories named by the jobs they cover, not by ordinal.

'на первых руководителей и их заместителей приходится 800 единиц, на руководителей
структурных подразделений – 4 100, на специалистов – 9 000' lists the four categories
of a Kazakh quota by the posts they cover; each item takes its `category` slug.
The labels live in `patterns/categories.toml`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from extractor.engine.breakdowns import segment_bounds
from extractor.engine.gazetteer import ordinal_categories
from extractor.engine.numbers import Figure
from extractor.engine.state import SentenceView
from extractor.engine.tokens import Token, analyzer
from extractor.patterns import load_toml


BREAK = re.compile(r"[;:()]|,\s")


@dataclass(frozen=True)
class Label:
    slug: str
    first: int  # token indexes in the sentence, inclusive
    last: int


@lru_cache(maxsize=None)
def config() -> dict:
    return load_toml("categories.toml")


@lru_cache(maxsize=None)
def wording(key: str) -> re.Pattern:
    """A regular expression of `patterns/categories.toml`, compiled once."""
    return re.compile(config()[key])


@lru_cache(maxsize=None)
def label_lemmas() -> frozenset[str]:
    return frozenset(w for row in config()["labels"] for words in row["lemmas"] for w in words)


def find_labels(tokens: list[Token]) -> list[Label]:
    """Every job label in a sentence, left to right, no overlaps."""
    wanted = label_lemmas()
    positions: dict[str, list[int]] = {}
    for index, token in enumerate(tokens):
        if token.lemma in wanted:
            positions.setdefault(token.lemma, []).append(index)
    if not positions:
        return []
    window = config()["window"]
    modifiers = set(config()["unit_modifiers"])
    labels: list[Label] = []
    taken: set[int] = set()
    for row in config()["labels"]:
        for words in row["lemmas"]:
            if not all(word in positions for word in words):
                continue
            for index in positions[words[0]]:
                if index in taken:
                    continue
                last = follow(tokens, index, words[1:], window)
                if last is None or any(i in taken for i in range(index, last + 1)):
                    continue
                if index and tokens[index - 1].lemma in modifiers:
                    continue  # 'иностранных специалистов': who is counted, not a category
                labels.append(Label(row["slug"], index, last))
                taken.update(range(index, last + 1))
    return sorted(labels, key=lambda label: label.first)


def follow(tokens: list[Token], index: int, rest: list[str], window: int) -> Optional[int]:
    position = index
    for word in rest:
        ahead = [i for i in range(position + 1, min(len(tokens), position + 1 + window))
                 if tokens[i].lemma == word]
        if not ahead:
            return None
        position = ahead[0]
    return position


def labels_of(view: SentenceView) -> list[Label]:
    if view.labels is None:
        view.labels = find_labels(view.tokens)
    return view.labels


def job_category(figure: Figure, view: SentenceView, text: str,
                 listed_before: bool) -> Optional[str]:
    """The category a job label gives a figure of a list of categories, if any.

    `listed_before` says an earlier item of the same list named a category.
    """
    labels = labels_of(view)
    if not labels and not any(m.kind == "category" for m in view.mentions):
        return None
    if not (listed_before or is_categorical(view, labels)):
        return None
    bracketed = next((m.code for m in view.mentions if m.kind == "category" and figure.end <= m.start
                      and wording("bracket_after").fullmatch(text[figure.end:m.start])
                      and wording("ordinal_category").match(text, m.start)), None)
    if bracketed:
        return bracketed  # '3 774 специалиста (третья категория)'
    left, right = segment_bounds(text, view.sentence, figure.start, figure.end)
    left = across_brackets(text, view, left, figure)
    named = [m for m in view.mentions if m.kind == "category" and left <= m.start < figure.start]
    if named:
        return named[-1].code  # 'для руководителей (первая категория) выдано 374 разрешения'
    for label in reversed(labels):
        start, end = view.tokens[label.first].start, view.tokens[label.last].end
        if left <= start and end <= figure.start:
            return label.slug  # 'на специалистов – 9 000'
        if figure.end <= start < right and text[figure.end:start].strip() == "(":
            return label.slug  # '9 000 (специалисты)'
        if figure.end <= start and wording("label_after").fullmatch(text[figure.end:start]):
            return label.slug  # '551 – на руководителей и их заместителей'
    return named_earlier(figure, view, text)


def own_category(figure: Figure, view: SentenceView, text: str) -> Optional[str]:
    """The category the figure's own words name, before any name of a neighbouring item: in
    '1 104 руководителя подразделений и 3 200 специалистов', '1 792 разрешения на сезонные
    работы и 1 698 — в рамках корпоративного перевода' the second figure counts the second
    group, and in 'у третьей и четвёртой категорий — 7 617 и 1 153' each takes its own."""
    labels = labels_of(view)
    if not labels and not any(m.kind == "category" for m in view.mentions):
        return None
    paired = respective(figure, view, text, labels)
    if paired or not labels or not is_categorical(view, labels):
        return paired
    for label in labels:
        start = view.tokens[label.first].start
        if start >= figure.number_end:
            return label.slug if names_own_group(text[figure.number_end:start], view.tokens[label.first]) \
                else None
    return None


def names_own_group(gap: str, first: Token) -> bool:
    """'549 руководителей', '1 698 — в рамках корпоративного перевода', '3,7 тыс. человек,
    переведённых внутри корпораций': the label is the figure's noun or follows its dash."""
    return bool(wording("label_as_noun").fullmatch(gap) or wording("label_after").fullmatch(gap)
                or (wording("label_as_participle").fullmatch(gap) and is_participle_of_people(first.text)))


def is_participle_of_people(word: str) -> bool:
    """'человек, переведённых': a participle in the genitive plural of the people counted, not
    the next item of a list ('6 100 человек, квалифицированные рабочие – 3 200')."""
    tag = analyzer().parse(word.lower())[0].tag
    return {"PRTF", "gent", "plur"} in tag


FIGURE_OR_BREAK = re.compile(r"[\d:;]")


def named_earlier(figure: Figure, view: SentenceView, text: str) -> Optional[str]:
    """'По первой категории, включающей руководителей и их заместителей, будет выдано 726
    разрешений': the one category named before an aside, with no other figure or break between."""
    earlier = {m.code for m in view.mentions if m.kind == "category" and view.sentence.start <= m.start
               and m.end <= figure.start}
    if len(earlier) != 1:
        return None
    last = max((m for m in view.mentions if m.kind == "category" and m.end <= figure.start),
               key=lambda m: m.end)
    return None if FIGURE_OR_BREAK.search(text, last.end, figure.start) else last.code


def respective(figure: Figure, view: SentenceView, text: str, labels: list[Label]) -> Optional[str]:
    """'к третьей (специалисты) и четвертой (квалифицированные рабочие) категориям — 5914 и
    570 человек': the first figure of the pair is the first category's, the second the second's."""
    sentence_start = view.sentence.start
    if wording("pair_first").search(text[figure.end:figure.end + 8]):
        place, pair_start = 0, figure.start
    else:
        before = wording("pair_second").search(text[max(sentence_start, figure.start - 40):figure.start])
        if before is None:
            return None
        place, pair_start = 1, figure.start - (len(text[max(sentence_start, figure.start - 40):figure.start])
                                                - before.start())
    if not (wording("pair_opening").search(text[sentence_start:pair_start])
            or wording("pair_closing").match(text, figure.end, view.sentence.end)):
        return None
    ordinals = ordinal_categories()
    named = sorted([(view.tokens[label.first].start, label.slug) for label in labels]
                   + [(m.start, m.code) for m in view.mentions if m.kind == "category"]
                   + [(t.start, ordinals[t.lemma]) for t in view.tokens
                      if t.lemma in ordinals and t.start < pair_start])
    slugs: list[str] = []
    for start, slug in named:
        if start < pair_start and (not slugs or slugs[-1] != slug):
            slugs.append(slug)
    return slugs[-2:][place] if len(slugs) >= 2 else None


def across_brackets(text: str, view: SentenceView, left: int, figure: Figure) -> int:
    """'для руководителей и их заместителей (первая категория) выдано 374': a label and its
    bracket stand before the few words that lead to the figure."""
    if text[left - 1:left] != ")" or len(text[left:figure.start].split()) > 3:
        return left
    opening = text.rfind("(", view.sentence.start, left)
    if opening < 0:
        return left
    breaks = [m.end() for m in BREAK.finditer(text, view.sentence.start, opening)]
    return breaks[-1] if breaks else view.sentence.start


def is_categorical(view: SentenceView, labels: list[Label]) -> bool:
    return len({label.slug for label in labels}) >= 2 or view.sentence.is_list_item \
        or "категори" in view.text.lower()


def drop_label_triggers(view: SentenceView) -> None:
    """In a list of categories 'руководителям и их заместителям – 1 200' names a category:
    the words of its label say nothing of what is counted (no executive limit, no count of
    seasonal workers), so triggers made of them give way to the sentence's own indicator."""
    labels = labels_of(view)
    if not labels or not is_categorical(view, labels):
        return
    inside = {i for label in labels for i in range(label.first, label.last + 1)}
    view.triggers = [m for m in view.triggers if m.indicator.category == "quota"
                     or not any(i in inside for i in range(m.first, m.last + 1))]
