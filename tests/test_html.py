"""Web pages in, article text out (issue 13, item 1): analysis.html through load_article.

The fixture pages (``tests/fixtures/pages/``) are hand-written news pages with the boilerplate
of a real site around two paragraphs: a ``<head>`` with a script, a style and metadata, a
cookie banner, a menu, a byline, a "related stories" box and a footer. What the article says
is known, so every expected value below is read off the page.
"""

from __future__ import annotations

import hashlib
import json

import pytest

import analysis
from analysis.cli import main
from analysis.errors import ArticleError
from analysis.html import declared_charset, looks_like_html
from analysis.text import date_from_name

from .conftest import ROOT

PAGES = ROOT / "tests" / "fixtures" / "pages"
PAGE = PAGES / "ceasefire_talks.html"
RUSSIAN_PAGE = PAGES / "peregovory_cp1251.html"

#: The article of ceasefire_talks.html: its two <p> paragraphs, one line each. The <h1> is
#: the title (kept in metadata, as a .txt article's title is in metadata.yaml); the byline,
#: menu, cookie banner, related stories, script, style and footer are not the article.
ARTICLE = (
    "Envoys from both sides met in Geneva on Tuesday and agreed to extend the ceasefire by a "
    "week, officials said.\n"
    "The talks are expected to continue next month. Artillery strikes reportedly hit two "
    "villages overnight."
)
BOILERPLATE = [
    "<",
    "dataLayer",
    "font-family",
    "cookies",
    "Home",
    "Related stories",
    "Markets rally",
    "rights reserved",
    "newsletter",
    "By Jane Reporter",
]


def test_a_saved_page_gives_its_article_text_and_nothing_else():
    art = analysis.load_article(PAGE)
    assert art.text == ARTICLE
    for junk in BOILERPLATE:
        assert junk not in art.text, junk
    # Two paragraphs (one per <p>), three sentences (the second <p> has two).
    assert [p.text for p in art.paragraphs] == ARTICLE.split("\n")
    assert len(art.sentences) == 3


def test_page_metadata_is_on_the_article():
    art = analysis.load_article(PAGE)
    meta = dict(art.metadata)
    assert meta == {
        "title": "Ceasefire talks resume in Geneva",  # og:title (the <title> adds the site)
        "date": "2023-10-24",  # article:published_time, as an ISO date
        "author": "Jane Reporter",  # <meta name="author">
        "site": "The Daily Example",  # og:site_name
        "url": "https://news.example.org/2023/10/24/ceasefire-talks",  # rel="canonical"
        "source_format": "html",
        "source_sha256": hashlib.sha256(PAGE.read_bytes()).hexdigest(),  # the raw page's bytes
    }
    assert art.encoding == "utf-8"
    assert art.doc_id == "ceasefire_talks"


def test_offsets_refer_to_the_extracted_text():
    art = analysis.load_article(PAGE)
    res = analysis.analyze(art)
    assert art.sha256 == hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()
    for span in (*art.paragraphs, *art.sentences, *art.clauses):
        assert art.text[span.start : span.end] == span.text
    for row in res.matches.itertuples():
        assert art.text[row.start : row.end] == row.text
    # "ceasefire" and "expected to" (a hedge) are in the article, at these offsets.
    hedges = res.matches[res.matches["lexicon"] == "hedging"]
    assert "expected to" in set(hedges["text"].str.lower())
    start = ARTICLE.index("ceasefire")
    assert art.text[start : start + len("ceasefire")] == "ceasefire"


def test_page_metadata_and_hashes_are_in_the_summary():
    res = analysis.analyze(analysis.load_article(PAGE))
    s = res.summary
    assert (s["title"], s["date"], s["author"], s["site"]) == (
        "Ceasefire talks resume in Geneva",
        "2023-10-24",
        "Jane Reporter",
        "The Daily Example",
    )
    assert s["url"] == "https://news.example.org/2023/10/24/ceasefire-talks"
    assert s["source_format"] == "html"
    assert s["source_sha256"] == hashlib.sha256(PAGE.read_bytes()).hexdigest()
    assert s["input_sha256"] == hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()
    assert s["language"] == "en"
    json.dumps(s, allow_nan=False)


