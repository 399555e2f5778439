"""The markup pre-filter never turns away a page whose text the engine would read."""
import pytest

from extractor.documents.html_text import html_to_document
from extractor.engine.pipeline import is_topical_document, may_be_topical

FIGURE = "В 2025 году таких было 19 400."


@pytest.mark.parametrize("markup", [
    f"<p>Квота на привлечение иностранной рабочей силы. {FIGURE}</p>",
    f"<p>Число трудовых <b>мигрантов</b> выросло. {FIGURE}</p>",
    f"<p>Иностранные <i>работники</i> заняты в стройке. {FIGURE}</p>",
    f"<p>Иностранные</p><p>работники заняты. {FIGURE}</p>",
    f"<p>Им закры&shy;т въезд; &#1082;&#1074;&#1086;&#1090;&#1072; исчерпана. {FIGURE}</p>",
    f'<head><meta property="og:title" content="Квота сокращена"></head><p>{FIGURE}</p>',
])
def test_a_topical_page_passes_the_markup_filter(markup):
    page = f"<html><body><article>{markup}</article></body></html>"
    text = html_to_document(page).text
    assert may_be_topical(page) or not is_topical_document(text)
    assert may_be_topical(page)


@pytest.mark.parametrize("markup", [
    "<p>Сборная выиграла матч со счётом 3:1, на трибунах было 19 400 зрителей.</p>",
    "<p>Курс доллара 470 тенге; погода: +12.</p>",
])
def test_an_off_topic_page_is_turned_away_before_html_to_text(markup):
    assert not may_be_topical(f"<html><body>{markup}</body></html>")


def test_no_corpus_page_that_the_engine_reads_is_turned_away():
    """Every saved page of our corpora and fixture sites: topical text implies topical markup."""
    from pathlib import Path

    from extractor.documents.decoding import decode
    root = Path(__file__).resolve().parents[2] / "corpora"
    pages = sorted(root.glob("briefings/*.html")) + sorted(root.glob("sites/**/*.html"))
    assert len(pages) > 40
    for page in pages:
        markup = decode(page.read_bytes())[0]
        if is_topical_document(html_to_document(markup).text):
            assert may_be_topical(markup), page.name
