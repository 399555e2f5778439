"""A bare 'статус' and its verb before a figure ('За год статус получили 1 140 человек'),
after a text that named the status ('статус кайрылмана', 'статус кандаса'): the people of
that status, in the year the sentence names; the items of its list take that year."""
import pytest

from engine_helpers import facts_of


@pytest.mark.parametrize("text, value, period", [
    ("В феврале статус кайрылмана в Кыргызстане получили 210 человек.\n\n"
     "За 2024 год статус получили 1 140 человек.", 1140, "2024"),
    ("В марте статус кандаса присвоен 480 этническим казахам.\n\n"
     "В 2023 году статус получили 6 300 человек.", 6300, "2023"),
    ("Статус кайрылмана в январе получили 95 человек.\n\n"
     "За прошлый год статус уже получили 1 020 человек. Больше всего прибыло из:\n"
     "- Таджикистан — 800;\n- Узбекистан — 150.", 800, "2024"),
])
def test_bare_status_counts_the_named_status(text, value, period):
    found = [(f.indicator, f.time.period) for f in facts_of(text, "2025-03-10") if f.value == value]
    assert found == [("resettled_persons", period)]


@pytest.mark.parametrize("text, value", [
    # a status with a complement of its own is another status
    ("В феврале статус кайрылмана получили 210 человек.\n\n"
     "За 2024 год статус беженца получили 40 человек.", 40),
])
def test_status_of_another_kind_is_not_the_named_status(text, value):
    assert [f.indicator for f in facts_of(text, "2025-03-10") if f.value == value] != \
        ["resettled_persons"]
