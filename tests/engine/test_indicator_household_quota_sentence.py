"""In a Kazakh text the quota a sentence gives after naming the labour immigrants hired by
private persons for work in households is their quota, `household_immigrant_quota`, even
where the general quota's wording ('квота ... для работы') stands closer to the figure; the
employers' share after 'по разрешениям' stays the quota for foreign labour."""
import pytest

from engine_helpers import facts_of

LEAD = "Министерство труда и социальной защиты населения Казахстана утвердило квоты на 2027 год.\n"


def quotas(text):
    return [(f.value, f.indicator) for f in facts_of(text, "2026-12-20") if f.category == "quota"]


@pytest.mark.parametrize("text, expected", [
    (LEAD + "Для трудовых иммигрантов, которых нанимают физические лица для работы в домашних "
            "хозяйствах, квота установлена в размере 2,7%.",
     [(2.7, "household_immigrant_quota")]),
    (LEAD + "Что касается работы в домашних хозяйствах, то здесь квота составит 2,8%.",
     [(2.8, "household_immigrant_quota")]),
    (LEAD + "Для найма трудовых иммигрантов физическими лицами квота определена на уровне 3,2%, "
            "а по разрешениям работодателям – 0,3%.",
     [(3.2, "household_immigrant_quota"), (0.3, "foreign_labour_quota")]),
])
def test_the_household_quota_named_in_its_sentence(text, expected):
    assert quotas(text) == expected


def test_the_general_quota_stays_for_foreign_labour():
    text = LEAD + "Общая квота для работы иностранцев у работодателей составит 0,3%."
    assert quotas(text) == [(0.3, "foreign_labour_quota")]
