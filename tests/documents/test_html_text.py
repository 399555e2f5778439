"""Saved news pages -> Document text: the article as a reader sees it, without furniture.

The fixture pages are our own wordings in the layouts real outlets use: microdata
articles with the headline and lead outside `articleBody`, classic pages with the h1
inside <article>, old table layouts, statistics tables, list-shaped releases.
"""
import pytest

from extractor.documents.html_text import html_to_document
from extractor.engine.pipeline import extract

TICKER = '<div class="Rates_box__k9">USD 512,30 | EUR 597,10 | RUB 6,18</div>'
RELATED = ('<section data-block="related"><h2>Главное сейчас</h2>'
           '<a href="/n/1">За полгода в страну переехали 48,3 тыс. человек</a>'
           '<a href="/n/2">Квота на 2027 год составит 31 тыс. единиц</a></section>')

MICRODATA = f"""<!doctype html><html lang="ru"><head><meta charset="utf-8">
<title>Вице-министр: за рубежом трудятся 131 тыс. граждан - Сайт новостей</title></head>
<body><header><h1 class="site-logo">Сайт новостей</h1><nav><a href="/">Главное</a><a href="/kz">Казахстан</a></nav>{TICKER}</header>
<article itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="2025-11-03T10:15:00+05:00">
<div class="Article_head__z3"><h1 itemprop="headline">Вице-министр: за рубежом трудятся 131 тыс. граждан</h1>
<span class="Article_time__m0">10:15, 03.11.2025</span><span class="Article_views__c1">👁 5 214</span></div>
<p class="Article_lead__a7">Больше всего граждан страны – 97 тыс. – работают в России</p>
<div itemprop="articleBody">
<p>Вице-министр труда в кулуарах парламента 3 ноября рассказал, сколько граждан работают за границей.</p>
<p>«За рубежом трудятся 131 тысяча наших граждан. Из них 97 тысяч работают в России, 17 тысяч – в Южной Корее», – сказал он.</p>
<p>Читайте нас в Telegram.</p>
</div></article>{RELATED}
<footer class="Footer_root__f4">© Сайт новостей, 2025. Просмотров сегодня: 48 213</footer>
</body></html>"""

CLASSIC = """<!doctype html><html lang="ru"><head><meta charset="utf-8">
<meta property="og:title" content="В область выдворили 64 иностранца"></head><body>
<div class="cookie-banner">Мы используем cookie. Продолжая, вы соглашаетесь. <button>OK</button></div>
<div class="page-with-sidebar"><article class="post">
<h1 class="post__title">Из области выдворили 64 иностранца</h1>
<p>Время чтения: 2 мин</p>
<p>Полиция области с начала года выдворила 64 иностранца за нарушение миграционных правил.</p>
<figure><img src="/i/1.jpg" alt=""><figcaption>Рейд на рынке областного центра</figcaption></figure>
<figure><img src="/i/2.jpg" alt=""><figcaption>Фото: пресс-служба полиции</figcaption></figure>
<p>Ещё 212 нарушителей оштрафованы в <a class="tag-link" href="/tag/city">областном центре</a>, сообщили в департаменте полиции.</p>
<ul class="post-tags"><li>миграция</li><li>полиция</li></ul>
<div class="share-bar">Поделиться: 37</div>
</article>
<aside class="sidebar"><h3>Читайте также</h3><ul>
<li><a href="/1">Из Шымкента выдворили 118 мигрантов</a></li>
<li><a href="/2">Выданы 9 400 разрешений</a></li></ul></aside></div>
<div class="gallery"><figure><img src="/i/3.jpg"><figcaption>В столице выдворили 57 человек</figcaption></figure></div>
<div class="counter">Просмотров: 1 204</div>
</body></html>"""

OLD_LAYOUT = """<html><head><meta charset="utf-8">
<meta property="og:title" content="Разрешения на работу получили 41 тыс. иностранцев | agency.kg">
<title>agency.kg :: Разрешения на работу получили 41 тыс. иностранцев</title></head>
<body><table class="layout"><tr><td class="left"><a href="/">Главная</a><br>
<div class="kurs">USD 87.45 | EUR 99.89</div></td><td class="center">
<span class="date">11.02.2025 19:23</span>
<div class="text"><p>За год квалифицированным иностранцам выдали 41 тыс. разрешений на работу, сообщили в МВД. Это в полтора раза больше, чем годом ранее.</p>
<p>Всего выдано 142 тыс. разрешений, из них большая часть – гражданам визовых стран, уточнили в ведомстве.</p></div>
<div class="also">Другие новости:<br><a href="/3100">Запустят 3 новых рейса</a></div>
</td></tr></table></body></html>"""

