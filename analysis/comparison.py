"""Comparisons: how two articles, or two groups of articles, differ, and which words say so.

:func:`compare` takes two results (:func:`analysis.analyze` or :func:`analysis.analyze_corpus`)
and :func:`compare_groups` two groups of one corpus; both return a :class:`Comparison`:

* ``.measures``: each headline figure on each side, their difference and its 95% interval,
  from resampling each side on its own (the same seeded bootstrap as the summary's
  ``<figure>_ci95``, :mod:`analysis.intervals`). A side that is one article is resampled by
  its units (sentences; events for the escalation index), so its interval is the one in its
  summary. A side of several articles is resampled by **article** (the articles are the
  independent units; sentences of one article are not independent draws), and its figure is
  the mean of its articles' figures, each article counting once whatever its length.
* ``.keyness``: which words (or lexicon terms) are key to one side against the other.

Keyness is Dunning's (1993) log-likelihood G² on the full 2x2 contingency table of a term
(this term / every other term, side A / side B), the statistic of quanteda's
``textstat_keyness(measure = "lr")``, computed by NLTK's association measures
(``BigramAssocMeasures.likelihood_ratio``, whose four cells are the term in A, the term in B,
the rest of A and the rest of B). Its p-value is that of a chi-squared test with one degree of
freedom, for each term on its own (thousands of terms are tested: read the top of the list,
not every p below 0.05).
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from nltk.metrics.association import BigramAssocMeasures

from .core import AnalysisResult, analyze
from .corpus import DOCUMENT_SUFFIXES, CorpusResult, analyze_corpus, documents_bootstrap
from .display import comparison_html
from .errors import ParameterError
from .files import stable_float
from .intervals import N_RESAMPLES, Columns, Resampler, Statistic, percentile_interval
from .measures import MEASURES
from .readings import difference_reading, is_missing
from .text import TOKEN_RE, fold, load_article, normalise_term

__all__ = [
    "FEATURES",
    "FUNCTION_WORDS",
    "KEYNESS_COLUMNS",
    "MEASURE_COLUMNS",
    "Comparison",
    "analyze_path",
    "compare",
    "compare_groups",
    "differences",
    "direction_keyness",
    "group_comparisons",
    "group_sides",
    "keyness",
    "word_counts",
]

#: What keyness counts: words but function words, every word, or the lexicon terms matched.
FEATURES = ("words", "all-words", "terms")
#: Columns of :attr:`Comparison.measures`.
MEASURE_COLUMNS = [
    "measure",
    "a",
    "b",
    "difference",
    "ci_low",
    "ci_high",
    "a_low",
    "a_high",
    "b_low",
    "b_high",
    "n_a",
    "n_b",
    "unit",
    "reading",
]
KEYNESS_COLUMNS = ["term", "count_a", "count_b", "g2", "p"]


def keyness(a: Mapping[str, int], b: Mapping[str, int]) -> pd.DataFrame:
    """Keyness of every term counted in ``a`` or ``b`` (term -> count), A against B.

    Columns :data:`KEYNESS_COLUMNS`: ``g2`` is signed, positive when the term is relatively
    more frequent in A, negative when in B; ``p`` its chi-squared p-value (1 df). Sorted by
    descending ``|g2|``, then term.
    """
    n_a, n_b = sum(a.values()), sum(b.values())
    rows = []
    for term in sorted(set(a) | set(b)):
        ka, kb = int(a.get(term, 0)), int(b.get(term, 0))
        g2 = BigramAssocMeasures.likelihood_ratio(ka, (n_a, ka + kb), n_a + n_b)
        g2 = max(g2, 0.0)  # (NLTK's smoothing constant can leave -1e-19 for a perfect fit)
        if n_b and kb / n_b > (ka / n_a if n_a else 0.0):
            g2 = -g2
        p = math.erfc(math.sqrt(abs(g2) / 2))
        rows.append((term, ka, kb, stable_float(g2), p))
    out = pd.DataFrame(rows, columns=KEYNESS_COLUMNS)
    out = out.astype({"term": "str", "count_a": "int64", "count_b": "int64"})
    order = out.assign(_key=-out["g2"].abs()).sort_values(["_key", "term"], kind="mergesort")
    return order.drop(columns="_key").reset_index(drop=True)


def direction_keyness(matches: pd.DataFrame) -> pd.DataFrame:
    """Keyness of the terms of escalation hits (A) against de-escalation hits (B).

    ``matches`` is a matches frame (one or many documents). Columns: ``term, escalation,
    de-escalation, documents, g2, p``: the term's count in each direction, the number of
    documents it occurs in, and its signed keyness (positive: key for escalation).
    """
    sub = matches[matches["direction"].isin(["escalation", "de-escalation"])]
    cols = ["term", "escalation", "de-escalation", "documents", "g2", "p"]
    if sub.empty:
        return pd.DataFrame({c: [] for c in cols})
    terms = [normalise_term(t) for t in sub["text"].astype("str")]
    sub = sub.assign(term=terms)
    by_direction = {
        d: Counter(sub.loc[sub["direction"] == d, "term"]) for d in ("escalation", "de-escalation")
    }
    key = keyness(by_direction["escalation"], by_direction["de-escalation"])
    documents = sub.groupby("term")["doc_id"].nunique()
    key = key.rename(columns={"count_a": "escalation", "count_b": "de-escalation"})
    key["documents"] = key["term"].map(documents).astype("int64")
    return key[cols]


#: English function words (articles, pronouns, prepositions, conjunctions, auxiliaries and
#: the commonest adverbs), left out of word keyness by default: they differ between any two
#: texts by style and length, and would crowd the top of the list ("his", "in", "that").
FUNCTION_WORDS = frozenset(
    (
        "a an the this that these those there here "
        "i me my mine we us our ours you your yours he him his she her hers it its they them "
        "their theirs who whom whose which what whatever whoever "
        "and or but nor so yet if then than because as while whereas although though unless "
        "of in on at by for with without to from into onto upon about above below over under "
        "after before between among through during since until till against around near off "
        "out up down across along behind beyond via per toward towards within "
        "be am is are was were been being have has had having do does did doing done "
        "will would shall should can could may might must "
        "not no nor only also too very just even still ever never again already "
        "all any both each every few more most other some such own same many much "
        "how when where why whether "
        "it's i'm we're they're he's she's that's there's don't doesn't didn't isn't aren't "
        "wasn't weren't won't can't couldn't wouldn't shouldn't hasn't haven't hadn't"
    ).split()
)


def word_counts(texts: Iterable[str], *, function_words: bool = False) -> Counter[str]:
    """Word frequencies of ``texts``: the package's word tokens (:data:`analysis.text.TOKEN_RE`),
    case-folded, those holding at least one letter (numbers and dates are left out), and
    without :data:`FUNCTION_WORDS` unless ``function_words``."""
    counts: Counter[str] = Counter()
    for text in texts:
        words = (w for w in TOKEN_RE.findall(fold(text)) if _letter(w))
        counts.update(words if function_words else (w for w in words if w not in FUNCTION_WORDS))
    return counts


def _letter(word: str) -> bool:
    return any(c.isalpha() for c in word)


@dataclass(frozen=True)
class _Side:
    """One side of a comparison: its units, its figures' statistics and its words."""

    label: str
    units: dict[str, Columns]
    statistics: tuple[Statistic, ...]
    resampler: Resampler
    sentences: pd.DataFrame
    matches: pd.DataFrame
    lexicon_versions: Mapping[str, Any]

    def counts(self, features: str) -> Counter[str]:
        if features in ("words", "all-words"):
            texts = self.sentences["text"].astype("str")
            return word_counts(texts, function_words=features == "all-words")
        return Counter(normalise_term(t) for t in self.matches["text"].astype("str"))


