"""The work a ban told before covers, said by a negated modal with no place or date of its
own ('Они не смогут трудиться в общепите'), is a measure after the ban; alone it is none."""
import pytest

from engine_helpers import facts_of

BAN = ("Новости о трудовой миграции.\n"
       "В Тверской области губернатор запретил мигрантам работать в такси.\n")


def measures(text: str) -> list:
    return [f.evidence.text for f in facts_of(text) if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text", [
    "Кроме того, мигранты не смогут трудиться в общепите и в торговле.",
    "Они также не смогут работать курьерами и на складах.",
    "Иностранцам нельзя будет заниматься перевозкой грузов.",
])
def test_the_work_a_ban_covers_is_a_measure_after_the_ban(text):
    assert measures(BAN + text)[1:] == [text]


def test_a_negated_modal_alone_is_no_measure():
    assert measures("Новости о трудовой миграции.\n"
                    "Кроме того, мигранты не смогут трудиться в общепите и в торговле.") == []