TABLE = """<!doctype html><html lang="ru"><head><meta charset="utf-8"></head><body>
<nav class="breadcrumbs"><a href="/">Главная</a> / <a href="/docs">Документы</a></nav>
<main><h1>Распределение квоты по регионам на 2026 год</h1>
<p>Министерство распределило квоту на привлечение иностранной рабочей силы по регионам на 2026 год.</p>
<table><tr><th>№ п/п</th><th>Регион</th><th>Квота, единиц</th></tr>
<tr><td>1</td><td>Акмолинская область</td><td>1 215</td></tr>
<tr><td>2</td><td>Актюбинская область</td><td>1 830</td></tr>
<tr><td>17</td><td>Город Шымкент</td><td>2 470</td></tr></table>
<p>Список профессий для сезонных работников утверждён отдельным приказом министерства.</p>
<ul><li>строительство – 4 112 человек;</li><li>сельское хозяйство – 1 907 человек;</li>
<li>торговля – 865 человек.</li></ul></main>
<footer>Телефон приёмной: 8 7172 74 36 12</footer></body></html>"""

SUMMARY_BOX = """<!doctype html><html lang="ru"><head><meta charset="utf-8"></head><body>
<article><h1>Почти 5 тыс. этнических казахов получили статус кандаса</h1>
<div class="summary"><h3>Главное</h3><p>С начала года почти 5 тыс. этнических казахов получили статус кандаса.</p></div>
<p>По данным министерства, с начала года статус кандаса получили почти 5 тыс. этнических казахов, большинство из Узбекистана и Китая.</p>
<p>Вернувшиеся поселились в основном в Алматинской и Мангистауской областях.</p>
</article></body></html>"""


@pytest.mark.parametrize("page, headline", [
    (MICRODATA, "Вице-министр: за рубежом трудятся 131 тыс. граждан"),
    (CLASSIC, "Из области выдворили 64 иностранца"),
    (OLD_LAYOUT, "Разрешения на работу получили 41 тыс. иностранцев"),
    (TABLE, "Распределение квоты по регионам на 2026 год"),
    (SUMMARY_BOX, "Почти 5 тыс. этнических казахов получили статус кандаса"),
])
def test_the_headline_opens_the_text_once(page, headline):
    text = html_to_document(page).text
    assert text.split("\n")[0] == headline
    assert text.count(headline) == 1


def test_the_lead_outside_the_microdata_body_is_kept_under_the_headline():
    lines = html_to_document(MICRODATA).text.split("\n")
    assert lines[1] == "Больше всего граждан страны – 97 тыс. – работают в России"
    assert any(line.startswith("«За рубежом трудятся 131 тысяча") for line in lines[2:])


def test_a_summary_box_already_in_the_body_is_not_repeated():
    text = html_to_document(SUMMARY_BOX).text
    assert text.count("С начала года почти 5 тыс. этнических казахов получили статус кандаса.") == 1
    assert text.split("\n")[1].startswith("С начала года почти 5 тыс.")


@pytest.mark.parametrize("page, furniture", [
    (MICRODATA, ["48,3", "31 тыс. единиц", "USD", "5 214", "48 213", "Читайте нас", "Казахстан\n"]),
    (CLASSIC, ["118 мигрантов", "9 400", "1 204", "cookie", "Поделиться", "полиция\n",
              "2 мин", "пресс-служба", "57 человек"]),
    (OLD_LAYOUT, ["87.45", "3 новых рейса", "agency.kg"]),
    (TABLE, ["Документы", "74 36 12"]),
])
def test_page_furniture_and_its_numbers_stay_out(page, furniture):
    text = html_to_document(page).text + "\n"
    for piece in furniture:
        assert piece not in text


def test_a_link_inside_a_sentence_stays_whatever_its_class():
    text = html_to_document(CLASSIC).text
    assert "Ещё 212 нарушителей оштрафованы в областном центре, сообщили" in text