def _statistics_in(keys: Iterable[str]) -> list[Statistic]:
    """The measures' statistics whose figure is among ``keys`` (a summary's keys or columns)."""
    present = set(keys)
    return [s for m in MEASURES for s in m.statistics if s.key in present]


def _side(result: Any, label: str, n_resamples: int) -> _Side:
    """A side from an :class:`AnalysisResult` or a :class:`CorpusResult`."""
    if isinstance(result, AnalysisResult):
        summary: Mapping[str, Any] = result.summary
        return _document_side(
            label,
            summary,
            result.sentences,
            result.events,
            result.matches,
            n_resamples,
            summary.get("lexicon_versions", {}),
        )
    if isinstance(result, CorpusResult):
        table = result.summary
        if len(table) == 0:
            raise ParameterError(f"side {label!r} has no analysed document to compare.")
        if len(table) == 1:
            return _document_side(
                label,
                table.iloc[0].to_dict(),
                result.sentences,
                result.events,
                result.matches,
                n_resamples,
                result.lexicon_versions,
            )
        stats, resampler = documents_bootstrap(table, n_resamples=n_resamples)
        return _Side(
            label=label,
            units={"documents": Columns.from_frame(table)},
            statistics=tuple(stats),
            resampler=resampler,
            sentences=result.sentences,
            matches=result.matches,
            lexicon_versions=result.lexicon_versions,
        )
    raise ParameterError(
        f"compare() takes results of analysis.analyze or analysis.analyze_corpus, not "
        f"{type(result).__name__} (side {label!r})."
    )


