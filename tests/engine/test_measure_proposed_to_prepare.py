"""Bodies asked to draft a step ('ведомствам предложено разработать порядок найма') is a
proposal, as 'предложено ввести' is; after an agreement on topic, a road map they are asked
to draft goes on about it, though its own words name no migrant. A request to prepare
something that is no rule and follows no measure is none."""
import pytest

from engine_helpers import facts_of

HEADLINE = "Трудовая миграция: новые правила для иностранных работников\n"


def measures(text: str) -> list[tuple[str, str]]:
    return [(f.evidence.sentence, f.status) for f in facts_of(HEADLINE + text)
            if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text", [
    "Министерству труда предложено разработать порядок найма иностранных работников.",
    "Миграционной службе предложено подготовить правила оформления патентов для мигрантов.",
])
def test_bodies_asked_to_draft_a_rule_is_a_proposal(text):
    assert (text, "proposed") in measures(text)


def test_a_road_map_asked_for_after_an_agreement_goes_on_about_it():
    step = "Ведомствам предложено подготовить дорожную карту по направлению специалистов за рубеж."
    text = "Страны подписали соглашение о трудовой миграции. " + step
    assert (step, "proposed") in measures(text)


def test_a_request_that_drafts_no_rule_is_none():
    text = "Журналистам предложено подготовить вопросы к министру."
    assert measures(text) == []
