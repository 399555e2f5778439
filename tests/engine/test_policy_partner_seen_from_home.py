"""A measure's partner is the other state seen from the page's own state: a foreign body that
acts towards it ('Президент России поручил МВД подписать с Кыргызстаном соглашение' in Kyrgyz
press) is the partner, not the page's state that the sentence names; the same sentence in
the acting state's own press has the named state as partner."""
import pytest

from extractor.api import extract_text

SENTENCES = {
    "KG": ("Кыргызстанцы смогут дольше оставаться в соседней стране\n"
           "Президент России поручил МВД подписать с Кыргызстаном соглашение о порядке "
           "пребывания трудовых мигрантов."),
    "TJ": ("Мигранты из республики получат новые права\n"
           "В мае президент России подписал закон о ратификации соглашения с Таджикистаном "
           "об организованном наборе мигрантов."),
}


def partners(text: str, url: str) -> list:
    extraction = extract_text(text, published="2025-05-30", url=url)
    return [f.dimensions.get("country") for f in extraction.facts if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("home", ["KG", "TJ"])
def test_a_foreign_body_acting_towards_the_page_state_is_the_partner(home):
    assert partners(SENTENCES[home], f"https://news.example.{home.lower()}/a/1") == ["RU"]


@pytest.mark.parametrize("home", ["KG", "TJ"])
def test_in_the_acting_state_press_the_named_state_is_the_partner(home):
    assert partners(SENTENCES[home], "https://news.example.ru/a/1") == [home]
