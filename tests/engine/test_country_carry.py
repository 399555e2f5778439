"""A figure whose sentence names no state is about the state the sentence before spoke of.

'В Японию уехали 900 человек. Из них 300 — в сельское хозяйство': the 300 went to Japan too.
A list of several states passes on none, and the reporting state as the place stops it.
"""
import pytest

from engine_helpers import facts_of, only

UZ = "Ташкент. Агентство внешней трудовой миграции сообщает.\n"
KG = "Бишкек. Министерство труда Кыргызстана сообщает.\n"


@pytest.mark.parametrize("text, value, country", [
    (KG + "В прошлом году на работу в Японию по программе трудовой миграции выехали 1 240 "
          "граждан Кыргызстана. "
          "Из них в строительство направлены 310 человек, в сельское хозяйство — 95.", 310, "JP"),
    (KG + "В прошлом году на работу в Японию по программе трудовой миграции выехали 1 240 "
          "граждан Кыргызстана.\n\n"
          "Из них в строительство направлены 310 человек, в сельское хозяйство — 95.", 95, "JP"),
    (UZ + "В 2024 году на сезонные работы в Великобританию выехали 8 400 узбекистанцев. "
          "Годом ранее по этой программе работали 5 120 человек.", 5120, "GB"),
    (UZ + "В Германии сейчас трудятся около 9 тысяч граждан Узбекистана. По программе "
          "переселения медсестер работают порядка 1 300 человек.", 1300, "DE"),
])
def test_a_figure_takes_the_state_of_the_sentence_before(text, value, country):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("country") == country


@pytest.mark.parametrize("text, value", [
    # the sentence before is a list of several states
    ("МВД России сообщает.\nС начала года выдано 1 200 000 патентов, из них гражданам "
     "Узбекистана – 700 тыс., гражданам Таджикистана – 300 тыс. За март выдано 96 500 патентов.",
     96500),
    # another paragraph that does not point back
    (UZ + "В 2024 году на сезонные работы в Великобританию выехали 8 400 узбекистанцев.\n\n"
          "Всего за год за рубежом трудоустроены 120 тыс. человек.", 120000),
    # back home
    (UZ + "В 2024 году в Россию выехали 410 тыс. узбекистанцев. Вернувшихся мигрантов "
          "трудоустроили на родине: работу получили 14 тыс. человек.", 14000),
])
def test_no_state_carries_over(text, value):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert "country" not in fact.dimensions


KZ = "Астана. Министерство труда и социальной защиты населения Казахстана сообщает.\n"


@pytest.mark.parametrize("text, value, country", [
    (KZ + "Число этнических казахов, получивших статус кандаса:\n\nГод | Всего, человек | "
          "в том числе из Китая\n2021 | 9 400 | 3 150\n2022 | 10 200 | 3 870\n", 3870, "CN"),
    (KZ + "Сведения о кандасах по годам.\n\nГод | Получили статус | из них из Монголии\n"
          "2019 | 18 600 | 2 040\n2020 | 14 900 | 1 730\n", 2040, "MN"),
])
def test_a_column_header_names_the_state_of_its_cells(text, value, country):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("country") == country


def test_a_column_header_state_is_not_the_total_column():
    text = (KZ + "Сведения о кандасах по годам.\n\nГод | Получили статус | из них из Монголии\n"
                 "2019 | 18 600 | 2 040\n")
    fact = only([f for f in facts_of(text) if f.value == 18600])
    assert "country" not in fact.dimensions


@pytest.mark.parametrize("text, value, country", [
    # a host-side count after another one: the citizenship carries, not the host
    ("Душанбе. Министерство труда, миграции и занятости Таджикистана сообщает.\n"
     "В 2024 году из России выдворены 21 тыс. граждан Таджикистана. В декабре выдворены "
     "1 800 человек.", 1800, "TJ"),
])
def test_a_host_side_count_carries_the_citizenship(text, value, country):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("country") == country


def test_a_host_side_count_takes_no_place_from_a_stock_abroad():
    text = (KG + "В начале года в России работали 350 тысяч граждан Кыргызстана. На миграционном "
                 "учете состояли 610 тысяч человек.")
    fact = only([f for f in facts_of(text) if f.value == 610000])
    assert fact.dimensions.get("country") != "RU"


RU = "Москва. МВД России сообщает.\n"


@pytest.mark.parametrize("text, value, country", [
    # 'этой страны' names the one foreign state of the sentence before, fact or not
    (RU + "Право на постоянное проживание в России имеют около 60 тысяч граждан Киргизии. На "
          "миграционном учете состоят 640 тысяч жителей этой страны.", 640000, "KG"),
    (RU + "В первом полугодии в Россию на работу въехали мигранты из Казахстана. На миграционном "
          "учете сейчас состоят 48 тысяч граждан данной республики.", 48000, "KZ"),
])
def test_a_pointer_names_the_state_of_the_sentence_before(text, value, country):
    fact = only([f for f in facts_of(text) if f.value == value])
    assert fact.dimensions.get("country") == country


def test_a_pointer_after_a_list_of_states_names_none():
    text = (RU + "Больше всего патентов получили граждане Узбекистана и Таджикистана. На миграционном "
                 "учете состоят 900 тысяч граждан этой страны.")
    fact = only([f for f in facts_of(text) if f.value == 900000])
    assert "country" not in fact.dimensions
