"""Items of a breakdown as the press writes them: shares only, the smallest counts, amended decrees, bans."""
import pytest

from engine_helpers import facts_of

HEAD = "Министерство труда РК сообщает о трудовой миграции.\n"


def items(text):
    return [(f.value, f.unit, f.dimensions.get("country")) for f in facts_of(HEAD + text)
            if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("По странам исхода трудовых мигрантов: Узбекистан – 45,6%, Китай – 21,3%, Турция – 9,1%.",
     [(45.6, "percent", "UZ"), (21.3, "percent", "CN"), (9.1, "percent", "TR")]),
    ("Больше всего иностранцев въехали на работу из Узбекистана (38,2%) и Таджикистана (16,7%).",
     [(38.2, "percent", "UZ"), (16.7, "percent", "TJ")]),
])
def test_a_breakdown_in_shares_only(text, expected):
    assert items(text) == expected


def test_a_share_beside_its_count_stays_part_of_it():
    facts = facts_of(HEAD + "Из Китая прибыли 5 512 трудовых мигрантов (33,6%).")
    assert [(f.value, f.share_pct) for f in facts] == [(5512, 33.6)]


@pytest.mark.parametrize("text, expected", [
    ("Статус кандаса получили 668 этнических кыргызов: из Китая – 420, из Турции – 3, из Ирана – 2.",
     [420, 3, 2]),
    ("Трудовых мигрантов выдворено 120 человек, в том числе граждан Египта — 2, Индии — 4.", [2, 4]),
])
def test_the_smallest_items_of_a_list_are_figures(text, expected):
    assert [v for v, _, c in items(text) if c][-len(expected):] == expected


def test_an_amended_decree_gives_old_and_new_figures():
    text = ("В приложении к постановлению о квоте на выдачу иностранным гражданам разрешений на работу "
            "цифры \"2939\" заменить цифрами \"2941\", цифры \"347\" заменить цифрами \"271\".")
    assert [(f.value, f.previous, f.category) for f in facts_of(HEAD + text)] == [
        (2941, 2939, "policy"), (271, 347, "policy")]


@pytest.mark.parametrize("text", [
    "С 1 марта мигрантам с патентами запрещено работать в такси и общественном транспорте.",
    "Власти области продлили на 2026 год запрет на привлечение иностранцев по патентам в торговле.",
])
def test_a_ban_with_no_number_is_a_measure_in_force(text):
    fact, = facts_of(HEAD + text)
    assert (fact.value, fact.category, fact.status) == (None, "policy", "adopted")


@pytest.mark.parametrize("text", [
    "Иностранную рабочую силу сейчас используют 1 751 работодатель.",
    "У них трудятся свыше 433,4 тыс. казахстанцев, это 96% всего персонала.",
    "На них работают более 512 тыс. граждан Казахстана – 97% всех работников.",
    "Работодатели создали 2 150 рабочих мест для граждан Казахстана.",
    "Положительное сальдо миграции сложилось в четырех регионах: в Астане (5 447 человек), Алматы (5 734 человека).",
    "С 13 по 17 октября в регионе идет профилактическое мероприятие «Нелегал».",
])
def test_not_figures_of_migration(text):
    assert items(text) == []


def test_employers_fined_are_a_figure():
    text = "За незаконное привлечение иностранной рабочей силы оштрафованы 2 100 работодателей."
    assert [v for v, _, _ in items(text)] == [2100]


def test_foreigners_beside_local_staff_are_a_figure():
    text = "В стране работают 267 строительных компаний, в которых заняты 34 528 граждан республики и 4 тыс. иностранцев."
    assert 4000 in [v for v, _, _ in items(text)]


def test_own_citizens_placed_abroad_are_no_local_staff():
    text = "За полгода через агентства занятости за рубежом трудоустроены 1 870 граждан Казахстана."
    assert [v for v, _, _ in items(text)] == [1870]


def test_a_label_after_a_spaced_hyphen_names_its_item():
    text = ("Больше всего иностранцев приехали из Китая - 3 100 человек, из Турции – 1 200 человек "
            "и 870 - из Великобритании.")
    assert [(f.value, f.dimensions.get("country")) for f in facts_of(HEAD + text)][-1] == (870, "GB")


def test_row_numbers_of_a_table_are_no_figures():
    text = ("Квота на выдачу приглашений на въезд в целях осуществления трудовой деятельности:\n"
            "| 10 | Московская область | 10479 |\n| 11 | Орловская область | 254 |\n")
    assert [v for v, _, _ in items(text)] == [10479, 254]
