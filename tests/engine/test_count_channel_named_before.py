"""'по линии Россотрудничества выделят 1000 квот', 'по линии оргнабора 1 200 граждан уехали':
the channel a figure came by, named right before it, is no telephone line; the figure is read.
A hotline's number ('на горячую линию 1414') stays a number to dial."""
import pytest

from engine_helpers import facts_of


def values_of(text: str) -> list[float]:
    return [f.value for f in facts_of(text, published="2024-05-10") if f.value is not None]


@pytest.mark.parametrize("text, value", [
    ("Кыргызстану по линии Россотрудничества выделят 1000 квот на обучение в вузах России.", 1000),
    ("В этом году по линии оргнабора 1 200 граждан Узбекистана уехали на работу в Корею.", 1200),
    ("По линии агентства 350 мигрантов трудоустроены за рубежом.", 350),
])
def test_a_figure_after_its_channel_is_read(text, value):
    assert value in values_of(text)


@pytest.mark.parametrize("text", [
    "Мигранты могут обратиться на горячую линию 1414 миграционной службы.",
    "Вопросы о патентах принимает телефонная линия 8 700 123 45 67.",
])
def test_a_line_to_call_is_no_figure(text):
    assert values_of(text) == []
