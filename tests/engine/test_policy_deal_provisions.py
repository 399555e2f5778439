"""What the parties of a deal do, and what each of several documents provides, told after a
measure on topic: 'Одно из соглашений касается ...', 'Второе предусматривает ...', 'стороны
подписали меморандум'. Each is a measure of its own with the deal's partner."""
import pytest

from engine_helpers import facts_of

LEAD = ("ТАШКЕНТ. Правительства Узбекистана и Польши в 2025 году планируют подписать два "
        "соглашения о трудовой миграции.\n")


def measures(text: str) -> list:
    return [f for f in facts_of(LEAD + text) if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text", [
    # one document of several, then the next, by partitive or ordinal
    "Одно из соглашений касается организованного найма граждан для сезонных работ.",
    "Одно из них предусматривает обучение работников польскому языку до выезда.",
    "Второе предусматривает, что ведомства двух стран будут обмениваться данными о работниках.",
    "Второй документ регулирует страхование работников на время контракта.",
    "Ещё одно соглашение устанавливает порядок возвращения работников домой.",
])
def test_each_document_of_several_is_a_measure(text):
    facts = measures(text)
    assert [(f.status, f.dimensions.get("country")) for f in facts[1:]] == [("planned", "PL")]


@pytest.mark.parametrize("text", [
    # what the parties did, told without a topical word of its own
    "Министр напомнила, что весной стороны подписали меморандум о взаимопонимании.",
    "В итоге стороны договорились обмениваться сведениями каждый квартал.",
])
def test_what_the_parties_do_is_a_measure(text):
    assert len(measures(text)) == 2


@pytest.mark.parametrize("text", [
    # an ordinal with no document verb is no provision
    "Второе направление – обучение молодёжи в колледжах.",
    # the act named again, with no parties, only retells it
    "Документ подписал министр занятости.",
    # a pledge to go on cooperating agrees no step
    "Стороны договорились и впредь укреплять тесное сотрудничество.",
    "В завершение стороны договорились продолжать взаимодействие между ведомствами.",
])
def test_no_provision_of_a_deal(text):
    assert len(measures(text)) == 1
