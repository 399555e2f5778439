"""Kyrgyz quota decrees: the labour quota named by work, the limit on immigration, and the
share of each region."""
import pytest

from engine_helpers import facts_of


def facts(text, published="2024-11-20"):
    return [(f.value, f.category, f.indicator, f.dimensions.get("region"))
            for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Государственная служба миграции сообщила: в этом году на основании 14 тысяч 200 квот, "
     "выделенных для работы в Кыргызстане, в страну въехали граждане 70 государств.",
     [(14200, "quota", "foreign_labour_quota", None)]),
    ("Кабинет министров утвердил распоряжение. Всего трудовая квота на 2025 год – 31 тысяча человек.",
     [(31000, "quota", "foreign_labour_quota", None)]),
])
def test_a_quota_for_work_is_the_labour_quota(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Кабинет министров установил предельную численность иностранцев и лиц без гражданства, "
     "которые могут иммигрировать в республику, – 350 человек. Из них на Бишкек приходится 90, "
     "на Ош – 25.",
     [(350, "quota", "resettlement_quota", None), (90, "quota", "resettlement_quota", "KG-GB"),
      (25, "quota", "resettlement_quota", "KG-GO")]),
    ("Распоряжением кабмина определена предельная численность иностранцев на иммиграцию в КР – "
     "420 человек. Из них для Бишкека показатель составит 110 человек, Оша — 40.",
     [(420, "quota", "resettlement_quota", None), (110, "quota", "resettlement_quota", "KG-GB"),
      (40, "quota", "resettlement_quota", "KG-GO")]),
])
def test_a_limit_on_immigration_and_its_regional_shares_are_a_quota(text, expected):
    assert facts(text) == expected


def test_an_increment_by_region_is_no_share_of_a_quota():
    text = ("Минтруд предлагает увеличить квоту на выдачу разрешений на работу. В Красноярском крае "
            "прибавка составит 310 разрешений, в Приморском крае – 1 940.")
    assert [f for f in facts(text) if f[0] == 1940] == []
