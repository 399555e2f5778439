"""A headline's verb is looser than its lead's: the body's first status is the text's."""
import pytest

from engine_helpers import facts_of


@pytest.mark.parametrize("headline, lead, status", [
    ("В трёх областях ввели ограничения для мигрантов",
     "Минтруд разработал проект постановления о снижении доли иностранцев в трёх областях.",
     "proposed"),
    ("Мигрантам запретили работать в общепите",
     "Министерство подготовило проект приказа, который сокращает долю иностранных работников в "
     "общепите.", "proposed"),
    ("Доли иностранных работников планируют снизить",
     "Правительство утвердило постановление о долях иностранных работников на будущий год.",
     "adopted"),
])
def test_a_figure_with_no_status_takes_the_leads_not_the_headlines(headline, lead, status):
    text = (f"{headline}\n\n{lead}\n\n"
            "Доля иностранцев в этих сферах не должна превышать 40% от общего числа работников.")
    caps = [f for f in facts_of(text) if f.value == 40]
    assert [(f.category, f.status) for f in caps] == [("policy", status)]
