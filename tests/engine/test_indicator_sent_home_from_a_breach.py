"""People of a breach story who leave a host by force or are sent back to their own state
('принудительно покинули 254 нелегала', 'двадцать нелегалов отправлены на родину', 'домой
вернули 44 гражданина, которые находились в стране незаконно') are deported, though the verb is
one of leaving, sending or bringing back; those who left on their own are not."""
import pytest

from engine_helpers import facts_of

HEAD = "Мигрантов выдворяют из региона\n\n"


def indicators(text, published="2024-10-01"):
    return [(f.value, f.indicator) for f in facts_of(HEAD + text, published) if f.value is not None]


@pytest.mark.parametrize("text, value", [
    ("С начала года область принудительно покинули 312 нелегалов, сообщили в управлении "
     "по вопросам миграции.", 312),
    ("В сентябре 36 нелегальных мигрантов отправлены из Омской области на родину.", 36),
    ("Спецрейсом домой вернули 52 гражданина, которые находились в США незаконно.", 52),
    ("За девять месяцев нелегалов, нарушивших сроки пребывания, отправили в родные "
     "республики – 415 человек.", 415),
])
def test_sent_home_from_a_breach_is_a_deportation(text, value):
    assert [i for v, i in indicators(text) if v == value] == ["deportations"]


def test_leaving_on_their_own_is_no_deportation():
    text = "Еще 140 нелегалов самостоятельно покинули страну до решения суда."
    assert [i for v, i in indicators(text) if v == 140] != ["deportations"]
