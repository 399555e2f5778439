"""In a story whose headline gives a quota ('Области утвердили квоту на иностранных работников:
3 100 человек'), people the body lists with no verb that counts them ('Это каменщики – 900
человек') are the quota's items; people said to work there keep their stock, and a headline
with no quota makes no such story."""
import pytest

from engine_helpers import facts_of


def facts_with(text, value):
    return [(f.category, f.indicator) for f in facts_of(text, "2025-06-10") if f.value == value]


@pytest.mark.parametrize("text, value", [
    ("В Тверской области утвердили квоту на иностранных работников: 3100 человек\n\n"
     "Больше всего иностранных работников региону требуется в нескольких группах. Это каменщики "
     "и бетонщики на строительных работах – 900 человек, водители грузовиков – 300 человек.", 900),
    ("Для Калужской области утверждена квота на выдачу разрешений на работу – 4200 человек\n\n"
     "Больше всего иностранных работников области нужно на стройках. Это рабочие строительных "
     "специальностей – 1200 человек, квалифицированные рабочие заводов – 650 человек.", 650),
])
def test_unverbed_list_in_a_quota_story_is_the_quota(text, value):
    assert facts_with(text, value) == [("quota", "work_permit_quota")]


@pytest.mark.parametrize("text, value", [
    # people said to work keep their stock
    ("В Тверской области утвердили квоту на иностранных работников: 3100 человек\n\n"
     "Сейчас в регионе работают 5400 иностранных граждан.", 5400),
    # a headline with no quota makes no quota story
    ("В Тверской области выдали 3100 разрешений на работу иностранцам\n\n"
     "Больше всего иностранных работников региону требуется в нескольких группах. Это каменщики "
     "и бетонщики на строительных работах – 900 человек, водители грузовиков – 300 человек.", 900),
])
def test_workers_in_a_quota_story_stay_a_stock(text, value):
    assert ("quota", "work_permit_quota") not in facts_with(text, value)