def test_pages_are_recognised_by_their_markup_whatever_the_extension(tmp_path):
    saved_as_txt = tmp_path / "page.txt"
    saved_as_txt.write_bytes(PAGE.read_bytes())
    assert analysis.load_article(saved_as_txt).text == ARTICLE
    assert analysis.load_article(text=PAGE.read_text(encoding="utf-8")).text == ARTICLE
    # html=False reads a page as plain text (its markup stays: the caller asked for it)
    raw = analysis.load_article(saved_as_txt, html=False)
    assert raw.text.startswith("<!DOCTYPE html>") and raw.metadata["source_format"] == "text"


@pytest.mark.parametrize(
    ("text", "is_page"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("\ufeff  <!-- saved -->\n<html lang='en'><p>x</p></html>", True),
        ("<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'></html>", True),
        ("<div><p>Troops attacked.</p><p>Talks resumed.</p></div>", True),  # a fragment
        ("The <p> element is a paragraph; editors write <br> for line breaks.", False),
        ("Troops attacked the town on Monday, officials said.", False),
        ("<b>Kyiv</b> said the talks may resume.", False),  # one inline tag is not a page
    ],
)
def test_looks_like_html(text, is_page):
    assert looks_like_html(text) is is_page


def test_a_page_in_a_declared_legacy_charset_is_decoded_with_it():
    # The page is windows-1251 bytes (not UTF-8) and says so in a <meta> tag.
    assert declared_charset(RUSSIAN_PAGE.read_bytes()) == "windows-1251"
    art = analysis.load_article(RUSSIAN_PAGE)
    assert art.encoding == "cp1251"
    assert art.text.startswith("Делегации обеих сторон встретились в Женеве")
    assert art.metadata["title"] == "Переговоры о перемирии возобновились"
    assert art.metadata["date"] == "2023-10-25"


def test_a_page_without_article_text_is_a_clear_error(tmp_path):
    empty = tmp_path / "index.html"
    empty.write_text("<html><head><title>Home</title></head><body></body></html>", "utf-8")
    with pytest.raises(ArticleError) as info:
        analysis.load_article(empty)
    message = str(info.value)
    assert str(empty) in message and "no article text" in message
    assert "\n" not in message and message.endswith(".")


def test_plain_text_works_as_before(seed_path, seed_text):
    art = analysis.load_article(seed_path)
    assert art.text == seed_text  # nothing extracted or changed
    assert art.metadata["source_format"] == "text"
    assert art.metadata["title"] is None  # a .txt article has no page metadata
    assert art.metadata["date"] == "2023-10-24"  # the date in its file name
    assert art.metadata["source_sha256"] == hashlib.sha256(seed_path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("2019-10-15_title", "2019-10-15"),
        ("title_2019-10-15", "2019-10-15"),
        ("2019-13-45_not-a-date", None),  # month 13: not a date
        ("report-12019-10-15", None),  # part of a longer number
        ("no date here", None),
    ],
)
def test_dates_from_file_names(name, date):
    assert date_from_name(name) == date


def test_metadata_given_wins_over_the_page():
    art = analysis.load_article(PAGE, metadata={"date": "2023-11-01", "source": "wire"})
    assert art.metadata["date"] == "2023-11-01"
    assert art.metadata["source"] == "wire"
    assert art.metadata["title"] == "Ceasefire talks resume in Geneva"  # the page's, kept


def test_the_cli_analyses_a_page(capsys):
    code = main(["analyze", str(PAGE)])
    out, err = capsys.readouterr()
    assert code == 0, err
    summary = json.loads(out)
    assert summary["title"] == "Ceasefire talks resume in Geneva"
    assert summary["n_sentences"] == 3
