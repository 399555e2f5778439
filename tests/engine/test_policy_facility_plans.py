"""In a text whose topic is named before it, a plan to open courses, a centre or a platform is
the text's first measure though its own words name no migrant, and it is for the partner state
of the figure told just before; a doubt about it is none, nor is an office in a city abroad the
partner's."""
import pytest

from engine_helpers import facts_of

HEADLINE = ("Узбекистанцы поедут на работу в Корею\n"
            "В Корее будут трудоустроены 5 тыс. трудовых мигрантов из Узбекистана, сообщило агентство.\n")


def measures(text: str) -> list[tuple[str, str, object]]:
    return [(f.evidence.sentence, f.status, f.dimensions.get("country"))
            for f in facts_of(text) if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text", [
    "В Бухаре и Хорезмской области откроются курсы корейского языка.",
    "С осени заработает онлайн-платформа для подбора вакансий и связи с корейскими работодателями.",
    "Для будущих работников организуют бесплатные курсы подготовки к экзамену.",
    "Учебные центры планируется открыть в трёх областях республики.",
])
def test_a_plan_to_open_courses_or_a_platform_is_a_measure_of_the_partner(text):
    assert measures(HEADLINE + text) == [(text, "planned", "KR")]


@pytest.mark.parametrize("text", [
    "Когда заработает новая платформа, пока не ясно.",
    "Где откроются учебные центры, неизвестно.",
])
def test_a_doubt_about_the_opening_is_no_measure(text):
    assert measures(HEADLINE + text) == []


def test_courses_with_no_topic_before_are_no_measure():
    assert measures("В городе на 5 тысяч жителей откроются курсы кройки и шитья.") == []


def test_an_office_in_a_city_abroad_is_not_for_the_partner_of_the_figures():
    text = "В этом году министерство планирует открыть представительства в Екатеринбурге и Казани."
    assert measures(HEADLINE + text) == [(text, "planned", None)]
