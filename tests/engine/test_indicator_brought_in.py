"""What the verb of bringing in says: people an employer or a region brought in to work
('привлекли', 'привлекает', 'пригласили', 'привезли', 'наняли') are workers attracted over a
period, not a stock of workers nor a breach; its participles name whom a stock counts, and
'привлечены к ответственности' is a punishment."""
import pytest

from engine_helpers import facts_of


def indicators(text, published="2024-06-01"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Каждый год республика привлекает порядка 25 тысяч иностранных работников.",
     (25000, "foreign_workers_attracted")),
    ("За прошлый год строительные компании области привлекли 4,2 тыс. иностранных специалистов.",
     (4200, "foreign_workers_attracted")),
    ("Больше всего иностранных специалистов пригласили заводы Татарстана (3,1 тыс. человек).",
     (3100, "foreign_workers_attracted")),
    ("В апреле фермеры Атырауской области привезли из Узбекистана 450 трудовых мигрантов.",
     (450, "foreign_workers_attracted")),
    ("Весной предприятия региона наняли 1 200 иностранных рабочих.",
     (1200, "foreign_workers_attracted")),
])
def test_people_brought_in_to_work_are_attracted(text, expected):
    assert expected in indicators(text)


@pytest.mark.parametrize("text, expected", [
    # a participle names whom the stock counts
    ("Большинство привлечённых иностранных специалистов работают по третьей категории — 4 100 "
     "человек.",
     (4100, "foreign_workers_employed")),
    # a present verb at a stock's date is the stock
    ("По состоянию на 1 апреля работодатели области привлекают 2 950 иностранных работников.",
     (2950, "foreign_workers_employed")),
])
def test_stocks_named_by_a_verb_of_bringing_in_stay_stocks(text, expected):
    assert expected in indicators(text)


@pytest.mark.parametrize("text", [
    "За неделю полиция привлекла к административной ответственности 35 иностранных граждан.",
    "В ходе рейда к ответственности привлекли 17 мигрантов из Средней Азии.",
])
def test_people_brought_to_account_are_no_workers_attracted(text):
    assert all(indicator != "foreign_workers_attracted" for _, indicator in indicators(text))
