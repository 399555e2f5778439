"""'За те же месяцы', 'за указанный срок', 'за это время': the span of the figures just
told, not the time of an earlier figure of the same kind (a year still running)."""
import pytest

from engine_helpers import times_of

HEAD = "Миграция из Узбекистана растёт.\n"
LEAD = ("По новым данным, в этом году в Россию на работу приехали около 1,2 миллиона граждан "
        "Узбекистана.\n\nС января по июнь 2022 года МВД зарегистрировало 1 500 300 въездов граждан "
        "Узбекистана. Из них 1,2 миллиона назвали целью поездки работу. ")


@pytest.mark.parametrize("text, published, expected", [
    (LEAD + "За те же месяцы около 40 000 узбекистанцев получили российское гражданство.",
     "2022-08-10", "2022-01/2022-06"),
    (LEAD + "За указанный срок около 40 000 узбекистанцев получили российское гражданство.",
     "2022-08-10", "2022-01/2022-06"),
    (LEAD + "За это время около 40 000 узбекистанцев получили российское гражданство.",
     "2022-08-10", "2022-01/2022-06"),
])
def test_the_same_months_are_the_span_just_told(text, published, expected):
    assert times_of(HEAD + text, published)[-1] == (40000, expected, None)
