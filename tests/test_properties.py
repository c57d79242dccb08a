"""Property-based tests (hypothesis): what holds for *any* Unicode text, not just news.

Texts are drawn from two strategies: arbitrary Unicode (every category hypothesis can make,
including controls, combining marks, exotic spaces and line separators) and "news-shaped"
text stitched from lexicon cues, abbreviations, punctuation and odd whitespace, so that the
matcher, the hedging and escalation rules and the segmenter's special cases actually fire.
"""

from __future__ import annotations

import itertools
import os
import warnings

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis.errors import ArticleError
from analysis.text import MAX_SENTENCE_CHARS

#: ``CN_HYPOTHESIS_EXAMPLES=2000 pytest tests/test_properties.py`` searches harder (minutes);
#: the default keeps this file to a few seconds, with the same examples on every run so that
#: a failure in CI is reproducible.
EXAMPLES = int(os.environ.get("CN_HYPOTHESIS_EXAMPLES", "100"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize="CN_HYPOTHESIS_EXAMPLES" not in os.environ,
)

# Cues of the shipped lexicons (multiword and verb-object ones, negations, the context rules'
# traps such as "May" and "could not"), the segmenter's special cases, whitespace of every kind
# (line breaks other than "\n" too), other scripts, combining marks, emoji and controls.
_CUES = (
    "may|May|might|could not|reportedly|allegedly|according to|about|around 200|if|whether|"
    "expected to|ceasefire|signed a ceasefire|breached the ceasefire|no ceasefire|"
    "rejected talks|peace talks|attacks|shelled|retaliat|retaliation|halt attacks|"
    "strike a deal|sanctions|withdrew troops|said|would"
).split("|")
_SEGMENTER = (
    "Mr.|U.S.|Gen.|Jan. 5|a.m.|$1.13bn|No. 5|e.g.|1.|a)|•|...|…|?!|!|.|,|;|:|(|)|[|]|"
    "\"|“|”|'|’|-|—|*|<script>|&amp;"
).split("|")
_SPACES = " |  |\t|\n|\n\n|\r\n|\r|\x0b|\x0c|\x85|\u2028|\u2029|\xa0|\u3000|\u200b".split("|")
_OTHER = "Киев|الهدنة|停火|e\u0301|👍🏽|\x00|\x1b|\ufeff".split("|")
_PIECES = _CUES + _SEGMENTER + _SPACES + _OTHER
_WORDS = st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=6)
NEWSY = st.lists(st.one_of(st.sampled_from(_PIECES), _WORDS), max_size=60).map(" ".join)
ANY_TEXT = st.text(max_size=300)
TEXTS = st.one_of(NEWSY, ANY_TEXT, NEWSY.map(str.upper))


def _analyze(text: str, doc_id: str = "doc"):
    """``analyze``, or None where an ArticleError is the documented answer (no text)."""
    try:
        with warnings.catch_warnings():  # random text may well look like another language
            warnings.simplefilter("ignore", analysis.NonEnglishWarning)
            return analysis.analyze(text, doc_id=doc_id)
    except ArticleError:
        assert not text.replace("\r", "\n").strip(), "ArticleError for a text with content"
        return None


@SETTINGS
@given(TEXTS)
def test_analyze_never_raises_and_every_span_is_exact(text):
    res = _analyze(text)
    if res is None:
        return
    art = res.article
    t = art.text
    for span in (*art.paragraphs, *art.sentences):
        assert t[span.start : span.end] == span.text
        assert span.text and span.text == span.text.strip()
    for row in res.sentences.itertuples():
        assert t[row.start : row.end] == row.text
    for row in res.matches.itertuples():
        assert t[row.start : row.end] == row.text
        sent = art.sentences[row.sentence_id]
        assert sent.start <= row.start and row.end <= sent.end  # a match lies in its sentence