def _document_side(
    label: str,
    summary: Mapping[str, Any],
    sentences: pd.DataFrame,
    events: pd.DataFrame,
    matches: pd.DataFrame,
    n_resamples: int,
    lexicon_versions: Mapping[str, Any],
) -> _Side:
    return _Side(
        label=label,
        units={"sentences": Columns.from_frame(sentences), "events": Columns.from_frame(events)},
        statistics=tuple(_statistics_in(summary)),
        resampler=Resampler(str(summary["input_sha256"]), n_resamples=n_resamples),
        sentences=sentences,
        matches=matches,
        lexicon_versions=dict(lexicon_versions),
    )


@dataclass(frozen=True)
class Comparison:
    """Two sides compared: :attr:`measures` (figures, differences, intervals) and
    :attr:`keyness` (terms key to either side). ``a`` and ``b`` are the sides' labels."""

    a: str
    b: str
    measures: pd.DataFrame
    keyness: pd.DataFrame
    features: str = "words"
    #: The lexicons both sides were measured with (name -> version and sha256).
    lexicon_versions: Mapping[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:
        clear = self.measures[self.measures["reading"].str.startswith(("higher", "lower"))]
        return (
            f"Comparison({self.a!r} vs {self.b!r}: {len(self.measures)} figures, "
            f"{len(clear)} differ beyond their 95% interval; {len(self.keyness)} {self.features})"
        )

    def _repr_html_(self) -> str:
        return comparison_html(self)

    def sides(self) -> pd.DataFrame:
        """Each side's figures with their 95% intervals, one row per side and figure:
        ``group, measure, value, low, high`` (for :func:`analysis.plots.group_intervals`)."""
        rows = []
        for r in self.measures.itertuples(index=False):
            rows.append((self.a, r.measure, r.a, r.a_low, r.a_high))
            rows.append((self.b, r.measure, r.b, r.b_low, r.b_high))
        return pd.DataFrame(rows, columns=["group", "measure", "value", "low", "high"])

    def to_dict(self, *, top: int = 50) -> dict[str, Any]:
        """Plain JSON data: the labels, every figure's row, and the ``top`` key terms."""
        return {
            "a": self.a,
            "b": self.b,
            "features": self.features,
            "measures": _records(self.measures),
            "keyness": _records(self.keyness.head(top)),
        }


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    out = []
    for row in frame.to_dict("records"):
        out.append({k: _plain(v) for k, v in row.items()})
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, float | np.floating):
        return None if math.isnan(value) else stable_float(value)
    if isinstance(value, np.integer):
        return int(value)
    return value


def compare(
    a: AnalysisResult | CorpusResult,
    b: AnalysisResult | CorpusResult,
    *,
    labels: Sequence[str] | None = None,
    features: str = "words",
    n_resamples: int = N_RESAMPLES,
) -> Comparison:
    """Compare two results: an article against an article, a corpus against a corpus, or one
    against the other.

    Args:
        a: the first side (:func:`analysis.analyze` or :func:`analysis.analyze_corpus`).
        b: the second side.
        labels: the sides' names in tables and reports (default: the doc_id of an article,
            ``"A"``/``"B"`` for corpora).
        features: what keyness counts: ``"words"`` (every word but :data:`FUNCTION_WORDS`),
            ``"all-words"`` (every word) or ``"terms"`` (lexicon hits).
        n_resamples: bootstrap resamples per side.

    Returns a :class:`Comparison`: ``measures`` with :data:`MEASURE_COLUMNS` (``difference``
    is ``a - b``; ``ci_low``/``ci_high`` its 95% percentile-bootstrap interval from resampling
    each side on its own; ``None`` when a side has fewer than two units) and ``keyness`` with
    ``term, count_a, count_b, g2, p`` (``g2`` positive: key to A).
    """
    if features not in FEATURES:
        raise ParameterError(f"features must be one of {', '.join(FEATURES)}, not {features!r}.")
    names = list(labels) if labels is not None else [_default_label(a, "A"), _default_label(b, "B")]
    if len(names) != 2:
        raise ParameterError(f"labels must name the two sides, not {len(names)} of them.")
    if names[0] == names[1]:
        names = [f"{names[0]} (A)", f"{names[1]} (B)"]
    side_a = _side(a, str(names[0]), n_resamples)
    side_b = _side(b, str(names[1]), n_resamples)
    return _compare_sides(side_a, side_b, features)


