"""How the people who resettled divide (by age, by district) is told with a reflexive verb
('переселенцы распределялись так', 'распределяются по возрасту'): those shares are of the
people who came, not places a resettlement quota sets aside, even where the text names the
quota too. The quota's own distribution keeps its places."""
import pytest

from engine_helpers import facts_of

KAZAKH = "Министерство труда и социальной защиты населения Республики Казахстан сообщает.\n"


def measures(text, published="2025-11-01"):
    return [(f.value, f.indicator, f.category) for f in facts_of(KAZAKH + text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("С начала года статус кандаса получили 12 400 этнических казахов. По возрасту переселенцы на "
     "1 октября распределялись так: трудоспособного возраста – 58,1%, дети – 32,4%, пенсионеры – 9,5%. "
     "Квота приема кандасов в трудодефицитных регионах на этот год – 2 300 человек.",
     [(12400, "resettled_persons", "count"), (58.1, "resettled_persons", "count"),
      (32.4, "resettled_persons", "count"), (9.5, "resettled_persons", "count"),
      (2300, "resettlement_quota", "quota")]),
    ("За девять месяцев статус кандаса получили 9 800 человек. По возрасту переселенцы "
     "распределяются так: трудоспособного возраста – 61%, несовершеннолетние – 30%. Квота приема "
     "кандасов на год – 2 400 человек.",
     [(9800, "resettled_persons", "count"), (61, "resettled_persons", "count"),
      (30, "resettled_persons", "count"), (2400, "resettlement_quota", "quota")]),
    ("В область с начала года переехали 410 кандасов. По районам прибывшие распределились так: "
     "Акжаикский – 12 человек, Бурлинский – 30 человек. Региональная квота приема составляет 500 человек.",
     [(410, "resettled_persons", "count"), (12, "resettled_persons", "count"),
      (30, "resettled_persons", "count"), (500, "resettlement_quota", "quota")]),
])
def test_how_settlers_divide_is_a_count_of_them(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Региональная квота приема переселенцев составит 4 100 человек. Переселенцев распределят "
     "следующим образом: Павлодарская область – 1 800 чел., Северо-Казахстанская – 1 250 чел.",
     [(4100, "resettlement_quota", "quota"), (1800, "resettlement_quota", "quota"),
      (1250, "resettlement_quota", "quota")]),
])
def test_places_a_quota_distributes_stay_the_quota(text, expected):
    assert measures(text) == expected
