"""``analyze()``: one article in, tidy frames and a summary out.

The work is split in two layers so that a corpus of millions of articles pays for pandas once
per batch, not once per article: :func:`analyze_records` does all per-document work with plain
Python (sentences, sentiment, lexicon matches, context rules, the summary) and returns a
:class:`DocumentRecords`; :func:`frames_from_records` turns any number of those into the
``sentences`` / ``matches`` / ``terms`` frames. :func:`analyze` is the two together.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from . import escalation, hedging
from .errors import ArticleError, LexiconError
from .lexicon import Lexicon, resolve_lexicons
from .matching import Match, compile_matcher, kwic, matches_frame, terms_frame
from .sentiment import aggregate, score_sentences
from .text import Article, count_tokens, load_article

__all__ = [
    "SENTENCE_COLUMNS",
    "AnalysisResult",
    "DocumentRecords",
    "analyze",
    "analyze_records",
    "find_matches",
    "frames_from_records",
]

SENTENCE_COLUMNS = [
    "doc_id",
    "sentence_id",
    "paragraph_id",
    "start",
    "end",
    "text",
    "n_tokens",
    "sentiment",
    "vader_compound",
    "vader_pos",
    "vader_neu",
    "vader_neg",
    "textblob_polarity",
    "textblob_subjectivity",
    "hedge_cues",
    "escalation_terms",
    "deescalation_terms",
    "escalation_score",
    "direction",
]

#: Context-rule sets a lexicon can name with ``rules:`` in its YAML. Each takes the article
#: text, that lexicon's matches and the article's sentence spans ``(start, end)``, and returns
#: the matches that survive, possibly adjusted.
RuleSet = Callable[[str, Sequence[Match], Sequence[tuple[int, int]]], list[Match]]


def _hedging_rules(
    text: str, matches: Sequence[Match], sentences: Sequence[tuple[int, int]]
) -> list[Match]:
    return hedging.apply_rules(text, matches, sentences=sentences)


def _escalation_rules(
    text: str, matches: Sequence[Match], sentences: Sequence[tuple[int, int]]
) -> list[Match]:
    return escalation.apply_rules(text, matches)


RULE_SETS: dict[str, RuleSet] = {"hedging": _hedging_rules, "escalation": _escalation_rules}

#: Frequent English function words. Their share of an article's tokens is ~0.3-0.4 in English
#: news and near 0 in other languages; below :data:`ENGLISH_SHARE_WARNING` the summary flags
#: the article, because the lexicons and sentiment engines only know English.
_FUNCTION_WORDS = frozenset(
    (
        "the of and to a in is that for it as was with on by be at from this are or an have has "
        "not but which were its their been they he she we his her will would there after also "
        "more than who had can all into about said"
    ).split()
)
ENGLISH_SHARE_WARNING = 0.15
_WORD_RE = re.compile(r"[^\W\d_]+")


@dataclass
class DocumentRecords:
    """Everything computed for one document, as plain Python data (cheap to pickle/concat)."""

    doc_id: str
    sentences: list[dict[str, Any]]
    matches: list[Match]
    match_sentence_ids: list[int]
    summary: dict[str, Any]
    n_tokens: int


@dataclass(frozen=True)
class AnalysisResult:
    """The analysis of one article (see DESIGN.md for every column and key)."""

    article: Article
    sentences: pd.DataFrame
    matches: pd.DataFrame
    terms: pd.DataFrame
    summary: dict[str, Any]

    def kwic(self, pattern: str, *, window: int = 5) -> pd.DataFrame:
        """Keyword in context: every occurrence of ``pattern`` (word, glob or phrase) in the text
        with ``window`` words either side, within its sentence (quanteda's ``kwic`` shape)."""
        return kwic(
            self.article.text,
            pattern,
            window=window,
            doc_id=self.article.doc_id,
            sentences=self.article.sentences,
        )


def _as_article(article_or_text: Article | str, doc_id: str | None) -> Article:
    if isinstance(article_or_text, Article):
        return article_or_text
    if isinstance(article_or_text, str):
        return load_article(text=article_or_text, doc_id=doc_id)
    raise ArticleError(
        f"analyze() takes an Article or a str, not {type(article_or_text).__name__}; "
        "use analysis.load_article(path) for files."
    )


def _round(x: float) -> float:
    # Six decimals: far below any meaningful difference, and stable JSON bytes.
    return round(float(x), 6) + 0.0  # + 0.0 turns -0.0 into 0.0


def _directional(lex: Lexicon) -> bool:
    """Whether a lexicon counts toward escalation (any category declares a direction)."""
    return any(c.direction for c in lex.categories.values())


def _rule_set(lex: Lexicon) -> RuleSet:
    try:
        return RULE_SETS[lex.rules]  # type: ignore[index]
    except KeyError:
        raise LexiconError(
            f"lexicon '{lex.name}' ({lex.path or 'in memory'}) names unknown rules "
            f"{lex.rules!r}; use one of {', '.join(sorted(RULE_SETS))} or leave 'rules' out."
        ) from None


def find_matches(
    text: str, spans: Sequence[tuple[int, int]], lexicons: Sequence[Lexicon]
) -> list[Match]:
    """Every lexicon's hits in ``text`` (within the sentence ``spans``), each lexicon's after
    its context rules, sorted by position: the matching stage of :func:`analyze_records`."""
    matches: list[Match] = []
    if not lexicons:
        return matches
    found = compile_matcher(tuple(lexicons)).find(text, spans)
    by_lexicon: dict[str, list[Match]] = {}
    for m in found:
        by_lexicon.setdefault(m.lexicon, []).append(m)
    for lex in lexicons:
        own = by_lexicon.get(lex.name, [])
        if lex.rules is not None:
            own = _rule_set(lex)(text, own, spans)
        matches.extend(own)
    matches.sort(key=lambda m: (m.start, m.end, m.lexicon, m.category))
    return matches


def analyze_records(article: Article, lexicons: Sequence[Lexicon] = ()) -> DocumentRecords:
    """All per-document work for ``article`` with the given (resolved) lexicons.

    Plain Python only: this is the hot path of a corpus run, so the sentences are walked once
    and the segmenter's sentence spans are handed to the context rules (no second split).
    """
    text = article.text
    sentences = article.sentences
    spans = [(s.start, s.end) for s in sentences]
    starts = [s for s, _ in spans]

    matches = find_matches(text, spans, lexicons)
    match_sids = [bisect.bisect_right(starts, m.start) - 1 for m in matches]

    hedge_names = {lex.name for lex in lexicons if lex.rules == "hedging"}
    escalation_active = any(map(_directional, lexicons))
    per_sentence: list[list[Match]] = [[] for _ in spans]
    for m, sid in zip(matches, match_sids, strict=True):
        per_sentence[sid].append(m)
    # Values for a sentence without matches (most sentences): computed once.
    no_cues = 0 if hedge_names else None
    no_esc = escalation.score_sentence(()) if escalation_active else (None, None, None, None)

    # The sentiment engines run over all sentences in one go: interleaving them with the
    # rest, sentence by sentence, costs a few percent more (their tables leave the CPU cache).
    sentiments = score_sentences([s.text for s in sentences])
    rows: list[dict[str, Any]] = []
    esc_scores: list[tuple[int, int, int, int, float]] = []
    para_starts = [p.start for p in article.paragraphs]
    n_tokens = 0
    for sid, (sent, sc) in enumerate(zip(sentences, sentiments, strict=True)):
        s_text = sent.text
        own = per_sentence[sid]
        if not own:
            cues = no_cues
            e, d, score, direction = no_esc
        else:
            cues = sum(1 for m in own if m.lexicon in hedge_names) if hedge_names else None
            e, d, score, direction = escalation.score_sentence(own) if escalation_active else no_esc
        if escalation_active:
            esc_scores.append((sid, sent.start, e, d, score))
        n = count_tokens(s_text)
        n_tokens += n
        rows.append(
            {
                "sentence_id": sid,
                "paragraph_id": max(bisect.bisect_right(para_starts, sent.start) - 1, 0),
                "start": sent.start,
                "end": sent.end,
                "text": s_text,
                "n_tokens": n,
                "sentiment": sc.sentiment,
                "vader_compound": sc.vader_compound,
                "vader_pos": sc.vader_pos,
                "vader_neu": sc.vader_neu,
                "vader_neg": sc.vader_neg,
                "textblob_polarity": sc.textblob_polarity,
                "textblob_subjectivity": sc.textblob_subjectivity,
                "hedge_cues": cues,
                "escalation_terms": e,
                "deescalation_terms": d,
                "escalation_score": score,
                "direction": direction,
            }
        )
    summary = _summary(article, rows, matches, match_sids, n_tokens, lexicons, esc_scores)
    return DocumentRecords(
        doc_id=article.doc_id,
        sentences=rows,
        matches=matches,
        match_sentence_ids=match_sids,
        summary=summary,
        n_tokens=n_tokens,
    )


def _english_share(text: str) -> float:
    words = _WORD_RE.findall(text[:200_000].lower())
    if not words:
        return 0.0
    return sum(map(_FUNCTION_WORDS.__contains__, words)) / len(words)


def _summary(
    article: Article,
    rows: list[dict[str, Any]],
    matches: list[Match],
    match_sids: list[int],
    n_tokens: int,
    lexicons: Sequence[Lexicon],
    esc_scores: Sequence[tuple[int, int, int, int, float]],
) -> dict[str, Any]:
    compound = [r["vader_compound"] for r in rows]
    share = _english_share(article.text)
    summary: dict[str, Any] = {
        "doc_id": article.doc_id,
        "input_sha256": article.sha256,
        "encoding": article.encoding,
        "n_paragraphs": len(article.paragraphs),
        "n_sentences": len(rows),
        "n_tokens": n_tokens,
        "sentiment": _round(aggregate([r["sentiment"] for r in rows])),
        "vader_compound": _round(aggregate(compound)),
        "textblob_polarity": _round(aggregate([r["textblob_polarity"] for r in rows])),
        "textblob_subjectivity": _round(aggregate([r["textblob_subjectivity"] for r in rows])),
        "most_negative_sentence": min(range(len(rows)), key=compound.__getitem__, default=None),
        "most_positive_sentence": max(range(len(rows)), key=compound.__getitem__, default=None),
        "english_function_word_share": _round(share),
        "low_english_share": share < ENGLISH_SHARE_WARNING,
        "lexicon_versions": {
            lex.name: {"version": lex.version, "sha256": lex.sha256} for lex in lexicons
        },
    }
    if any(lex.rules == "hedging" for lex in lexicons):
        summary.update(hedging.summarise(matches, match_sids, rows, n_tokens))
    if any(map(_directional, lexicons)):
        directional = [c.name for lex in lexicons for c in lex.categories.values() if c.direction]
        summary.update(escalation.summarise_scores(matches, esc_scores, categories=directional))
    # Hedging and escalation lexicons report their categories above (hedge_*, escalation_*);
    # any other lexicon (a user's own dictionary) gets its counts per category here.
    others = [lex for lex in lexicons if lex.rules != "hedging" and not _directional(lex)]
    if others:
        counts = Counter((m.lexicon, m.category) for m in matches)
        summary["category_counts"] = {
            lex.name: {cat: counts.get((lex.name, cat), 0) for cat in lex.categories}
            for lex in others
        }
    return summary


#: Sentence columns that are always there, and their dtypes.
_TYPED = {
    **dict.fromkeys(("sentence_id", "paragraph_id", "start", "end", "n_tokens"), np.int64),
    **dict.fromkeys(SENTENCE_COLUMNS[7:14], np.float64),  # sentiment .. textblob_subjectivity
}
#: Sentence columns that are missing when their lexicon is not active (nullable dtypes).
_NULLABLE = {
    "hedge_cues": "Int64",
    "escalation_terms": "Int64",
    "deescalation_terms": "Int64",
    "escalation_score": "Float64",
}


def frames_from_records(
    records: Iterable[DocumentRecords],
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """``(sentences, matches, terms)`` frames for one or many documents, keyed by ``doc_id``.

    Each frame is built once, column by column, for the whole batch (pandas costs the same
    for one document as for hundreds); rows keep the order of ``records``.
    """
    records = list(records)
    rows = [row for r in records for row in r.sentences]
    columns: dict[str, list[Any]] = {
        "doc_id": [r.doc_id for r in records for _ in r.sentences],
        **{c: [row[c] for row in rows] for c in SENTENCE_COLUMNS[1:]},
    }
    if rows:
        for col, dtype in _TYPED.items():  # (saves pandas inferring them)
            columns[col] = np.array(columns[col], dtype=dtype)
        for col, dtype in _NULLABLE.items():
            columns[col] = pd.array(columns[col], dtype=dtype)
        sentences = pd.DataFrame(columns, columns=SENTENCE_COLUMNS)
    else:  # all-object columns, as pandas gives for an empty list of rows
        sentences = pd.DataFrame([], columns=SENTENCE_COLUMNS)
        for col, dtype in _NULLABLE.items():
            sentences[col] = sentences[col].astype(dtype)
    matches = matches_frame(
        [m for r in records for m in r.matches],
        doc_id=[r.doc_id for r in records for _ in r.matches],
        sentence_ids=[sid for r in records for sid in r.match_sentence_ids],
    )
    terms = terms_frame(matches, {r.doc_id: r.n_tokens for r in records})
    if len(records) > 1 and len(terms):
        # terms_frame sorts by doc_id; put the documents back in input order (stable, so each
        # document keeps its lexicon, category, count, term order).
        position: dict[str, int] = {}
        for i, r in enumerate(records):
            position.setdefault(r.doc_id, i)
        order = terms["doc_id"].map(position).to_numpy()
        terms = terms.iloc[order.argsort(kind="stable")].reset_index(drop=True)
    return sentences, matches, terms


def analyze(
    article_or_text: Article | str,
    *,
    lexicons: Sequence[str | Lexicon] | str | Lexicon | None = None,
    doc_id: str | None = None,
) -> AnalysisResult:
    """Analyse one article (an :class:`Article` or its text) sentence by sentence.

    ``lexicons``: shipped lexicon names, paths to YAML files, or :class:`Lexicon` objects;
    ``None`` uses every shipped lexicon (hedging and escalation); ``[]`` none (sentiment only).
    Returns an :class:`AnalysisResult` with ``sentences``, ``matches``, ``terms`` and
    ``summary``; every row keeps the character offsets of the words behind it.
    """
    article = _as_article(article_or_text, doc_id)
    records = analyze_records(article, resolve_lexicons(lexicons))
    sentences, matches, terms = frames_from_records([records])
    return AnalysisResult(
        article=article,
        sentences=sentences,
        matches=matches,
        terms=terms,
        summary=records.summary,
    )
