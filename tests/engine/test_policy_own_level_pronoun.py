"""The pronoun of a change takes up the old level its own sentence gave: 'в прошлом году для
граждан Таджикистана выделили 300 мест, а в этом году их число увеличили до 520' gives a policy
fact of 520 with the old level 300 and the state the places are for; people whose number grew
stay a count."""
import pytest

from engine_helpers import facts_of


def found(text, value):
    return [f for f in facts_of(text, published="2023-10-06") if f.value == value]


@pytest.mark.parametrize("text", [
    "Россия расширила квоту на обучение: в прошлом году для граждан Таджикистана выделили 300 мест, "
    "а в этом году их число увеличили до 520.",
    "Квоты на учёбу в российских вузах растут. Если в 2022 году для граждан Таджикистана было 300 мест, "
    "то в 2023 году их количество выросло до 520.",
    "Россия увеличивает квоты на обучение: в 2022 году для граждан Таджикистана выделялось 300 мест, "
    "а в 2023 году их число довели до 520.",
])
def test_a_new_level_takes_up_the_old_one_of_its_sentence(text):
    new = found(text, 520)
    assert len(new) == 1, new
    fact = new[0]
    assert (fact.category, fact.previous, fact.dimensions.get("country")) == ("policy", 300, "TJ")
    assert found(text, 300) == []


@pytest.mark.parametrize("text", [
    "В прошлом году в Англии работали 8 000 мигрантов из Кыргызстана, в этом году их число выросло до 10 000.",
])
def test_people_whose_number_grew_keep_no_old_level_of_places(text):
    assert all(f.category == "count" for f in found(text, 10000))
