"""A state's bodies and places name it in every case the press puts them in: 'в Госдуме',
'Государственную думу', 'в Москве', 'статус кандаса', not only the dictionary form; a place
after 'в', 'из' in another case ('вылетели в Москву') is where people go, not the seat."""
import pytest

from extractor.api import extract_text


@pytest.mark.parametrize("text, jurisdiction", [
    ("В Госдуме предложили продлить патент\n\nДепутаты внесли в Государственную думу поправки: "
     "срок патента для иностранцев хотят увеличить, за год патенты получили 2 млн человек.", "RU"),
    ("Законопроект о мигрантах\n\nПравительство направило в Госдуму проект, по которому "
     "патент получат только 1,5 млн иностранных граждан с подтверждённым доходом.", "RU"),
    ("Задержаны нарушители\n\nВ Москве полиция задержала 140 граждан Таджикистана, которые "
     "жили на стройке без регистрации.", "RU"),
    ("Итоги квартала\n\nС начала года статус кандаса получили 3 900 этнических казахов, "
     "больше всего из Узбекистана.", "KZ"),
    ("Переселение\n\nЧисло кандасов, прибывших за полгода, выросло до 6 100 человек.", "KZ"),
])
def test_a_marker_counts_in_any_case(text, jurisdiction):
    assert extract_text(text, published="2024-05-10").document.jurisdiction == jurisdiction


@pytest.mark.parametrize("text, jurisdiction", [
    ("Отправка мигрантов\n\nМиграционная служба Таджикистана сообщила, что за месяц 3 200 "
     "таджикистанцев вылетели на работу в Москву.", "TJ"),
    ("Рейсы на заработки\n\nЗа неделю из Бишкека в Москву вылетели 2 800 кыргызстанцев, "
     "сообщили в Государственной службе миграции.", "KG"),
])
def test_a_destination_city_is_not_the_seat(text, jurisdiction):
    assert extract_text(text, published="2024-05-10").document.jurisdiction == jurisdiction
