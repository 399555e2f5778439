"""A list of states may name what it counts only after its last item ('В России – 940 тыс.,
..., в Южной Корее – более 6 тыс. трудовых мигрантов'): its first items, far from that noun,
measure the same thing."""
import pytest

from engine_helpers import facts_of


def measures(text, published="2023-03-01"):
    return [(f.value, f.indicator, f.dimensions.get("country")) for f in facts_of(text, published)
            if f.value is not None and f.dimensions.get("country")]


@pytest.mark.parametrize("text, expected", [
    ("Число кыргызстанцев, работающих за границей, выросло до 1 млн\nПо свежим данным министерства, "
     "за границей трудятся 1 млн 20 тыс. граждан Кыргызстана. Цифры журналистам назвал глава центра "
     "занятости.\n«В России – 940 тыс., в Казахстане – около 40 тыс., в Турции – 25 тыс., в США и "
     "странах Персидского залива – 12 тыс., в Германии, Польше и Чехии – 7 тыс., в Южной Корее – "
     "более 6 тыс. трудовых мигрантов из Кыргызстана», – уточнил он.",
     [(940000, "citizens_abroad", "RU"), (40000, "citizens_abroad", "KZ"),
      (25000, "citizens_abroad", "TR"),
      (6000, "citizens_abroad", "KR")]),
    ("Сколько узбекистанцев работает за рубежом\nПо оценке агентства, за рубежом трудятся 1,6 млн "
     "граждан Узбекистана. Данные привёл замдиректора агентства.\n«В России – 1,1 млн, в Казахстане – "
     "210 тыс., в Турции – 95 тыс., в Великобритании и Германии – 30 тыс., в Эмиратах и Саудовской "
     "Аравии – 20 тыс., в Корее – около 40 тыс. наших трудовых мигрантов», – сказал он.",
     [(1100000, "citizens_abroad", "RU"), (210000, "citizens_abroad", "KZ"),
      (95000, "citizens_abroad", "TR"), (20000, "citizens_abroad", "SA"),
      (40000, "citizens_abroad", "KR")]),
])
def test_first_items_take_the_noun_the_list_ends_with(text, expected):
    assert measures(text) == expected