def test_a_photo_caption_inside_the_article_is_read_with_it():
    lines = html_to_document(CLASSIC).text.split("\n")
    assert "Рейд на рынке областного центра" in lines


def test_table_rows_stay_one_a_line_without_the_row_number_column():
    lines = html_to_document(TABLE).text.split("\n")
    rows = [line for line in lines if line.startswith("|") and "область" in line or "Шымкент" in line]
    assert len(rows) == 3
    assert any("Акмолинская область | 1 215" in row for row in rows)
    assert not any("| 17 |" in row or row.startswith("| 1 |") for row in rows)
    assert "Квота, единиц" in "\n".join(lines)


def test_list_items_stay_one_a_line():
    lines = html_to_document(TABLE).text.split("\n")
    items = [line for line in lines if " – " in line and "человек" in line]
    assert len(items) == 3
    assert any(line.endswith("строительство – 4 112 человек;") for line in items)


@pytest.mark.parametrize("page", [MICRODATA, CLASSIC, OLD_LAYOUT, TABLE, SUMMARY_BOX])
def test_every_fact_quotes_the_document_text(page):
    document = html_to_document(page)
    facts = extract(document).facts
    assert facts
    for fact in facts:
        assert document.text[fact.evidence.start:fact.evidence.end] == fact.evidence.text


def test_headline_figures_become_facts_of_their_own():
    document = html_to_document(MICRODATA)
    headline_end = document.text.index("\n")
    values = {f.value for f in extract(document).facts if f.evidence.start < headline_end}
    assert 131000 in values


@pytest.mark.parametrize("og_title, headline", [
    ("Квота утверждена | Kazinform", "Квота утверждена"),
    ("agency.kg :: Выдали 41 тыс. разрешений", "Выдали 41 тыс. разрешений"),
    ("Квота на 2026 год – 0,25%", "Квота на 2026 год – 0,25%"),
])
def test_the_outlet_name_of_og_title_stays_out_of_the_headline(og_title, headline):
    page = (f'<html><head><meta property="og:title" content="{og_title}"></head><body>'
            '<div class="text"><p>Министерство сообщило новые данные о квоте и разрешениях '
            'на работу для иностранных граждан в этом году.</p></div></body></html>')
    assert html_to_document(page).text.split("\n")[0] == headline


def test_the_page_own_publication_time_beats_a_generic_date_tag():
    page = ('<html><head><meta name="date" content="2026-02-06">'
            '<meta property="article:published_time" content="2024-08-10T10:00:00+05:00">'
            '<title>Выдворены мигранты</title></head><body><article><h1>Выдворены мигранты</h1>'
            '<p>В первом полугодии текущего года из страны выдворены 17 134 иностранца, сообщило '
            'министерство внутренних дел.</p></article></body></html>')
    assert html_to_document(page).published == "2024-08-10"


PLAIN_DIV_PAGE = """<html><head><meta charset="utf-8"><title>Новость</title></head><body>
<div class="{box}"><h1>За год статус кандаса получили 940 человек</h1>
<p>За прошлый год статус кандаса получили 940 этнических казахов, сообщило министерство.</p>
<p>Больше всего переселенцев прибыли из следующих стран:</p>
<ul>{items}</ul>
<p>Решение по заявлению принимается в течение месяца со дня его подачи в центр.</p>
</div></body></html>"""


@pytest.mark.parametrize("box", ["newsText", "story", "b-text"])
def test_a_list_among_the_paragraphs_is_read_whatever_the_box_is_called(box):
    items = "<li>Узбекистан – 612;</li><li>Китай – 201;</li><li>Монголия – 97.</li>"
    text = html_to_document(PLAIN_DIV_PAGE.format(box=box, items=items)).text
    for line in ("Узбекистан – 612;", "Китай – 201;", "Монголия – 97."):
        assert line in text


def test_a_list_of_links_among_the_paragraphs_stays_out():
    items = ('<li><a href="/n/1">Квота на будущий год составит 31 тыс. единиц</a></li>'
             '<li><a href="/n/2">За полгода в страну переехали 48,3 тыс. человек</a></li>')
    text = html_to_document(PLAIN_DIV_PAGE.format(box="newsText", items=items)).text
    assert "48,3" not in text and "31 тыс." not in text
