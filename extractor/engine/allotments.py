"""The items of a list that distributes a quota.

'Распределение квоты на 2026 год: Для кандасов: Павлодарская область – 977 чел.' and
'Кандасов примут следующие регионы: Павлодарская область – 977 чел.' give a quota's share
per region; the people named in the list ('кандасов') are whom the quota admits, not people
who came. The wording that opens such a list lives in `patterns/wording.toml`; which counts a
quota's items may look like is the `allots` field of `patterns/indicators.jsonl`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from extractor.engine.indicators import Indicator, taxonomy
from extractor.engine.numbers import Figure
from extractor.engine.predicates import predicate_of
from extractor.engine.state import Context, SentenceView
from extractor.patterns import wording

DIGIT = re.compile(r"\d")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # 'квота на 2024 год составляет:' gives no figure yet
# what the verb of an item may be: none ('Акмолинская – 285 чел.') or one of allotting
ITEM_PREDICATES = (None, "allotted")


def note_allotting(view: SentenceView, context: Context) -> None:
    """Open, keep or close the quota the list being read distributes, before the sentence's
    figures are read: a list opens with the quota's distribution, goes on through its items
    and sub-headers ('Для переселенцев:'), and ends at the first sentence outside it."""
    quotas = [m for m in view.triggers if m.indicator.category == "quota" and m.indicator.allots]
    named = max(quotas, key=lambda m: m.size).indicator if quotas else None
    opens_list = view.text.rstrip(" \"»”").endswith(":")
    if named is not None and (wording("quota_distribution").search(view.text) or (
            opens_list and not DIGIT.search(YEAR.sub("", view.text[-60:])))):
        # 'региональная квота распределена следующим образом:', 'квота на 2024 год составляет:'
        context.allotting = named
    elif (named or context.quota) is not None and (named or context.quota).allots and \
            wording("allotment_ahead").search(view.text):
        context.allotting = named or context.quota  # 'Кандасов примут следующие регионы:'
    elif not (view.sentence.is_list_item or context.header_open or opens_list
              or wording("inline_list").search(view.text)):
        # ('Для кандасов: Павлодарская обл. – 1 056 чел., ...' after 'места поделены так.')
        context.allotting = None


def allotted_item(indicator: Optional[Indicator], figure: Figure, view: SentenceView,
                  context: Context, text: str) -> Optional[Indicator]:
    """The quota a figure is an item of, when it stands in a list that distributes it and
    reads as a count of whom the quota admits, with no verb of its own that says it was done."""
    if context.allotting is None:
        return None
    if indicator is None:
        # 'по разрешениям местных исполнительных органов – 0,3%': an item naming no count at all
        listed = view.sentence.is_list_item or context.header_open
        return context.allotting if listed and figure.unit in (None, "percent", "unit", "permit") else None
    # 'квота задана в процентах: по разрешениям работодателям – 0,25%; на привлечение трудовых
    # иммигрантов – 2,9%': an item naming whom another quota admits is that quota's
    quota = context.allotting if indicator.id in context.allotting.allots else allotting_quota(indicator.id)
    if quota is None or figure.unit not in (None, "person", "unit", "percent", quota.unit, indicator.unit):
        return None
    if predicate_of(figure, view.tokens, text)[0] not in ITEM_PREDICATES:
        return None  # 'в регион прибыли 977 кандасов': people who came, whatever the list
    return quota


@lru_cache(maxsize=None)
def allotting_quota(indicator_id: str) -> Optional[Indicator]:
    """The one quota whose items a count of this indicator may be, if only one allots it."""
    quotas = [q for q in taxonomy() if indicator_id in q.allots]
    return quotas[0] if len(quotas) == 1 else None

