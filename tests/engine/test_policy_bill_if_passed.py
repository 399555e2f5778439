"""What a bill would do, told on the condition of its passage ('Если закон примут, иностранцы в
этом режиме не смогут менять место пребывания'), is no measure of its own; the bill's reading
told as news stays one."""
import pytest

from engine_helpers import facts_of

LEAD = "Госдума в первом чтении одобрила законопроект о режиме высылки иностранцев.\n"


@pytest.mark.parametrize("text", [
    "Если закон примут, иностранцы в этом режиме не смогут без разрешения менять место пребывания.",
    "Если поправки будут приняты, мигрантам запретят водить машину без разрешения.",
])
def test_a_provision_on_condition_of_passage_is_no_measure(text):
    assert [f for f in facts_of(LEAD + text, "2024-06-18")
            if f.value is None and text[:20] in f.evidence.text] == []


def test_the_reading_stays_a_measure():
    assert [f for f in facts_of(LEAD, "2024-06-18") if f.value is None]
