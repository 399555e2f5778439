"""In a text about the statistics bureau's flows the press calls anyone who moved for good a
'переселенец' ('больше всего переселенцев приехали из ...', '... переселились в Россию'): with no
kandas, compatriots or a resettlement programme named, such a figure stays the running flow of
immigrants or emigrants, not people resettled."""
import pytest

from engine_helpers import facts_of


def indicators(text, published="2023-03-01"):
    return [(f.value, f.indicator) for f in facts_of(text, published) if f.value is not None]


@pytest.mark.parametrize("text, value, expected", [
    ("По данным бюро национальной статистики, в 2022 году в страну на постоянное жительство "
     "прибыли 14 200 человек, выбыли 29 800.\n\n"
     "Больше всего переселенцев приехали из Узбекистана – 6 110 человек.", 6110,
     "immigrants_arrived"),
    ("За год на постоянное жительство в республику прибыли 2 400 человек, уехали 12 900.\n\n"
     "Большинство переселенцев прибыло из Кыргызстана – 870 человек, из России – 640.", 640,
     "immigrants_arrived"),
    ("За год на постоянное жительство в республику прибыли 2 400 человек, уехали 12 900.\n\n"
     "Из уехавших 4 100 человек переселились в Россию.", 4100, "emigrants_departed"),
])
def test_settlers_of_the_bureau_stay_its_flow(text, value, expected):
    assert [i for v, i in indicators(text) if v == value] == [expected]


def test_kandas_named_stay_resettled():
    text = ("За год на постоянное жительство в республику прибыли 2 400 человек.\n\n"
            "Больше всего переселенцев-кандасов прибыло из Узбекистана – 910 этнических казахов.")
    assert [i for v, i in indicators(text) if v == 910] == ["resettled_persons"]
