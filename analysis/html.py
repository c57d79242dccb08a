"""Web pages: is this text a page, and what is its article? (main text and page metadata)

A saved news page holds far more than its article: ``<head>``, scripts, menus, related links,
cookie banners, footers. The main text and the page's metadata are extracted with
`trafilatura <https://trafilatura.readthedocs.io>`_ (Barbaresi 2021), the field's standard,
offline and in about 10 ms a page. ``bench/html_extraction.py`` measured it against
readability-lxml, jusText and the page's whole text on news pages with real-site boilerplate:
trafilatura kept 98.8% of the article paragraphs whole with no boilerplate on any page, and
found the title, date and site name on every page (README, "Inputs").

What the package analyses is the extracted text: every offset refers to it. The headline is
kept in ``metadata["title"]`` and not repeated as the first paragraph, as for a ``.txt``
article (whose title lives in ``metadata.yaml``).

This module imports nothing from the package but :mod:`analysis.errors`; trafilatura (whose
import takes about half a second) is imported on first use.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from .errors import ArticleError

__all__ = ["HTML_SUFFIXES", "PAGE_METADATA", "declared_charset", "extract_page", "looks_like_html"]

#: File extensions read as web pages (any other file is sniffed: :func:`looks_like_html`).
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})

#: The page metadata kept on ``Article.metadata`` (and in the summary and corpus frames), each
#: ``None`` when the page does not say: the headline, the publication date (ISO
#: ``YYYY-MM-DD``), the author(s), the site's name and the page's URL (canonical if declared).
PAGE_METADATA = ("title", "date", "author", "site", "url")

#: A page starts (after a byte-order mark, an XML declaration, comments and whitespace) with
#: a doctype or one of the tags that only open HTML documents.
_HTML_START_RE = re.compile(
    r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)
#: Fragments (a page body pasted into a table cell) open with block tags and have several.
_TAG_RE = re.compile(r"</?(?:p|div|span|a|br|article|section|h[1-6]|li|ul|script)\b[^>]*>", re.I)
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is a web page (or a fragment of one) rather than plain text.

    True when it opens with a doctype or an ``<html>``, ``<head>``, ``<body>``, ``<meta>`` or
    ``<title>`` tag, or when it opens with a tag and its first 4,000 characters hold at least
    three HTML block tags. Plain text that mentions a tag ("the <p> element") stays text.
    """
    if _HTML_START_RE.match(text[:4000]):
        return True
    head = text[:4000].lstrip()
    return head.startswith("<") and len(_TAG_RE.findall(head)) >= 3


def declared_charset(data: bytes) -> str | None:
    """The character set a page declares in a ``<meta>`` tag of its first 4 KB, if any."""
    m = _CHARSET_RE.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def extract_page(page: str, *, where: str, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """The main text of the web page ``page`` and its :data:`PAGE_METADATA`.

    Reader comments and tables are left out (they are not the article's prose); paragraphs are
    lines of the text. Raises :class:`ArticleError` (naming ``where``) when the page has no
    article text, for instance a home page or an index of links.
    """
    import trafilatura

    # trafilatura logs what it discards at WARNING; that is its business, not the user's.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    options = {"url": url, "with_metadata": True, "include_comments": False}
    # Precision first: on short pages (under ~250 characters of article) the default falls
    # back to the page's whole text, menus and footer included; the precise mode does not.
    # Where it finds nothing, the default's answer is better than none (bench/html_extraction.py).
    doc = trafilatura.bare_extraction(page, favor_precision=True, include_tables=False, **options)
    if doc is None or not (doc.text or "").strip():
        doc = trafilatura.bare_extraction(page, include_tables=False, **options)
    text = (doc.text or "") if doc is not None else ""
    if not text.strip():
        raise ArticleError(
            f"{where} is a web page but no article text was found in it; save the article's "
            "own page (not a home or index page), or pass its text as a .txt file."
        )
    meta: dict[str, Any] = {
        "title": _clean(doc.title),
        "date": _clean(doc.date),
        "author": _clean(doc.author),
        "site": _clean(doc.sitename) or _clean(doc.hostname),
        "url": _clean(doc.url) or url,
    }
    title = meta["title"]
    if title:
        first, _, rest = text.partition("\n")
        if first.strip() == title.strip() and rest.strip():
            text = rest
    return text, meta


def _clean(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return " ".join(value.split())
