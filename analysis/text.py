"""Text model: loading articles, and splitting them into paragraphs, sentences and tokens.

Every unit is a :class:`Span` holding character offsets into the article's text, so that any
number the package reports can be traced back to the exact words behind it:
``article.text[span.start:span.end] == span.text`` always holds.

Loading is strict about what it cannot read (missing, empty, binary files raise
:class:`ArticleError` with one sentence saying what and where) and lenient about what it can:
UTF-8, UTF-8 with BOM, UTF-16 with BOM, and cp1252/Latin-1 files are all read, with the
detected encoding recorded on the article. Line endings are normalised to ``\\n``.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ArticleError
from .segment import sentence_bounds

__all__ = [
    "Article",
    "Span",
    "count_tokens",
    "load_article",
    "split_paragraphs",
    "split_sentences",
    "tokenize",
]

#: Files larger than this are refused: a news article is kilobytes; a 500 MB "article" is
#: almost certainly the wrong file. The limit is generous enough for 50 MB stress inputs.
MAX_BYTES = 512 * 1024 * 1024

#: Word tokens: runs of letters/digits joined by internal apostrophes, hyphens, periods or
#: commas ("don't", "de-escalate", "U.S", "1,500", "1.13"). Punctuation is not a token, so
#: ``n_tokens`` counts words, the denominator researchers expect for per-100/1000 rates.
TOKEN_RE = re.compile(r"\w+(?:['’.,\-]\w+)*")

_PARA_SPLIT_RE = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*\S)")

#: The longest sentence, in characters. Real news sentences stay far below it (even a 150-word
#: sentence is about 1,000 characters); a longer "sentence" is text without sentence
#: punctuation (a table, a list, a data dump, a 1 MB line). It is cut at the last whitespace
#: before the limit (or at the limit, when there is none), because every per-sentence step
#: after segmentation may cost more than linear time in a sentence's length: VADER's is
#: quadratic (a 100 KB unpunctuated line took 10 s, a 460 KB one 150 s).
MAX_SENTENCE_CHARS = 2_000
#: The last run of whitespace in a window: where a too-long sentence is cut. Possessive and
#: tried only where a run starts, so a search costs one pass over the window.
_LAST_GAP_RE = re.compile(r"(?<!\s)(\s++)\S*+\Z")
_SPACE_RUN_RE = re.compile(r"\s*")


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of text with its character offsets: ``source[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """One article: its normalised text, identity, and its paragraph and sentence spans.

    ``sha256`` is the hash of the normalised text (what was analysed); ``encoding`` is how the
    bytes were decoded (``"text"`` when the article was given as a string); ``path`` is the
    source file, if any.
    """

    doc_id: str
    text: str
    sha256: str
    encoding: str = "text"
    path: str | None = None
    paragraphs: tuple[Span, ...] = field(default=(), repr=False)
    sentences: tuple[Span, ...] = field(default=(), repr=False)

    def paragraph_of(self, sentence: Span) -> int:
        """Index of the paragraph that contains the start of ``sentence``."""
        for i, p in enumerate(self.paragraphs):
            if p.start <= sentence.start < p.end:
                return i
        return max(len(self.paragraphs) - 1, 0)


def normalise_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n`` (deterministic, offset-defining step)."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, *, where: str = "input") -> tuple[str, str]:
    """Decode article bytes, returning ``(text, encoding)``.

    Tried in order: a BOM (UTF-8, UTF-16 LE/BE), strict UTF-8, then cp1252 (and Latin-1 for the
    five bytes cp1252 leaves undefined). NUL bytes outside UTF-16, or mostly control characters,
    mean the file is binary, which raises :class:`ArticleError`.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", where), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        enc = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
        return _strict(data[2:], enc, where), "utf-16"
    if b"\x00" in data:
        raise ArticleError(
            f"{where} looks like a binary file (it contains NUL bytes); "
            "pass a plain-text article (UTF-8, UTF-16 with BOM, or cp1252)."
        )
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, enc = data.decode("cp1252", errors=_LATIN1_FALLBACK), "cp1252"
    _reject_control_heavy(text, where)
    return text, enc


def _strict(data: bytes, encoding: str, where: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{where} starts with a {encoding} byte-order mark but is not valid {encoding} "
            f"(byte {exc.start}); re-save it as UTF-8."
        ) from None
    _reject_control_heavy(text, where)
    return text


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    # cp1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined; Latin-1 maps them to C1 controls.
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


_LATIN1_FALLBACK = "analysis-latin1-fallback"
codecs.register_error(_LATIN1_FALLBACK, _latin1_fallback)


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _reject_control_heavy(text: str, where: str) -> None:
    sample = text[:65536]
    if sample and len(_CONTROL_RE.findall(sample)) > 0.05 * len(sample):
        raise ArticleError(
            f"{where} looks like a binary file (over 5% control characters); "
            "pass a plain-text article."
        )


