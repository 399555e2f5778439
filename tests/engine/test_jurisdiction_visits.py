"""A report of talks or a visit abroad names the host's capital and leader as the place and
partner of the talks ('по итогам переговоров в Ташкенте с Шавкатом Мирзиёевым'); they are not
the state that reports, whose own leader is one of its markers."""
import pytest

from extractor.api import extract_text


@pytest.mark.parametrize("text, jurisdiction", [
    ("Путин назвал число мигрантов\n\nПо итогам переговоров в Ташкенте с Шавкатом Мирзиёевым "
     "Владимир Путин сообщил, что в России работают 1,1 млн граждан Узбекистана.", "RU"),
    ("Итоги визита\n\nВо время визита в Бишкек на встрече с Садыром Жапаровым Путин отметил, "
     "что в России трудятся 350 тысяч граждан Кыргызстана.", "RU"),
    ("Путин о мигрантах\n\nВладимир Путин после встречи с президентом Таджикистана Эмомали "
     "Рахмоном в Душанбе заявил, что в России работают около 800 тысяч граждан Таджикистана.",
     "RU"),
])
def test_the_host_of_talks_abroad_is_not_the_reporting_state(text, jurisdiction):
    assert extract_text(text, published="2025-10-09").document.jurisdiction == jurisdiction


def test_a_leader_reporting_his_own_talks_abroad_keeps_his_state():
    text = ("Президент провёл переговоры\n\nЭмомали Рахмон по итогам переговоров с Владимиром "
            "Путиным сообщил, что в России работают 600 тысяч таджикистанцев.")
    assert extract_text(text, published="2025-10-09").document.jurisdiction == "TJ"
