"""Figures of the home labour market, told as background to migration, count no migrants: the
labour resources, the employed population, the unemployed, those who turned to the employment
services. A sentence that names migrants or work abroad is read as before, and a ministry of
'труда, миграции и занятости населения' names no labour market."""
import pytest

from engine_helpers import facts_of


def values(text):
    return sorted(f.value for f in facts_of(text, "2025-11-12") if f.value is not None)


LEAD = "Число трудовых мигрантов из Узбекистана за девять месяцев выросло до 1,9 миллиона человек.\n"


@pytest.mark.parametrize("text", [
    "Общая численность трудовых ресурсов республики за девять месяцев достигла 20,4 миллиона человек.",
    "Если бы все они вернулись, нагрузка на рынок труда выросла бы: без работы в республике и так более 160 тысяч человек.",
    "За содействием в поиске работы в службы занятости обратились 740 тысяч граждан.",
    "В неформальном секторе экономики работало 4,2 миллиона человек.",
])
def test_the_home_labour_market_is_no_count(text):
    assert values(LEAD + text) == [1900000]


def test_a_ministry_named_for_employment_names_no_labour_market():
    text = ("Министерство труда, миграции и занятости населения Таджикистана сообщило, что в "
            "Казахстане на заработках находятся около 11 тысяч граждан республики.")
    assert values(text) == [11000]
