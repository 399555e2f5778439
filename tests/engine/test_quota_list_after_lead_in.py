"""A quota's distribution may be announced in a sentence of its own that ends with a full stop
('В этом году места поделены так.', 'Квота разделена следующим образом.'), and its items follow
in sentences that open with their group and a colon ('Для кандасов: Павлодарская обл. – 900
чел., ...'): each item is a share of the quota, not people who came. People who came and how
they settled ('распределились так') stay a count."""
import pytest

from engine_helpers import facts_of

KAZAKH = "Министерство труда и социальной защиты населения Республики Казахстан сообщает.\n"


def measures(text, published="2025-01-20"):
    return [(f.value, f.indicator, f.category) for f in facts_of(KAZAKH + text, published)
            if f.value is not None]


QUOTA = "resettlement_quota"


@pytest.mark.parametrize("text, expected", [
    ("Утверждена региональная квота приема кандасов и переселенцев на 2025 год – 8 100 человек. "
     "Приказ нужен, чтобы кандасы и переселенцы оседали в северных регионах.\n"
     "В этом году места поделены так.\n"
     "Для кандасов: Павлодарская обл. – 900 чел., Акмолинская обл. – 240 чел.\n"
     "Для переселенцев: Костанайская обл. – 610 чел., Северо-Казахстанская обл. – 2 700 чел.",
     [(8100, QUOTA, "quota"), (900, QUOTA, "quota"), (240, QUOTA, "quota"),
      (610, QUOTA, "quota"), (2700, QUOTA, "quota")]),
    ("Квота приема кандасов на 2026 год составит 2 200 человек. Кандасы смогут получить субсидии "
     "на переезд. Квота разделена следующим образом.\n"
     "Кандасы: Атырауская область – 125 чел., Западно-Казахстанская область – 40 чел.",
     [(2200, QUOTA, "quota"), (125, QUOTA, "quota"), (40, QUOTA, "quota")]),
    ("Приказом определена квота приема переселенцев – 5 900 человек. Переселенцы получат субсидии "
     "на переезд. По регионам места распределены следующим образом. Переселенцы: область Абай – "
     "275 чел., область Ұлытау – 125 чел.",
     [(5900, QUOTA, "quota"), (275, QUOTA, "quota"), (125, QUOTA, "quota")]),
])
def test_items_after_a_lead_in_of_their_own_are_the_quota(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # how the people who came settled: a count of them, whatever quota the text names
    ("Квота приема кандасов на год – 2 300 человек. С начала года в страну переехали 4 100 кандасов. "
     "По регионам прибывшие распределились так.\nБольше всего: Павлодарская обл. – 1 200 чел., "
     "Костанайская обл. – 900 чел.",
     [(2300, QUOTA, "quota"), (4100, "resettled_persons", "count"), (1200, "resettled_persons", "count"),
      (900, "resettled_persons", "count")]),
])
def test_people_who_came_stay_a_count(text, expected):
    assert measures(text) == expected
