"""What the pipeline knows about one sentence, and what carries to the next.

A breakdown often spans sentences ('работают 15 406 иностранцев. Из Китая – 5 011'),
so the running topic, the last total and the list being read live in a Context.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Optional

from extractor.engine.gazetteer import Mention
from extractor.engine.indicators import Indicator, TriggerMatch
from extractor.patterns import load_toml, wording
from extractor.records import Fact, TimeRef
from extractor.engine.sentences import Sentence
from extractor.engine.timex import TimeMention
from extractor.engine.tokens import TOKEN_START, Token



@dataclass
class Context:
    """What carries from one sentence to the next: the topic being broken down."""

    indicator: Optional[Indicator] = None
    subject: Optional[str] = None
    period: Optional[str] = None
    as_of: Optional[str] = None
    header_total: Optional[Fact] = None
    header_open: bool = False  # the last sentence ended with ':' and announced a list
    header_dated: bool = False  # ... naming its own time ('Распределение по странам за 9 месяцев:')
    header_text: str = ""  # that sentence: 'Основные страны выхода:' says what its items count
    quota: Optional[Indicator] = None  # the quota the document speaks of
    default_quota: Optional[Indicator] = None  # what a bare 'квота' means in the state's releases
    # the state the page is written from: a measure's partner is seen from it, not from the
    # state whose figures it gives (a Kyrgyz page on a Russian rule for its citizens is on Russia)
    # (read when a measure asks: most texts tell none)
    home: Callable[[], Optional[str]] = lambda: None
    last_total: Optional[Fact] = None  # the last total, for items in the next sentence
    last_total_paragraph: int = -1
    # the latest total of each (indicator, unit), for a list announced without its total
    recent_totals: dict[tuple[Optional[str], Optional[str]], Fact] = field(default_factory=dict)
    # the time of the last figure of each indicator, for figures whose sentence has none
    time_by_indicator: dict[str, TimeRef] = field(default_factory=dict)
    # and of each category: a stock's date does not pass to a quota's year, nor back
    time_by_category: dict[str, TimeRef] = field(default_factory=dict)
    # the time of the last figure told, a look back's too ('Напомним, на 2 декабря 2013 года ...
    # Тогда же ...')
    last_figure_time: Optional[TimeRef] = None
    # the last year-to-date span a figure had ('за январь – октябрь 2025 года'): a figure of
    # its last month alone ('За октябрь выдано ...') is a detail of it
    year_to_date: Optional[str] = None
    # a table header's time by column: 'Страна | 2017: прибыло | 2018: прибыло'
    column_times: dict[int, TimeRef] = field(default_factory=dict)
    column_cells: int = 0  # cells in that header row: a row with a label before them has more
    # ... and its state by column: 'Год | Всего | из них из Узбекистана'
    column_countries: dict[int, str] = field(default_factory=dict)
    document_as_of: Optional[str] = None  # 'Данные приводятся на 1 мая 2023 года.'
    last_level: Optional[Fact] = None  # the last fact with a figure, for 'годом ранее эта цифра ...'
    last_level_paragraph: int = -1  # ... and the paragraph it stands in
    # the figures of the last two sentences that had any, for 'За тот же период 2022 года
    # уехали 28,4 тысячи, а выбыли 43,6 тысячи' (comparisons.old_levels_of_recent)
    recent_levels: list[Fact] = field(default_factory=list)
    last_sentence_levels: list[Fact] = field(default_factory=list)
    # the list being read was announced by a net-migration header ('Положительное сальдо
    # миграции сложилось в трёх регионах:'): its items are differences, not levels
    net_list: bool = False
    figures_seen: int = 0  # facts with a figure so far: a plan in such a text is on topic
    # a measure on topic told so far (the headline's too): a rule named after it goes on about it
    measure_told: bool = False
    last_measure_status: Optional[str] = None  # the status of the last measure with no number
    # a sentence on topic after the headline, and a policy or quota fact so far: with neither,
    # the measure told is only the headline's
    body_topic_told: bool = False
    policy_stated: bool = False
    topic_seen: bool = False  # a strong topical word so far (the headline's too)
    # the sentences after an act's enacting formula ('Правительство постановляет:'): its items
    operative_part: bool = False
    # the status of a list of measures being read, after its header ('предстоит решить задачи:')
    measure_list: Optional[str] = None
    # the rows of a table under a label of moves inside the country ('внутрирегиональная',
    # 'в пределах России'), until the next label with no figure
    internal_rows: bool = False
    # the quota a list being read distributes ('Распределение квоты на 2026 год:', 'Кандасов
    # примут следующие регионы:'), until the list ends
    allotting: Optional[Indicator] = None
    paragraph: int = -1
    # the paragraphs of a sending state's text that give a host's figures ('по данным МВД России')
    host_data: frozenset[int] = frozenset()
    # the paragraphs whose data the reporting state's own body gives (read when a rule asks)
    own_data: Callable[[], frozenset[int]] = lambda: frozenset()
    published: Optional[str] = None  # the day of the text: a count since a year is as of it
    # the last sentence was an interviewer's question about a stock now ('— А сколько всего
    # кыргызстанцев работает за рубежом?'): the figure of the answer after it is counted now
    asked_now: bool = False
    # what the headline's figures count ('Приставы выслали 13 иностранцев': deportations): the
    # outcome of the story the body goes on to tell
    story: frozenset[str] = frozenset()


@dataclass
class SentenceView:
    """One sentence with what the pipeline needs to know about it."""

    sentence: Sentence
    text: str
    tokens: list[Token]
    mentions: list[Mention]
    triggers: list[TriggerMatch]
    times: list[TimeMention]
    topical: bool
    status: Optional[str]
    labels: Optional[list] = None  # job labels of quota categories, read once (categories.py)


def view_at(views: list[SentenceView], starts: list[int], offset: int) -> SentenceView:
    """The sentence holding `offset`, `starts` being each view's sentence start (the first
    sentence for an offset before it)."""
    return views[max(0, bisect_right(starts, offset) - 1)]


def view_text(view: SentenceView, start: int, end: int) -> str:
    return view.text[start - view.sentence.start:end - view.sentence.start]


def column_of(view: SentenceView, position: int) -> int:
    """Which cell of a table row ('Россия | 520 000 | 640 000') a position is in."""
    return view_text(view, view.sentence.start, position).count("|")


def cells_of(view: SentenceView) -> int:
    """How many cells a table row has; a trailing '|' closes the last one."""
    return view.text.rstrip().rstrip("|").count("|") + 1


def token_index(view: SentenceView, position: int) -> int:
    """The first token at or after `position`, else the last one."""
    index = bisect_left(view.tokens, position, key=TOKEN_START)
    return index if index < len(view.tokens) else len(view.tokens) - 1


def document_has_topic_words(view: SentenceView) -> bool:
    if wording("not_topic").search(view.text):
        return False
    strong = strong_lemmas()
    return any(t.lemma in strong for t in view.tokens)


@lru_cache(maxsize=None)
def strong_lemmas() -> frozenset[str]:
    return frozenset(load_toml("topic.toml")["strong_lemmas"])
