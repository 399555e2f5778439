"""The items of a list that distributes a quota.

'Распределение квоты на 2026 год: Для кандасов: Павлодарская область – 977 чел.' and
'Кандасов примут следующие регионы: Павлодарская область – 977 чел.' give a quota's share
per region; the people named in the list ('кандасов') are whom the quota admits, not people
who came. The wording that opens such a list lives in `patterns/wording.toml`; which counts a
quota's items may look like is the `allots` field of `patterns/indicators.jsonl`.
"""
from __future__ import annotations

from typing import Optional

from extractor.engine.indicators import Indicator
from extractor.engine.numbers import Figure
from extractor.engine.predicates import predicate_of
from extractor.engine.state import Context, SentenceView
from extractor.patterns import wording

# what the verb of an item may be: none ('Акмолинская – 285 чел.') or one of allotting
ITEM_PREDICATES = (None, "allotted")


def note_allotting(view: SentenceView, context: Context) -> None:
    """Open, keep or close the quota the list being read distributes, before the sentence's
    figures are read: a list opens with the quota's distribution, goes on through its items
    and sub-headers ('Для переселенцев:'), and ends at the first sentence outside it."""
    quotas = [m for m in view.triggers if m.indicator.category == "quota" and m.indicator.allots]
    named = max(quotas, key=lambda m: m.size).indicator if quotas else None
    if named is not None and wording("quota_distribution").search(view.text):
        context.allotting = named  # 'региональная квота распределена следующим образом:'
    elif wording("allotment_ahead").search(view.text) and (named or context.quota) is not None \
            and (named or context.quota).allots:
        context.allotting = named or context.quota  # 'Кандасов примут следующие регионы:'
    elif not (view.sentence.is_list_item or context.header_open
              or view.text.rstrip(" \"»”").endswith(":")):
        context.allotting = None


def allotted_item(indicator: Optional[Indicator], figure: Figure, view: SentenceView,
                  context: Context, text: str) -> Optional[Indicator]:
    """The quota a figure is an item of, when it stands in a list that distributes it and
    reads as a count of whom the quota admits, with no verb of its own that says it was done."""
    quota = context.allotting
    if quota is None or indicator is None or indicator.id not in quota.allots or figure.percent:
        return None
    if figure.unit not in (None, "person", "unit", quota.unit):
        return None
    if predicate_of(figure, view.tokens, text)[0] not in ITEM_PREDICATES:
        return None  # 'в регион прибыли 977 кандасов': people who came, whatever the list
    return quota
