"""In a text whose topic is named, a call, an offer or a plan about people who go to or come from
another state (its citizens, students, their trips and border crossings, the consulates that serve
them) is a measure with that state, though its own words name no migrant; the same step about a
matter with no people in it, or told about the home state alone, is none."""
import pytest

from engine_helpers import facts_of

LEAD = ("Таджикские мигранты попадают в реестр контролируемых лиц\n"
        "Тысячи трудовых мигрантов из Таджикистана внесены в реестр, сообщило Министерство труда Таджикистана.\n")


def measures(text: str) -> list[tuple[str, str, object]]:
    return [(f.evidence.sentence, f.status, f.dimensions.get("country"))
            for f in facts_of(text, published="2025-05-10") if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text, status, country", [
    ("Посольство призвало всех, кто едет в Россию, заранее проверить свой статус.", "proposed", "RU"),
    ("Российская сторона изучает возможность увеличить число мест для абитуриентов из Таджикистана.",
     "proposed", "RU"),
    ("Власти рассматривают возможность пересекать границу с Казахстаном по внутренним паспортам.",
     "proposed", "KZ"),
    ("Министр призвал казахстанскую сторону освободить граждан Таджикистана от этой обязанности.",
     "proposed", "KZ"),
])
def test_a_step_about_people_going_to_another_state_is_a_measure(text, status, country):
    assert (text, status, country) in measures(LEAD + text)


@pytest.mark.parametrize("text", [
    "Президент призвал Казахстан развивать торговое сотрудничество.",
    "Министерство рассматривает возможность увеличить число мест в детских садах.",
])
def test_a_step_with_no_people_crossing_is_no_measure(text):
    assert all(sentence != text for sentence, _, _ in measures(LEAD + text))
