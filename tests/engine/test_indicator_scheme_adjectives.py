"""A scheme destination named by its state's adjective ('на британские фермы', 'в корейские
компании') is a placement as the state's name is; people leaving for it are no emigrants unless
permanent residence is named."""
import pytest

from engine_helpers import facts_of


def indicators(text, published="2024-10-16"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


KYRGYZ = "Министерство труда, социального обеспечения и миграции Кыргызской Республики сообщает.\n"
UZBEK = "Министерство занятости и сокращения бедности Узбекистана сообщает.\n"


@pytest.mark.parametrize("text, expected", [
    (UZBEK + "Вчера на британские фермы вылетели еще 96 узбекистанцев.",
     [(96, "citizens_placed_abroad")]),
    (KYRGYZ + "В прошлом году в Южную Корею уехали 1 140 кыргызстанцев.",
     [(1140, "citizens_placed_abroad")]),
    (UZBEK + "За неделю на корейские предприятия отправились 210 граждан Узбекистана.",
     [(210, "citizens_placed_abroad")]),
])
def test_departures_to_a_scheme_named_by_adjective_are_placements(text, expected):
    assert indicators(text) == expected


def test_leaving_for_permanent_residence_stays_emigration():
    text = (UZBEK + "По данным статистики, за полгода на постоянное жительство в Великобританию "
            "выехали 85 граждан Узбекистана.")
    assert [i for v, i in indicators(text) if v == 85] != ["citizens_placed_abroad"]
