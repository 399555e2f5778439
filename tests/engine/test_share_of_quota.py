"""A share of a quota, of a need for foreign staff or of a limit says how much of that level is
used, allotted or held back; it is no level of its own (corpora/README.md: fulfilment rates
are no facts). The quota or the need stated beside it stays a fact."""
import pytest

from engine_helpers import facts_of

LEAD = "Правительство утвердило квоту на выдачу иностранным гражданам разрешений на работу.\n"


@pytest.mark.parametrize("text", [
    # a share of the quota given to a group of employers or a branch
    "По данным министерства, почти 90% квоты на иностранных работников получат стройки и заводы.",
    "Около 70 процентов квоты решено отдать сельскому хозяйству.",
    # a share of the regions' need for foreign workers, in figures or in words
    "Это 64,8% от потребности в иностранной рабочей силе, заявленной на прошлый год.",
    "Такой объём равен 81 проценту от потребности регионов на текущий год.",
    # a share of the quota already used
    "Работодатели использовали 57,3% от утверждённой квоты на привлечение иностранцев.",
])
def test_a_share_of_a_quota_or_need_is_no_fact(text):
    assert [(f.value, f.evidence.text) for f in facts_of(LEAD + text) if f.value is not None] == []


@pytest.mark.parametrize("text, values", [
    # the permits issued stay a fact beside the share of the quota they make up
    ("Местные органы выдали 12 400 разрешений иностранцам, что составило 71,5% от квоты.",
     [12400]),
    # the reserve of the quota stays a quota beside its share
    ("Резерв квоты на выдачу разрешений на работу составит 310 000 разрешений, или 25% от "
     "установленного объёма квоты.", [310000]),
    # a quota as a share of the labour force is a level, not a part of another quota
    ("Квота на привлечение иностранной рабочей силы на 2027 год установлена в размере 0,3% от "
     "численности рабочей силы.", [0.3]),
])
def test_the_level_beside_a_share_of_a_quota_stays(text, values):
    assert [f.value for f in facts_of(text)] == values