@SETTINGS
@given(TEXTS)
def test_sentences_tile_the_text_inside_paragraphs(text):
    try:
        art = analysis.load_article(text=text)
    except ArticleError:
        return
    t, sents, paras = art.text, art.sentences, art.paragraphs
    assert sents, "a text with content has at least one sentence"
    for a, b in itertools.pairwise(sents):
        assert a.end <= b.start  # in order, no overlap
    for s in sents:
        assert len(s.text) <= MAX_SENTENCE_CHARS
        assert any(p.start <= s.start and s.end <= p.end for p in paras)
    covered = bytearray(len(t))
    for s in sents:
        covered[s.start : s.end] = b"\x01" * (s.end - s.start)
    missed = [c for i, c in enumerate(t) if not covered[i] and not c.isspace()]
    assert not missed, f"characters outside every sentence: {missed!r}"


@SETTINGS
@given(TEXTS)
def test_category_counts_add_up_to_the_matches(text):
    res = _analyze(text)
    if res is None:
        return
    s, m, sents = res.summary, res.matches, res.sentences
    hedges = m[m["lexicon"] == "hedging"]
    cats = ("epistemic", "conditional", "approximator", "evidential")
    assert sum(s[f"hedge_{c}"] for c in cats) == s["hedge_cues"] == len(hedges)
    assert int(sents["hedge_cues"].sum()) == s["hedge_cues"]
    esc = m[m["lexicon"] == "escalation"]
    lexicon = analysis.load_lexicon("escalation")
    events = [c for c, cat in lexicon.categories.items() if not cat.evidence]
    # category counts count events (one per clause, direction and category), never more
    # than the directional hits behind them
    assert sum(s[f"escalation_{c}"] for c in events) == len(res.events)
    assert len(res.events) <= int(esc["direction"].notna().sum())
    assert s["escalation_terms"] == int((esc["direction"] == "escalation").sum())
    assert s["deescalation_terms"] == int((esc["direction"] == "de-escalation").sum())
    assert int(sents["escalation_terms"].sum()) == s["escalation_terms"]
    assert int(sents["deescalation_terms"].sum()) == s["deescalation_terms"]
    # terms: one row per (lexicon, category, term) whose counts add up to the matches
    assert int(res.terms["count"].sum()) == len(m)


@SETTINGS
@given(TEXTS)
def test_results_are_identical_twice(text):
    first, second = _analyze(text), _analyze(text)
    if first is None:
        assert second is None
        return
    assert first.summary == second.summary
    pd.testing.assert_frame_equal(first.sentences, second.sentences)
    pd.testing.assert_frame_equal(first.matches, second.matches)
    pd.testing.assert_frame_equal(first.terms, second.terms)


def _one_doc(frame: pd.DataFrame, doc_id: str) -> pd.DataFrame:
    return frame[frame["doc_id"] == doc_id].reset_index(drop=True)


@settings(SETTINGS, max_examples=max(EXAMPLES // 2, 10))
@given(st.lists(TEXTS, min_size=2, max_size=4))
def test_a_document_does_not_depend_on_its_neighbours(texts):
    docs = [(f"d{i}", t) for i, t in enumerate(texts)]
    corpus = analysis.analyze_corpus(docs, engine="pandas", progress=False)
    failed = set(corpus.errors["doc_id"])
    for doc_id, text in docs:
        alone = _analyze(text, doc_id)
        if alone is None:
            assert doc_id in failed  # recorded, and the others still ran
            continue
        assert doc_id not in failed
        for name in ("sentences", "matches"):
            mine = _one_doc(getattr(corpus, name), doc_id)
            ref = getattr(alone, name)
            pd.testing.assert_frame_equal(mine, ref, check_dtype=False)
        row = _one_doc(corpus.summary, doc_id).iloc[0]
        for key in ("n_sentences", "n_tokens", "sentiment", "hedge_cues", "escalation_index"):
            assert row[key] == pytest.approx(alone.summary[key])


@settings(SETTINGS, max_examples=EXAMPLES * 2)
@given(st.binary(max_size=400))
def test_any_bytes_load_or_fail_with_article_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "article.txt"
    path.write_bytes(data)
    try:
        art = analysis.load_article(path)
    except ArticleError as exc:
        assert str(path) in str(exc) and "\n" not in str(exc)
        return
    assert art.text.strip()
    assert art.encoding in {"utf-8", "utf-8-sig", "utf-16", "cp1252"}
