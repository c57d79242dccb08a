"""``analyze()``: one article in, tidy frames and a summary out.

The pipeline, one way (each step reads only what the steps before it made)::

    Article (paragraphs, sentences, clauses, tokens, negation scope)   analysis.text
      -> matches: all lexicons at once, then each lexicon's context rules   analysis.matching
      -> events: directional hits grouped by clause                       analysis.events
      -> sentence columns and document figures, measure by measure        analysis.measures
      -> frames                                                           analysis.frames

:func:`analyze_records` does the per-document work with plain Python and returns a
:class:`~analysis.document.DocumentRecords`, so that a corpus of millions of articles pays for
pandas once per batch, not once per article (:mod:`analysis.corpus`);
:func:`analysis.frames.frames_from_records` turns any number of those into frames.
:func:`analyze` is the two together.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from .actors import agent_sentences, assign_actors
from .display import result_html
from .document import Document, DocumentRecords
from .errors import ArticleError, NonEnglishWarning
from .events import build_events
from .frames import dyads_frame, frames_from_records, kwic_frame
from .gazetteer import Mention, find_mentions, is_gazetteer, mention_evidence, resolve_gazetteers
from .intervals import INTERVAL_SUFFIX
from .language import identify_language, is_non_english, language_name
from .lexicon import ACTOR_EVIDENCE, Lexicon, resolve_lexicons, versions
from .matching import Match, compile_matcher, in_context
from .measures import MEASURES, rules_for
from .norms import Norms, resolve_norms
from .readings import format_interval
from .text import Article, load_article, span_index

__all__ = [
    "AnalysisResult",
    "analyze",
    "analyze_records",
    "find_matches",
    "non_english_message",
]


@dataclass(frozen=True)
class AnalysisResult:
    """The analysis of one article (see DESIGN.md for every column and key)."""

    article: Article
    sentences: pd.DataFrame
    matches: pd.DataFrame
    events: pd.DataFrame
    terms: pd.DataFrame
    summary: dict[str, Any]
    dyads: pd.DataFrame

    def kwic(self, pattern: str, *, window: int = 5) -> pd.DataFrame:
        """Keyword in context: every occurrence of ``pattern`` (word, glob or phrase) in the text
        with ``window`` words either side, within its sentence (quanteda's ``kwic`` shape):
        ``doc_id, sentence_id, start, end, pre, keyword, post``."""
        return kwic_frame(self.article, pattern, window=window)

    def __repr__(self) -> str:
        s = self.summary
        parts = [f"{len(self.sentences)} sentences", f"{len(self.matches)} matches"]
        parts.append(f"{len(self.events)} events")
        figures = []
        for key, spec in (
            ("sentiment", "+.3f"),
            ("hedge_density", ".2f"),
            ("escalation_index", "+.2f"),
        ):
            if key in s:
                ci = format_interval(s.get(key + INTERVAL_SUFFIX), spec)
                figures.append(f"{key} {s[key]:{spec}} {ci}")
        return (
            f"AnalysisResult(doc_id={self.article.doc_id!r}: {', '.join(parts)}; "
            f"{', '.join(figures)})"
        )

    def _repr_html_(self) -> str:
        """Jupyter's view: counts, headline figures with 95% intervals and percentiles, top
        terms (every text from the article escaped)."""
        return result_html(
            self.summary, n_matches=len(self.matches), n_events=len(self.events), terms=self.terms
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


def find_matches(
    article: Article,
    lexicons: Sequence[Lexicon],
    mentions: Sequence[Mention] = (),
    found: Sequence[Match] | None = None,
    *,
    skip: Collection[str] = (),
) -> list[Match]:
    """Every lexicon's hits in ``article`` that count in their sentence
    (:func:`analysis.matching.in_context`, with the actor ``mentions`` as evidence), each
    lexicon's after the context rules of the measure it names (``rules:``), sorted by
    position: the matching stage of the pipeline. ``found``: the lexicons' raw hits when a
    matcher that holds them already ran. ``skip``: context rules to leave out (the
    evaluations' ablations)."""
    if not lexicons:
        return []
    rules = {lex.name: rules_for(lex) for lex in lexicons}
    by_lexicon: dict[str, list[Match]] = {}
    if found is None:
        found = compile_matcher(tuple(lexicons)).find(article)
    for m in found:
        by_lexicon.setdefault(m.lexicon, []).append(m)
    evidence = mention_evidence(mentions)
    for sid in agent_sentences(article, mentions, found):
        evidence[sid].add(ACTOR_EVIDENCE[2])
    matches: list[Match] = []
    for lex in lexicons:
        own = in_context(by_lexicon.get(lex.name, []), lex, evidence, len(article.sentences))
        measure = rules[lex.name]
        if measure is not None and own:
            own = measure.apply_rules(article, own, skip=skip)
        matches.extend(own)
    matches.sort(key=lambda m: (m.start, m.end, m.lexicon, m.category))
    return matches


def analyze_records(
    article: Article, lexicons: Sequence[Lexicon] = (), norms: Norms | None = None
) -> DocumentRecords:
    """All per-document work for ``article`` with the given (resolved) lexicons: plain Python,
    the hot path of a corpus run. ``norms``: the reference the figures' percentiles are taken
    against (None: the shipped one).

    Gazetteers (:func:`analysis.gazetteer.resolve_gazetteers`) may come among the lexicons:
    they give the events their actors (:mod:`analysis.actors`) and are matched apart.
    """
    gazetteers = tuple(lx for lx in lexicons if is_gazetteer(lx))
    lexicons = tuple(lx for lx in lexicons if not is_gazetteer(lx))
    # one scan of the text for every lexicon and gazetteer
    found = compile_matcher(gazetteers + lexicons).find(article) if gazetteers or lexicons else []
    names = {g.name for g in gazetteers}
    mentions = find_mentions(article, gazetteers, [m for m in found if m.lexicon in names])
    matches = find_matches(
        article, lexicons, mentions, [m for m in found if m.lexicon not in names]
    )
    tokens = article.tokens
    n_tokens = [tokens.count(i) for i in range(len(article.sentences))]
    events = build_events(article, matches)
    if events and mentions:
        events = assign_actors(article, events, mentions)
    doc = Document(article, lexicons, matches, events, n_tokens)
    para_starts = [p.start for p in article.paragraphs]
    columns: dict[str, list[Any]] = {
        "sentence_id": list(range(len(article.sentences))),
        "paragraph_id": [span_index(para_starts, s.start) for s in article.sentences],
        "start": [s.start for s in article.sentences],
        "end": [s.end for s in article.sentences],
        "text": [s.text for s in article.sentences],
        "n_tokens": n_tokens,
    }
    summary = _base_summary(article, doc)
    summary["gazetteer_versions"] = versions(gazetteers)
    for measure in MEASURES:
        if measure.active(lexicons):
            values = measure.sentence_values(doc)
            columns.update(values)
            summary.update(measure.summarise(doc, values))
    reference = norms if norms is not None else resolve_norms(None)
    summary["percentiles"] = reference.percentiles(summary)
    summary["percentiles_reference"] = reference.reference()
    return DocumentRecords(
        doc_id=article.doc_id,
        columns=columns,
        matches=matches,
        events=list(doc.events),
        summary=summary,
        n_tokens=sum(n_tokens),
    )


def _base_summary(article: Article, doc: Document) -> dict[str, Any]:
    language, confidence = identify_language(article.text)
    return {
        "doc_id": article.doc_id,
        "input_sha256": article.sha256,
        "encoding": article.encoding,
        "n_paragraphs": len(article.paragraphs),
        "n_sentences": len(article.sentences),
        "n_tokens": sum(doc.n_tokens),
        "language": language,
        "language_confidence": confidence,
        **{k: _plain(v) for k, v in article.metadata.items()},
        "lexicon_versions": versions(doc.lexicons),
    }


def _plain(value: Any) -> Any:
    """A metadata value as JSON has it (dates and other objects as text)."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    return str(value)


def non_english_message(summary: dict[str, Any], where: str) -> str:
    """One sentence: ``where`` is not in English, which language it is, what follows."""
    lang = summary["language"]
    return (
        f"{where} looks like {language_name(lang)} ({lang}, confidence "
        f"{summary['language_confidence']:.2f}), not English; the lexicons and sentiment "
        "engines only know English, so its scores are not meaningful."
    )


def analyze(
    article_or_text: Article | str,
    *,
    lexicons: Sequence[str | Lexicon] | str | Lexicon | None = None,
    gazetteers: Sequence[str | Lexicon] | str | Lexicon | None = None,
    doc_id: str | None = None,
    norms: Norms | str | os.PathLike[str] | None = None,
) -> AnalysisResult:
    """Analyse one article (an :class:`Article` or its text) sentence by sentence.

    Args:
        article_or_text: an :class:`Article` (:func:`analysis.load_article`) or its text.
        lexicons: shipped lexicon names, paths to YAML files, or :class:`Lexicon` objects;
            ``None`` uses every shipped lexicon (hedging and escalation); ``[]`` none
            (sentiment only).
        doc_id: the id of a text given as a string.
        gazetteers: your own actor gazetteers (paths to YAML files), used on top of the
            shipped ones and winning over them (:mod:`analysis.gazetteer`).
        norms: the reference corpus for ``summary["percentiles"]``: ``None`` the shipped one
            (295 Wikinews articles), a :class:`~analysis.norms.Norms` or a saved table's path.

    Returns an :class:`AnalysisResult` with ``sentences``, ``matches``, ``events`` (with
    ``source`` and ``target`` actors), ``terms``, ``dyads`` and ``summary`` (each headline
    figure with its ``<figure>_ci95`` bootstrap interval and its percentile); every row keeps
    the character offsets of the words behind it. Warns with
    :class:`~analysis.errors.NonEnglishWarning` when the article is not in English
    (``summary["language"]``, identified by :mod:`analysis.language`).
    """
    article = _as_article(article_or_text, doc_id)
    records = analyze_records(
        article,
        resolve_lexicons(lexicons) + resolve_gazetteers(gazetteers),
        resolve_norms(norms),
    )
    if is_non_english(records.summary["language"]):
        where = f"'{article.path}'" if article.path else f"article '{article.doc_id}'"
        warnings.warn(non_english_message(records.summary, where), NonEnglishWarning, 2)
    sentences, matches, events, terms = frames_from_records([records])
    return AnalysisResult(
        article=article,
        sentences=sentences,
        matches=matches,
        events=events,
        terms=terms,
        summary=records.summary,
        dyads=dyads_frame(events),
    )
