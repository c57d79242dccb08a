"""The text model: loading (encodings, bad input), paragraphs, sentences, tokens, offsets."""

from __future__ import annotations

import time

import pytest

import analysis
from analysis.errors import ArticleError
from analysis.text import count_tokens, decode_bytes, split_paragraphs, tokenize

NEWS = "Mr. Smith met Gen. Ivanov in the U.S. on Jan. 5.\nThe deal is worth $1.13bn. Talks resume."


def _check_spans(text, spans):
    for s in spans:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text


def test_seed_article_structure(seed_path):
    art = analysis.load_article(seed_path)
    assert art.doc_id == "russia_ukraine_2023-10-24"
    assert art.encoding == "utf-8"
    # The seed has seven paragraphs, one per line.
    assert len(art.paragraphs) == 7
    _check_spans(art.text, art.paragraphs)
    _check_spans(art.text, art.sentences)
    # Paragraph 4 holds "the U.S. and European nations": the abbreviation must not split it.
    assert any("U.S. and European nations" in s.text for s in art.sentences)
    # Counted by hand: 3 + 2 + 3 + 3 + 2 + 2 + 2 sentences in the seven paragraphs.
    assert len(art.sentences) == 17
    assert art.sentences[0].text == (
        "Tensions escalated between Russia and Ukraine as both nations intensified their "
        "military operations on October 24, 2023."
    )


def test_sentences_never_cross_paragraphs(seed_path):
    art = analysis.load_article(seed_path)
    for s in art.sentences:
        assert "\n" not in s.text
        assert any(p.start <= s.start and s.end <= p.end for p in art.paragraphs)


def test_load_from_text_and_news_abbreviations():
    art = analysis.load_article(text=NEWS, doc_id="abbrev")
    assert art.doc_id == "abbrev"
    assert [s.text for s in art.sentences] == [
        "Mr. Smith met Gen. Ivanov in the U.S. on Jan. 5.",
        "The deal is worth $1.13bn.",
        "Talks resume.",
    ]
    assert len(art.paragraphs) == 2


def test_tokens_are_words_with_offsets():
    text = "Kyiv didn't de-escalate; 1,500 troops (about 3.5%) moved."
    toks = tokenize(text)
    assert [t.text for t in toks] == [
        "Kyiv",
        "didn't",
        "de-escalate",
        "1,500",
        "troops",
        "about",
        "3.5",
        "moved",
    ]
    _check_spans(text, toks)
    assert count_tokens(text) == 8


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        ("Kyiv’s grid".encode(), "utf-8", "Kyiv’s grid"),
        (b"\xef\xbb\xbf" + "Kyiv’s grid".encode(), "utf-8-sig", "Kyiv’s grid"),
        ("Kyiv’s grid".encode("utf-16"), "utf-16", "Kyiv’s grid"),
        ("Kyiv’s grid".encode("utf-16-be").join([b"\xfe\xff", b""]), "utf-16", "Kyiv’s grid"),
        # 0x92 is cp1252's right single quote and invalid as UTF-8: read as cp1252.
        (b"Kyiv\x92s caf\xe9", "cp1252", "Kyiv’s café"),
    ],
)
def test_encodings_are_detected_and_recorded(tmp_path, data, encoding, expected):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    art = analysis.load_article(path)
    assert art.text == expected
    assert art.encoding == encoding


def test_line_endings_are_normalised(tmp_path):
    for name, data in {
        "crlf": b"One.\r\nTwo.\r\n",
        "cr": b"One.\rTwo.\r",
        "lf": b"One.\nTwo.\n",
    }.items():
        path = tmp_path / f"{name}.txt"
        path.write_bytes(data)
        art = analysis.load_article(path)
        assert art.text == "One.\nTwo.\n"
    # The same text with any line endings has the same hash: it is what gets analysed.
    hashes = {analysis.load_article(tmp_path / f"{n}.txt").sha256 for n in ("crlf", "cr", "lf")}
    assert len(hashes) == 1


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda d: d / "missing.txt", "does not exist"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "empty.txt", b""), "is empty"),
        (lambda d: _write(d / "blank.txt", b"  \n\t\n "), "whitespace only"),
        (lambda d: _write(d / "nul.bin", b"PK\x03\x04\x00\x00binary"), "binary"),
        (lambda d: _write(d / "ctrl.bin", bytes(range(1, 32)) * 50), "binary"),
        (lambda d: _write(d / "bad16.txt", b"\xff\xfe\x00\xd8"), "not valid utf-16"),
    ],
)
def test_bad_input_raises_article_error_naming_the_file(tmp_path, make, fragment):
    path = make(tmp_path)
    with pytest.raises(ArticleError) as info:
        analysis.load_article(path)
    message = str(info.value)
    assert fragment in message.lower()
    assert str(path) in message  # says where
    assert message.count(". ") <= 1 and "\n" not in message  # one sentence


def _write(path, data):
    path.write_bytes(data)
    return path


def test_exactly_one_source_is_required():
    with pytest.raises(ArticleError):
        analysis.load_article()
    with pytest.raises(ArticleError):
        analysis.load_article("x.txt", text="x")


def test_decode_rejects_nul_bytes():
    with pytest.raises(ArticleError, match="NUL"):
        decode_bytes(b"abc\x00def", where="'x'")


def test_paragraphs_handle_blank_lines_and_indentation():
    text = "  First para.\n\n\n   Second para.\nThird.\n"
    assert [p.text for p in split_paragraphs(text)] == ["First para.", "Second para.", "Third."]


def test_large_article_loads_in_linear_time(tmp_path):
    # 50 MB must work, in linear time: 100x the text may take up to ~400x the time (noise,
    # caches), while anything quadratic would take ~10,000x.
    para = "Officials said the strikes continued. Talks may resume in Geneva.\n"
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small.write_text(para * 7_700, encoding="utf-8")  # ~0.5 MB
    big.write_text(para * 770_000, encoding="utf-8")  # ~50 MB
    t0 = time.perf_counter()
    a = analysis.load_article(small)
    t1 = time.perf_counter()
    b = analysis.load_article(big)
    t2 = time.perf_counter()
    assert len(b.sentences) == 100 * len(a.sentences)
    assert (t2 - t1) < 400 * max(t1 - t0, 1e-3)
