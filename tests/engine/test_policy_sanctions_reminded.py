"""A sanction a body reminds or warns of as a possibility ('В МИД напомнили, что нарушителям
могут закрыть въезд на 5 или 10 лет', 'Ведомство предупредило: за это могут выдворить') is the
law explained, no measure; a ban told as enacted, also after 'напомнили', stays one."""
import pytest

from engine_helpers import facts_of, only

LEAD = "Из США депортированы 30 граждан Кыргызстана.\n"


@pytest.mark.parametrize("text", [
    "В министерстве напомнили, что депортированным могут запретить въезд в США на 5, 10, 15 лет "
    "или пожизненно.",
    "Ведомство предупредило: в зависимости от вида высылки человеку могут закрыть въезд в страну "
    "на 5, 10 или 15 лет.",
    "В посольстве напомнили, что за работу без разрешения иностранца могут оштрафовать и выдворить.",
    "МВД предупреждает, что нарушителей сроков пребывания могут лишить права на въезд.",
])
def test_a_sanction_reminded_as_possible_is_no_measure(text):
    assert [f for f in facts_of(LEAD + text) if f.value is None] == []


@pytest.mark.parametrize("text, status", [
    ("В министерстве напомнили, что с 1 марта власти штата запретили въезд нелегальным мигрантам.",
     "adopted"),
])
def test_a_ban_enacted_and_reminded_stays_a_measure(text, status):
    fact = only([f for f in facts_of(LEAD + text) if f.value is None])
    assert (fact.category, fact.status) == ("policy", status)