def _default_label(result: Any, fallback: str) -> str:
    if isinstance(result, AnalysisResult):
        return str(result.summary.get("doc_id", fallback))
    return fallback


def _compare_sides(a: _Side, b: _Side, features: str) -> Comparison:
    if dict(a.lexicon_versions) != dict(b.lexicon_versions):
        raise ParameterError(
            f"{a.label!r} and {b.label!r} were analysed with different lexicons "
            f"({sorted(a.lexicon_versions)} against {sorted(b.lexicon_versions)}, or other "
            "versions); analyse both with the same lexicons to compare them."
        )
    keys_b = {s.key for s in b.statistics}
    rows = []
    for stat_a in a.statistics:
        if stat_a.key not in keys_b:
            continue
        stat_b = next(s for s in b.statistics if s.key == stat_a.key)
        units_a, units_b = a.units[stat_a.unit], b.units[stat_b.unit]
        est_a, est_b = stat_a.estimate(units_a), stat_b.estimate(units_b)
        reps_a = a.resampler.replicates(stat_a, units_a)
        reps_b = b.resampler.replicates(stat_b, units_b)
        diff = stable_float(est_a - est_b)
        n_a, n_b = units_a.n, units_b.n
        ci_a = percentile_interval(reps_a, n_units=n_a) if reps_a is not None else None
        ci_b = percentile_interval(reps_b, n_units=n_b) if reps_b is not None else None
        ci = None
        if reps_a is not None and reps_b is not None:
            # expanded as for the smaller side: the difference is no surer than its less
            # informed side (a conservative choice for two samples)
            ci = percentile_interval(reps_a - reps_b, n_units=min(n_a, n_b))
        unit = stat_a.unit if stat_a.unit == stat_b.unit else f"{stat_a.unit} / {stat_b.unit}"
        rows.append(
            {
                "measure": stat_a.key,
                "a": stable_float(est_a),
                "b": stable_float(est_b),
                "difference": diff,
                "ci_low": _end(ci, 0),
                "ci_high": _end(ci, 1),
                "a_low": _end(ci_a, 0),
                "a_high": _end(ci_a, 1),
                "b_low": _end(ci_b, 0),
                "b_high": _end(ci_b, 1),
                "n_a": units_a.n,
                "n_b": units_b.n,
                "unit": unit,
                "reading": difference_reading(diff, ci),
            }
        )
    measures = pd.DataFrame(rows, columns=MEASURE_COLUMNS)
    measures = measures.astype(
        {c: "float64" for c in MEASURE_COLUMNS[1:10]} | {"n_a": "int64", "n_b": "int64"}
    )
    key = keyness(a.counts(features), b.counts(features))
    return Comparison(
        a=a.label,
        b=b.label,
        measures=measures,
        keyness=key,
        features=features,
        lexicon_versions=dict(a.lexicon_versions),
    )


def _end(interval: list[float] | None, i: int) -> float:
    return float("nan") if interval is None else interval[i]


def compare_groups(
    result: CorpusResult,
    groups: str | Mapping[str, Any] | pd.Series,
    a: Any,
    b: Any = None,
    *,
    features: str = "words",
    n_resamples: int = N_RESAMPLES,
) -> Comparison:
    """Compare two groups of one corpus: the documents labelled ``a`` against those labelled
    ``b`` (``None``: every other document).

    Args:
        result: a corpus result (:func:`analysis.analyze_corpus`).
        groups: each document's group: a column of ``result.summary``, a mapping from
            ``doc_id`` to group, or a Series indexed by ``doc_id`` (a metadata column).
        a: the first group's label.
        b: the second group's label; ``None`` compares ``a`` with the rest.
        features: what keyness counts (``"words"``, ``"all-words"`` or ``"terms"``).
        n_resamples: bootstrap resamples per side.
    """
    labels = _group_labels(result, groups)
    ids_a = [d for d, g in labels.items() if g == a]
    ids_b = [d for d, g in labels.items() if (g != a if b is None else g == b)]
    for name, ids in ((a, ids_a), ("the rest" if b is None else b, ids_b)):
        if not ids:
            raise ParameterError(f"group {name!r} has no analysed document.")
    names = [str(a), f"not {a}" if b is None else str(b)]
    return compare(
        result.subset(ids_a),
        result.subset(ids_b),
        labels=names,
        features=features,
        n_resamples=n_resamples,
    )


