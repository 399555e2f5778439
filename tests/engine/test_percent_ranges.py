"""'на 60–75 процентов', '40–50%': a bare figure dashed to a percentage is the lower end of a
range of percentages, and a range is no count or quota (corpora/README.md, settled cases); a
single share is one all the same."""
from engine_helpers import facts_of


def values(text):
    return sorted(f.value for f in facts_of(text, "2025-03-01") if f.value is not None)


def test_a_range_of_percentages_gives_no_level():
    text = ("Каждый год правительство устанавливает квоту на 14 тысяч иностранных работников, но "
            "работодатели используют ее лишь на 60–75 процентов.")
    assert values(text) == [14000]


def test_a_share_given_as_a_range_is_no_count():
    text = "По данным министерства, выходцы из Узбекистана составляют 40–50% всех трудовых мигрантов в регионе."
    assert values(text) == []


def test_a_single_share_is_a_count():
    text = "По данным министерства, выходцы из Узбекистана составляют 45% всех трудовых мигрантов в регионе."
    assert values(text) == [45]
