"""A state's news channel named with a figure ('«Узбекистан 24»') is a name, not a count."""
import pytest

from engine_helpers import facts_of

LEAD = "Министерство труда сообщает о трудовой миграции.\n"


@pytest.mark.parametrize("text", [
    "Указ об отмене выездных виз для граждан подписан, сообщил телеканал «Узбекистан 24».",
    "Об этом мигрантам рассказали в эфире «Казахстан 24».",
    "Как передаёт «Беларусь 24», иностранцы смогут работать без разрешения.",
])
def test_channel_name_gives_no_figure(text):
    assert 24 not in [f.value for f in facts_of(LEAD + text)]


@pytest.mark.parametrize("text, value", [
    # a breakdown item after a state's name is a figure
    ("Из Узбекистана – 24 тыс. мигрантов, из Таджикистана – 12 тыс.", 24000),
    ("В Казахстане 24 иностранца получили разрешение на работу, сообщил телеканал «Хабар».", 24),
])
def test_figure_beside_a_state_stays(text, value):
    assert value in [f.value for f in facts_of(LEAD + text)]
