"""A district ('район') of a Kazakh oblast named with its own figure is a place of that
oblast, as its regional centre is; the word 'район' must be there, since the bare adjective
may be a surname."""
import pytest

from extractor.engine.pipeline import extract
from extractor.records import Document


def regions(text: str) -> list:
    document = Document(text=text, published="2024-03-01")
    return [f.dimensions.get("region") for f in extract(document).facts if f.value is not None]


@pytest.mark.parametrize("text, code", [
    ("В Сарыагашском районе за 2023 год на учёт поставлены 2 300 трудовых мигрантов.", "KZ-61"),
    ("По Мактааральскому району в прошлом году выявлено 140 нелегальных мигрантов.", "KZ-61"),
    ("В Мунайлинском районе в 2022 году зарегистрированы 900 иностранных граждан.", "KZ-47"),
    ("В Карасайский район в 2023 году переехали 410 кандасов.", "KZ-19"),
])
def test_a_district_figure_is_of_its_oblast(text, code):
    found = regions(text)
    assert found and all(region == code for region in found)
