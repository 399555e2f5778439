"""A campaign just over, its span told in the text ('Акция длилась с 30 июля по 30 августа'),
dates the flows with no time of their own: they are its outcome; a count the text dates by
its own month keeps it."""
import pytest

from engine_helpers import facts_of


def times(text, published):
    return [(f.value, f.time.period, f.time.as_of) for f in facts_of(text, published)
            if f.value is not None]


@pytest.mark.parametrize("text, published, expected", [
    ("Из Турции на родину вернули 240 граждан Узбекистана.\n"
     "Акция «Возвращение на родину» длилась с 10 июля по 10 августа, билеты оплачивал "
     "Миграционный фонд.", "2024-09-04", [(240, "2024-07/2024-08", None)]),
    ("Из России на родину вернули 350 граждан Узбекистана, сообщило агентство.\n"
     "Акция проходила с 1 мая по 31 мая.", "2023-06-12", [(350, "2023-05", None)]),
    # a flow dated by the month of the text is not the campaign's
    ("В сентябре из России в Узбекистан вернулись около 900 человек.\n"
     "Акция «Возвращение на родину» длилась с 10 июля по 10 августа.", "2024-09-20",
     [(900, "2024-09", None)]),
    # a campaign over long before the text dates nothing
    ("Из России в Узбекистан вернулись около 900 человек.\n"
     "Акция «Возвращение на родину» длилась с 10 марта по 10 апреля.", "2024-09-20",
     [(900, "2024-09", None)]),
])
def test_flow_after_a_campaign_just_over(text, published, expected):
    assert times(text, published) == expected