def _group_labels(result: CorpusResult, groups: Any) -> dict[str, Any]:
    """``doc_id -> group`` for every analysed document that has a group."""
    docs = result.summary["doc_id"].astype("str").tolist()
    if isinstance(groups, str):
        if groups not in result.summary.columns:
            raise ParameterError(
                f"the corpus summary has no column {groups!r}; pass a mapping from doc_id to "
                "group, or a Series of the metadata column indexed by doc_id."
            )
        column = result.summary[groups].tolist()
        return {d: g for d, g in zip(docs, column, strict=True) if not is_missing(g)}
    if isinstance(groups, pd.Series):
        groups = groups.to_dict()
    if not isinstance(groups, Mapping):
        raise ParameterError(
            f"groups must be a column name, a mapping or a Series, not {type(groups).__name__}."
        )
    mapping = {str(k): v for k, v in groups.items()}
    return {d: mapping[d] for d in docs if d in mapping and not is_missing(mapping[d])}


def group_comparisons(
    result: CorpusResult,
    groups: str | Mapping[str, Any] | pd.Series,
    *,
    features: str = "words",
    n_resamples: int = N_RESAMPLES,
) -> dict[Any, Comparison]:
    """Each group against the rest of the corpus (:func:`compare_groups`), by group label in
    sorted order; with exactly two groups, the first against the second only."""
    labels = sorted(set(_group_labels(result, groups).values()), key=str)
    if len(labels) < 2:
        return {}
    if len(labels) == 2:
        first, second = labels
        return {
            first: compare_groups(
                result, groups, first, second, features=features, n_resamples=n_resamples
            )
        }
    return {
        g: compare_groups(result, groups, g, features=features, n_resamples=n_resamples)
        for g in labels
    }


#: File suffixes read as one article by :func:`analyze_path`; anything else is a corpus.


def analyze_path(
    path: str | os.PathLike[str],
    *,
    lexicons: Any = None,
    text_column: str = "text",
    id_column: str = "doc_id",
    norms: Any = None,
) -> AnalysisResult | CorpusResult:
    """One side of a comparison from a path: a ``.txt`` or ``.html`` file is one article
    (:func:`analysis.analyze`), a folder of ``.txt`` files or a ``.csv``/``.jsonl``/
    ``.parquet`` table a corpus (:func:`analysis.analyze_corpus`)."""
    p = Path(path)
    if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES:
        return analyze(load_article(p), lexicons=lexicons, norms=norms)
    return analyze_corpus(
        p,
        lexicons=lexicons,
        text_column=text_column,
        id_column=id_column,
        norms=norms,
        progress=False,
    )


def group_sides(comparisons: Mapping[Any, Comparison]) -> pd.DataFrame:
    """The groups' figures with their intervals (``group, measure, value, low, high``), each
    group once, from :func:`group_comparisons`: for one group against the rest, its own side;
    for two groups, both."""
    frames = []
    for comp in comparisons.values():
        sides = comp.sides()
        frames.append(sides if len(comparisons) == 1 else sides[sides["group"] == comp.a])
    if not frames:
        return pd.DataFrame(columns=["group", "measure", "value", "low", "high"])
    return pd.concat(frames, ignore_index=True)


def differences(comparisons: Mapping[Any, Comparison]) -> pd.DataFrame:
    """Every comparison's :attr:`Comparison.measures`, stacked, with a ``comparison`` column
    ("wire vs paper")."""
    frames = [
        c.measures.assign(comparison=f"{c.a} vs {c.b}")[["comparison", *MEASURE_COLUMNS]]
        for c in comparisons.values()
    ]
    if not frames:
        return pd.DataFrame(columns=["comparison", *MEASURE_COLUMNS])
    return pd.concat(frames, ignore_index=True)
