"""A sentence that splits the total told before takes that total's state.

'В Великобританию уехали 6 000 человек.\n\nИз этого числа 2 500 нашли работу через
агентство, остальные 3 500 – сами': both parts went to Britain; 'Из этого числа' points back
as 'Из них' does, and 'остальные' are the rest of the same total. Others put elsewhere
('в других странах') and a split that names another state take none from before.
"""
import pytest

from engine_helpers import facts_of, only

KG = "Бишкек. Министерство труда Кыргызстана сообщает.\n"
UZ = "Ташкент. Агентство внешней трудовой миграции сообщает.\n"


def country_of(text: str, value: float):
    return only([f for f in facts_of(text) if f.value == value]).dimensions.get("country")


@pytest.mark.parametrize("text, value, country", [
    (KG + "В 2024 году на сезонные работы в Великобританию выехали 6 200 граждан Кыргызстана."
          "\n\nИз этого числа 2 400 человек трудоустроены через государственный центр, "
          "остальные 3 800 – через частные агентства.", 3800, "GB"),
    (KG + "В 2024 году на сезонные работы в Великобританию выехали 6 200 граждан Кыргызстана."
          "\n\nИз этого числа 2 400 человек трудоустроены через государственный центр, "
          "остальные 3 800 – через частные агентства.", 2400, "GB"),
    (UZ + "За прошлый год в Корею по программе EPS направлены 4 100 узбекистанцев.\n\n"
          "Из общего количества 1 900 человек заняты в промышленности, оставшиеся 2 200 – "
          "в сельском хозяйстве.", 2200, "KR"),
    (UZ + "За прошлый год в Корею по программе EPS направлены 4 100 узбекистанцев. "
          "Из них 1 900 человек заняты в промышленности, остальные 2 200 – в сельском хозяйстве.",
     2200, "KR"),
])
def test_a_split_of_the_total_keeps_its_state(text, value, country):
    assert country_of(text, value) == country


@pytest.mark.parametrize("text, value", [
    # the others are put in other states
    (UZ + "За прошлый год в Корею по программе EPS направлены 4 100 узбекистанцев. "
          "Кроме того, 2 200 человек выехали на работу в других странах.", 2200),
    # a rest that is not a split of the total told before
    (KG + "В 2024 году на сезонные работы в Великобританию выехали 6 200 граждан Кыргызстана. "
          "Остальные 3 800 граждан Кыргызстана выехали на работу по частным приглашениям.", 3800),
])
def test_others_elsewhere_take_no_state(text, value):
    assert country_of(text, value) is None