def split_paragraphs(text: str) -> list[Span]:
    """Paragraphs: blocks separated by line breaks, stripped of surrounding whitespace.

    News text uses either one paragraph per line or blank-line separated paragraphs; both are
    handled by treating every line break as a paragraph boundary. Empty lines yield nothing.
    """
    spans: list[Span] = []
    pos = 0
    for m in _PARA_SPLIT_RE.finditer(text):
        _append_stripped(spans, text, pos, m.start())
        pos = m.end()
    _append_stripped(spans, text, pos, len(text))
    return spans


def _append_stripped(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end, text[start:end]))


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentence spans (``text[s.start:s.end] == s.text``).

    Uses the package's rule-based news segmenter (:mod:`analysis.segment`): abbreviations,
    initials, decimals and money, quotes and parentheses, ellipses and lists are handled, and
    sentences never cross a paragraph (line) boundary.

    Sentences longer than :data:`MAX_SENTENCE_CHARS` are cut at whitespace into pieces no longer
    than that, so the cost of everything done per sentence stays linear in the text's length.
    """
    spans = []
    for start, end in sentence_bounds(text):
        while end - start > MAX_SENTENCE_CHARS:
            cut = start + MAX_SENTENCE_CHARS
            gap = _LAST_GAP_RE.search(text, start, cut + 1)  # the window includes text[cut]
            if gap is not None:  # text[start] is not whitespace, so gap.start() > start
                cut, resume = gap.start(), gap.end(1)
            else:  # no whitespace to cut at (a data blob): cut at the limit
                resume = cut
            spans.append(Span(start, cut, text[start:cut]))
            start = _SPACE_RUN_RE.match(text, resume).end()
        spans.append(Span(start, end, text[start:end]))
    return spans


def tokenize(text: str, offset: int = 0) -> list[Span]:
    """Word tokens of ``text`` as spans; ``offset`` shifts them into a larger text."""
    return [Span(m.start() + offset, m.end() + offset, m.group()) for m in TOKEN_RE.finditer(text)]


def count_tokens(text: str) -> int:
    """Number of word tokens in ``text`` (same definition as :func:`tokenize`)."""
    return len(TOKEN_RE.findall(text))


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_article(
    path: str | os.PathLike[str] | None = None,
    *,
    text: str | None = None,
    doc_id: str | None = None,
) -> Article:
    """Load an article from ``path`` or from ``text``, split into paragraphs and sentences.

    Raises :class:`ArticleError` (one sentence: what is wrong, where, what to do) for a
    missing path, a directory, an unreadable, empty, whitespace-only or binary file.
    ``doc_id`` defaults to the file name without extension (or ``"text"``).
    """
    if (path is None) == (text is None):
        raise ArticleError("load_article needs exactly one of a path or text=...")
    encoding = "text"
    src: str | None = None
    if path is not None:
        p = Path(path)
        where = f"'{p}'"
        src = str(p)
        if not p.exists():
            raise ArticleError(f"{where} does not exist; check the path to the article.")
        if p.is_dir():
            raise ArticleError(f"{where} is a directory, not an article; pass a .txt file.")
        try:
            size = p.stat().st_size
            if size > MAX_BYTES:
                raise ArticleError(
                    f"{where} is {size / 2**20:.0f} MB, over the {MAX_BYTES // 2**20} MB limit "
                    "for one article; split it or use analysis.analyze_corpus."
                )
            data = p.read_bytes()
        except PermissionError:
            raise ArticleError(f"{where} cannot be read (permission denied).") from None
        except OSError as exc:
            raise ArticleError(f"{where} cannot be read ({exc.strerror}).") from None
        text, encoding = decode_bytes(data, where=where)
        doc_id = doc_id or p.stem
    else:
        if not isinstance(text, str):
            raise ArticleError(f"text= must be a str, not {type(text).__name__}.")
        where = f"article '{doc_id}'" if doc_id else "the text given"
        doc_id = doc_id or "text"
    assert text is not None
    text = normalise_newlines(text)
    if not text.strip():
        what = "empty" if not text else "whitespace only"
        raise ArticleError(f"{where} is {what}; there is no text to analyse.")
    paragraphs = tuple(split_paragraphs(text))
    sentences = tuple(split_sentences(text))
    return Article(
        doc_id=str(doc_id),
        text=text,
        sha256=_sha256(text),
        encoding=encoding,
        path=src,
        paragraphs=paragraphs,
        sentences=sentences,
    )
