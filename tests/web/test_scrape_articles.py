"""Reading one article page: selectors first, then JSON-LD, meta tags, generic extraction."""
from __future__ import annotations

import pytest

from extractor.documents.page_meta import to_date
from extractor.web.articles import parse_article
from extractor.web.sources import from_dict

SOURCE = from_dict({"name": "t", "base_url": "https://t.kz", "timezone": "Asia/Almaty",
                    "jurisdiction": "KZ", "discovery": {"feeds": ["/rss"]},
                    "article": {"title": ["h1.title"], "date": [".when"], "body": [".text"],
                                "remove": [".ad"], "min_chars": 20}})
BODY = "Квота на привлечение иностранной рабочей силы составит 19,4 тыс. единиц."


@pytest.mark.parametrize("raw, expected", [
    ("2025-12-30T21:15:00+00:00", "2025-12-31"),      # already the 31st in Almaty
    ("Tue, 30 Dec 2025 10:15:00 GMT", "2025-12-30"),
    ("14 января 2025", "2025-01-14"),
    ("Опубликовано: 12.03.2025 10:15", "2025-03-12"),
    ("Дата публикации 5 июля 2025 года", "2025-07-05"),
    ("без даты", None),
])
def test_dates(raw, expected):
    assert to_date(raw, "Asia/Almaty") == expected


def test_selectors_win_and_furniture_is_removed():
    html = (f'<h1 class="title">Квота</h1><span class="when">14 января 2025</span>'
            f'<div class="text"><p>{BODY}</p><div class="ad">Реклама</div>'
            f'<p>Из <b>Китая</b> — 5 330 человек.</p></div>'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Другое",'
            ' "datePublished": "2020-01-01"}</script>')
    document = parse_article(html, "https://t.kz/a", SOURCE)
    assert document.text == BODY + "\nИз Китая — 5 330 человек."
    assert (document.title, document.published) == ("Квота", "2025-01-14")
    assert (document.outlet, document.jurisdiction) == ("t", "KZ")


def test_json_ld_and_meta_when_selectors_find_nothing():
    html = ('<meta property="article:published_time" content="2025-03-01T09:00:00+05:00">'
            '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
            f'"headline": "Квота утверждена", "articleBody": "<p>{BODY}</p>"}}]}}</script>'
            '<div class="other">Меню</div>')
    document = parse_article(html, "https://t.kz/b", SOURCE)
    assert document.text == BODY
    assert (document.title, document.published) == ("Квота утверждена", "2025-03-01")


def test_generic_extraction_when_nothing_matches():
    paragraphs = "".join(f"<p>{BODY} Абзац номер {i} о миграции и квотах.</p>" for i in range(6))
    html = (f"<html><head><title>Квота на 2025 год</title></head><body><nav>Главная | Новости"
            f"</nav><main><article><h2>Квота на 2025 год</h2>{paragraphs}</article></main>"
            f"<footer>Все права защищены</footer></body></html>")
    document = parse_article(html, "https://t.kz/c", SOURCE, published="2025-02-02")
    assert BODY in document.text and "Все права защищены" not in document.text
    assert document.published == "2025-02-02"


def test_generic_pages_and_source_articles_read_dates_alike():
    """One normaliser for both readers of pages: the same meta date, the same day."""
    from extractor.documents.html_text import page_metadata
    html = ('<html><head><meta property="article:published_time" content="31 октября 2025, '
            '15:20"></head><body><h1>Квота</h1><p>' + "Текст. " * 30 + "</p></body></html>")
    assert page_metadata(html).published == "2025-10-31"
    assert parse_article(html, "https://x.kz/a").published == "2025-10-31"
