"""The documents of a package signed just before, named with no verb of their own ('Среди них —
соглашение о ...', 'В частности, речь идёт о соглашении о ...'), are a measure with the package's
status; documents named only by their field retell the package."""
import pytest

from engine_helpers import facts_of

PACKAGE = ("Казахстан и Узбекистан подписали документы о трудовой миграции\n\n"
           "В ходе визита стороны подписали ряд документов в сфере трудовой миграции.\n\n")
PLANNED = ("Казахстан и Узбекистан подпишут документы о трудовой миграции\n\n"
           "В ходе визита стороны планируют подписать ряд документов в сфере трудовой миграции.\n\n")


def measures(text):
    return [f.status for f in facts_of(text, published="2025-06-10") if f.category == "policy" and f.value is None]


@pytest.mark.parametrize("text, expected", [
    (PACKAGE + "Среди них — соглашение об организованном наборе граждан Узбекистана и меморандум о пенсиях.",
     ["adopted", "adopted"]),
    (PACKAGE + "В частности, речь идёт о соглашении о медицинском освидетельствовании граждан Узбекистана.",
     ["adopted", "adopted"]),
    (PACKAGE + "В их числе протокол о внесении изменений в договор о временной работе граждан.",
     ["adopted", "adopted"]),
    (PLANNED + "Среди них — соглашение об организованном наборе граждан Узбекистана.", ["planned", "planned"]),
    (PACKAGE + "Среди подписанных документов — соглашения по трудовой миграции, которые укрепят сотрудничество.",
     ["adopted"]),
])
def test_documents_of_a_package_are_measures(text, expected):
    assert measures(text) == expected
