"""Work going on over a draft is work under way, not a proposal: 'депутаты готовят законопроект',
'ведомства работают над проектом соглашения', 'проект закона дорабатывается', 'проекты указов
проходят согласование'. A draft finished and put forward ('подготовило проект', 'проект вынесен на
обсуждение') is a proposal (corpora/README.md, Settled cases: Status)."""
import pytest

from engine_helpers import facts_of

LEAD = "Министерство труда сообщает о трудовой миграции.\n"


def measure_statuses(text: str) -> list[str]:
    return [f.status for f in facts_of(LEAD + text) if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text", [
    # someone prepares or works on a draft, in the present
    "Депутаты готовят новый законопроект о запрете работы мигрантов в такси.",
    "Министерства двух стран работают над проектом соглашения об оргнаборе трудовых мигрантов.",
    "Ведомство разрабатывает проект правил въезда для иностранных студентов.",
    # the draft as subject of a verb of work going on
    "Проект закона о частных агентствах занятости за рубежом сейчас дорабатывается.",
    "Проекты постановлений об упрощении выезда граждан на заработки проходят межведомственное согласование.",
    "Проект соглашения о пенсиях трудовых мигрантов находится на согласовании у сторон.",
])
def test_work_going_on_over_a_draft_is_in_progress(text):
    assert measure_statuses(text) == ["in_progress"]


@pytest.mark.parametrize("text", [
    "Министерство труда подготовило проект правил привлечения иностранных работников.",
    "Проект постановления о доле иностранных работников вынесен на общественное обсуждение.",
])
def test_a_draft_put_forward_stays_a_proposal(text):
    assert measure_statuses(text) == ["proposed"]
