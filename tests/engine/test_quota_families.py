"""Quota wordings of the press: a quota's distribution by region, a proposed level, a quota's
use, and which quota a figure belongs to."""
import pytest

from engine_helpers import facts_of


def read(text, published="2025-12-20"):
    return [(f.value, f.category, f.indicator) for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    # the list opens with the quota's distribution, a sub-header per group of people
    ("Квота приема кандасов и переселенцев на 2026 год утверждена.\n\n"
     "Распределение квоты на 2026 год:\n\nДля кандасов:\n\nКостанайская область – 410 чел.\n\n"
     "Атырауская область – 95 чел.\n\nДля переселенцев:\n\nПавлодарская область – 1 200 чел.\n",
     [(410, "quota", "resettlement_quota"), (95, "quota", "resettlement_quota"),
      (1200, "quota", "resettlement_quota")]),
    # one sentence: the quota distributed, then the people and their regions
    ("Утверждена квота приема кандасов на 2026 год. Региональная квота распределена следующим "
     "образом: для кандасов: Акмолинская обл. – 300 чел., Костанайская обл. – 160 чел.; для "
     "переселенцев: Северо-Казахстанская обл. – 2 700 чел.\n",
     [(300, "quota", "resettlement_quota"), (160, "quota", "resettlement_quota"),
      (2700, "quota", "resettlement_quota")]),
    # whom the regions will take, after the quota's total
    ("Квота приема кандасов на 2026 год составит 2 000 человек.\n\nКандасов примут следующие "
     "регионы: Павлодарская область – 900 чел., Акмолинская – 250 чел.\n",
     [(2000, "quota", "resettlement_quota"), (900, "quota", "resettlement_quota"),
      (250, "quota", "resettlement_quota")]),
])
def test_a_quota_distributed_by_region(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people who came stay a count, in a text about the quota too
    ("Квота приема кандасов на 2025 год составляла 2 300 человек. В Павлодарскую область "
     "прибыли 940 кандасов, в Акмолинскую – 270.\n",
     [(2300, "quota", "resettlement_quota"), (940, "count", "resettled_persons"),
      (270, "count", "resettled_persons")]),
    ("Региональная квота приема кандасов распределена по областям. С начала года статус кандаса "
     "получили 5 100 этнических казахов.\n",
     [(5100, "count", "resettled_persons")]),
])
def test_people_who_came_are_no_quota_items(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Квоту на привлечение рабочих из визовых стран на 2027 год предложили установить в 250,5 тыс. "
     "разрешений.", [(250500, "policy", "work_permit_quota")]),
    ("Правительство предлагает ограничить квоту на привлечение квалифицированных рабочих из стран с "
     "визовым режимом въезда уровнем 190 тыс. разрешений.", [(190000, "policy", "work_permit_quota")]),
    ("Объём квоты на выдачу разрешений на работу предлагается утвердить на уровне 120 тыс.",
     [(120000, "policy", "work_permit_quota")]),
])
def test_a_proposed_quota_level_is_a_proposed_measure(text, expected):
    facts = [f for f in facts_of(text, "2026-10-20") if f.value is not None]
    assert [(f.value, f.category, f.indicator) for f in facts] == expected
    assert all(f.status == "proposed" for f in facts)


@pytest.mark.parametrize("text, expected", [
    ("Правительство утвердило квоту на выдачу разрешений на работу на 2026 год – 230 тыс.",
     [(230000, "quota", "work_permit_quota")]),
])
def test_an_adopted_quota_level_stays_a_quota(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("В 2023 году из 15 тысяч 200 квот на трудовую деятельность работодатели использовали 11 тысяч 100.",
     [(15200, "quota", "foreign_labour_quota"), (11100, "count", "foreign_workers_attracted")]),
    ("Из 9 600 квот на трудовую деятельность за год иностранцы использовали 7 050.",
     [(9600, "quota", "foreign_labour_quota"), (7050, "count", "foreign_workers_attracted")]),
])
def test_what_was_used_of_a_quota_is_a_count(text, expected):
    assert read(text, "2024-02-01") == expected
