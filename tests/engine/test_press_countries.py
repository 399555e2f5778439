"""The country of figures as the press writes them: the state granting its citizenship is
the host, one more item ('ещё') of a list keeps its own state; and how a range written with
a hyphen, or a document number after its date, is read."""
import pytest

from engine_helpers import facts_of

LEAD = "Миграционная служба подвела итоги года по трудовым мигрантам.\n"


@pytest.mark.parametrize("text, country", [
    ("В 2021 году гражданами России стали 58,2 тыс. таджикистанцев.", "TJ"),
    ("Российские паспорта в прошлом году получили 41 тыс. граждан Узбекистана.", "UZ"),
    ("Гражданство РФ за год приняли 12,5 тыс. кыргызстанцев.", "KG"),
])
def test_the_state_granting_citizenship_is_no_country_of_the_people(text, country):
    assert [f.dimensions.get("country") for f in facts_of(LEAD + text)] == [country]


@pytest.mark.parametrize("text, countries", [
    ("За рубежом работают 900 тыс. кыргызстанцев. Ещё около 25 тысяч кыргызстанцев трудятся "
     "в Казахстане.", [None, "KZ"]),
    ("Из Узбекистана прибыли 400 работников. Ещё 120 работников прибыли из Турции.",
     ["UZ", "TR"]),
    # a list's rest, in several states, has none of them
    ("Из Узбекистана прибыли 400 работников. Ещё 120 работников прибыли из Турции, Индии и "
     "других стран.", ["UZ", None]),
])
def test_one_more_item_keeps_its_own_state(text, countries):
    assert [f.dimensions.get("country") for f in facts_of(LEAD + text)] == countries


@pytest.mark.parametrize("text", [
    "По оценкам, в России работают 600-650 тысяч граждан Кыргызстана.",
    "Всего за рубежом трудятся 1,2-1,5 млн граждан Узбекистана.",
    # a dash between the ends, with or without spaces, the scale only after the upper end
    "По данным министерства, в черном списке России значатся 70–75 тысяч кыргызстанцев.",
    "Всего за рубежом трудятся 1,2 – 1,5 млн граждан Узбекистана.",
    "По оценкам экспертов, в Казахстане работают 300—350 тыс. трудовых мигрантов из Узбекистана.",
])
def test_a_count_given_as_a_range_is_no_fact(text):
    """corpora/README.md, settled cases: a range ('580–590 тыс.') is no fact."""
    assert [f.value for f in facts_of(LEAD + text) if f.category == "count"] == []


@pytest.mark.parametrize("text, values", [
    # a label and its value joined by a dash are no range
    ("Разрешений на работу выдано: в 2023 – 17 336, в 2024 – 18 020.", [17336, 18020]),
    ("Больше всего иностранных работников из Китая – 5 120 человек, из Турции – 1 040.",
     [5120, 1040]),
])
def test_a_label_before_a_dash_is_no_range(text, values):
    assert [f.value for f in facts_of(LEAD + text) if f.category == "count"] == values


@pytest.mark.parametrize("text", [
    "Квота на выдачу разрешений на работу иностранцам утверждена приказом управления от "
    "12.03.2024 318.",
    "Квота распределяется по правилам, утверждённым постановлением правительства от 29 декабря "
    "2020 года 2345.",
])
def test_a_document_number_after_its_date_is_no_figure(text):
    assert [f.value for f in facts_of(LEAD + text) if f.value is not None] == []


@pytest.mark.parametrize("text, value", [
    ("Число иностранных граждан, въехавших в страну на работу, составило 4,1 млн человек.", 4100000),
    ("За рубежом работают 1,15 млн граждан Кыргызстана.", 1150000),
])
def test_a_figure_in_millions_is_a_whole_number(text, value):
    assert [f.value for f in facts_of(LEAD + text)] == [value]
    assert float(facts_of(LEAD + text)[0].value).is_integer()
