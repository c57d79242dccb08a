"""Tests for analysis.frames: every frame's columns and dtypes (also when empty), term
frequencies, keyword in context, events and the corpus summary frame."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.errors import ParameterError
from analysis.frames import (
    EVENT_COLUMNS,
    KWIC_COLUMNS,
    MATCH_COLUMNS,
    events_frame,
    frames_from_records,
    kwic_frame,
    matches_frame,
    sentence_frame_columns,
    summary_frame,
    terms_frame,
)
from analysis.lexicon import load_lexicon
from analysis.matching import Match

FIXTURES = Path(__file__).parent / "fixtures" / "lexicons"


@pytest.fixture(scope="module")
def lexicons():
    return [load_lexicon(FIXTURES / "conflict.yaml"), load_lexicon(FIXTURES / "hedges.yaml")]


def test_matches_frame_has_stable_columns_and_dtypes(lexicons) -> None:
    res = analysis.analyze("No ceasefire. Peace talks may resume.", lexicons=lexicons)
    df = res.matches
    empty = matches_frame([], doc_id="d1")
    assert list(df.columns) == MATCH_COLUMNS == list(empty.columns)
    assert df.dtypes.to_dict() == empty.dtypes.to_dict()
    assert df["sentence_id"].tolist() == [0, 1, 1]
    assert df["text"].tolist() == ["ceasefire", "Peace talks", "may"]
    assert df["negated"].tolist() == [True, False, False]  # "No" negates "ceasefire"
    assert df["direction"].isna().tolist() == [True, False, True]  # mention and hedges: none
    # hits of several documents: one doc_id per hit, kept in order
    hits = [Match(0, 3, "war", "c", "a", "war", 1.0, False, None)] * 3
    many = matches_frame(hits, doc_id=["a", "b", "b"])
    assert many["doc_id"].tolist() == ["a", "b", "b"]
    assert many.dtypes.to_dict() == df.dtypes.to_dict()
    with pytest.raises(ParameterError, match="one doc_id, or one per match"):
        matches_frame(hits, doc_id=["a"])


def _frame(texts: list[tuple[str, str, str]], doc_ids: list[str] | None = None) -> pd.DataFrame:
    hits = [Match(0, len(t), t, lex, cat, t.lower(), 1.0, False, None) for t, lex, cat in texts]
    return matches_frame(hits, doc_id=doc_ids or "d1")


def test_terms_frame_counts_normalised_terms_per_1000_tokens() -> None:
    df = _frame(
        [
            ("Talks", "conflict", "agreement"),
            ("talks", "conflict", "agreement"),
            ("peace  talks", "conflict", "agreement"),
            ("may", "hedges", "epistemic"),
            ("war", "conflict", "attack"),
            ("Peace talks", "conflict", "agreement"),
        ]
    )
    terms = terms_frame(df, 200)
    assert list(terms.columns) == ["lexicon", "category", "term", "count", "per_1000_tokens"]
    rows = [tuple(r) for r in terms.itertuples(index=False)]
    assert rows == [
        # sorted by lexicon, category, -count, term; whitespace and case normalised
        ("conflict", "agreement", "peace talks", 2, 10.0),
        ("conflict", "agreement", "talks", 2, 10.0),
        ("conflict", "attack", "war", 1, 5.0),
        ("hedges", "epistemic", "may", 1, 5.0),
    ]


def test_terms_frame_per_document_and_empty() -> None:
    df = _frame([("war", "c", "a"), ("war", "c", "a"), ("war", "c", "a")], ["d2", "d1", "d2"])
    terms = terms_frame(df, {"d1": 100, "d2": 1000})
    assert [tuple(r) for r in terms.itertuples(index=False)] == [
        ("d1", "c", "a", "war", 1, 10.0),
        ("d2", "c", "a", "war", 2, 2.0),
    ]
    empty = terms_frame(_frame([]), 10)
    assert empty.empty and list(empty.columns) == list(terms.columns)[1:]
    with pytest.raises(ParameterError, match="no entry for doc_id 'd2'"):
        terms_frame(df, {"d1": 100})


def test_kwic_searches_the_text_within_sentences() -> None:
    text = "Both sides signed the long awaited ceasefire on Monday. Ceasefires rarely hold."
    art = analysis.load_article(text=text, doc_id="doc")
    out = kwic_frame(art, "ceasefire*", window=3)
    assert list(out.columns) == KWIC_COLUMNS
    assert out.to_dict("records") == [
        {
            "doc_id": "doc",
            "sentence_id": 0,
            "start": 35,
            "end": 44,
            "pre": "the long awaited",
            "keyword": "ceasefire",
            "post": "on Monday",  # only two tokens remain; context ends at the last token
        },
        {
            "doc_id": "doc",
            "sentence_id": 1,
            "start": 56,
            "end": 66,
            "pre": "",  # context never crosses into the previous sentence
            "keyword": "Ceasefires",
            "post": "rarely hold",
        },
    ]
    assert text[35:44] == "ceasefire" and text[56:66] == "Ceasefires"


def test_kwic_spans_result_method_and_errors() -> None:
    text = "The truce was breached. The truce held."
    art = analysis.load_article(text=text, doc_id="t")
    assert kwic_frame(art, "truce")["start"].tolist() == [4, 28]
    # spans, e.g. from a matches frame: the verb-object hit "truce was breached"
    out = kwic_frame(art, spans=[(4, 22)], window=2)
    assert out[["start", "end", "keyword"]].values.tolist() == [[4, 22, "truce was breached"]]
    assert kwic_frame(art, spans=[(4, 9)], window=1)["post"].tolist() == ["was"]
    res = analysis.analyze(art)
    assert res.kwic("truce", window=1)["pre"].tolist() == ["The", "The"]
    with pytest.raises(ParameterError, match="not a word, glob or phrase"):
        kwic_frame(art, "*truce")
    with pytest.raises(ParameterError, match="0 or more"):
        kwic_frame(art, "truce", window=-1)
    empty = kwic_frame(art, "armistice")
    assert empty.empty and list(empty.columns) == KWIC_COLUMNS


def test_events_frame_columns_dtypes_and_empty() -> None:
    res = analysis.analyze(
        "Rockets struck the port. Talks between Israel and Egypt resumed.", lexicons=["escalation"]
    )
    empty = events_frame([])
    assert list(res.events.columns) == EVENT_COLUMNS == list(empty.columns)
    assert res.events.dtypes.to_dict() == empty.dtypes.to_dict()
    assert res.events["direction"].tolist() == ["escalation", "de-escalation"]


def test_sentence_columns_do_not_depend_on_the_lexicons() -> None:
    text = "Rockets struck the port; talks may resume."
    full = analysis.analyze(text).sentences
    bare = analysis.analyze(text, lexicons=[]).sentences
    assert list(full.columns) == list(bare.columns) == list(sentence_frame_columns())
    assert bare["hedge_cues"].isna().all() and bare["direction"].isna().all()
    assert full["hedge_cues"].tolist() == [1]


def test_frames_of_many_documents_keep_input_order(lexicons) -> None:
    from analysis.core import analyze_records

    # "Peace talks" (agreement) and "war" (attack) carry directions: one event each;
    # "ceasefire" alone is a mention without one.
    docs = [("b", "Peace talks resumed."), ("a", "No ceasefire, the war goes on.")]
    records = [analyze_records(analysis.load_article(text=t, doc_id=i), lexicons) for i, t in docs]
    sentences, matches, events, terms = frames_from_records(records)
    assert sentences["doc_id"].tolist() == ["b", "a"]
    assert matches["doc_id"].tolist() == ["b", "a", "a"]
    assert terms["doc_id"].tolist() == ["b", "a", "a"]  # input order, not sorted
    assert events["doc_id"].tolist() == ["b", "a"]


def test_summary_frame_flattens_nested_values_the_same_way_for_every_row() -> None:
    rows = summary_frame(
        [
            {"doc_id": "a", "x": 1, "escalation_turning_point": None, "lexicon_versions": {}},
            {
                "doc_id": "b",
                "x": 2,
                "escalation_turning_point": {"sentence_id": 3, "offset": 9, "from": "e", "to": "d"},
                "category_counts": {"lex": {"c": 4}},
            },
        ]
    )
    assert "lexicon_versions" not in rows.columns
    assert rows["escalation_turning_point.sentence_id"].tolist()[1] == 3
    assert pd.isna(rows["escalation_turning_point.sentence_id"].tolist()[0])
    assert rows["category_counts.lex.c"].tolist()[1] == 4
