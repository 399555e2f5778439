"""People held in a centre for foreigners to be expelled (a detention centre, a special
reception centre) are breaches found, not deportations: they count as deported only once sent
(corpora/README.md, 'Detention and amnesty'). People sent from such a centre stay deportations."""
import pytest

from engine_helpers import facts_of


def indicators(text, published="2024-08-01"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Генконсульство Кыргызстана в Новосибирске сообщает о мигрантах. В местном центре временного "
     "содержания иностранных граждан сейчас находятся 14 кыргызстанцев, их должны выдворить после "
     "решения суда.", [(14, "migration_violations")]),
    ("Департамент полиции Шымкента сообщает о мигрантах. По решению суда из страны выдворены 120 "
     "иностранцев, еще 230 человек содержатся в спецприемнике и будут выдворены принудительно.",
     [(120, "deportations"), (230, "migration_violations")]),
    ("Генконсульство Кыргызстана сообщает о мигрантах. Еще 35 граждан Кыргызстана ждут "
     "депортации в спецучреждении Екатеринбурга.", [(35, "migration_violations")]),
])
def test_people_held_for_expulsion_are_breaches(text, expected):
    assert indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Посольство Кыргызстана сообщает о мигрантах. За прошлый год из центра временного содержания "
     "в Сахарово депортирован 541 гражданин Кыргызстана.", [(541, "deportations")]),
    ("УФССП сообщает о нелегальных мигрантах. До выдворения все 12 мигрантов находились в "
     "специальном учреждении временного содержания иностранных граждан.", [(12, "deportations")]),
])
def test_people_sent_from_a_centre_stay_deportations(text, expected):
    assert indicators(text) == expected
