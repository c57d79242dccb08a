"""Small HTML views of results for Jupyter (``_repr_html_``), every text escaped.

Jupyter shows an object's ``_repr_html_`` as live HTML, so anything that comes from an
article (its id, its words) goes through :func:`html.escape` here: an article holding
``<script>`` shows as text. The views are compact: headline figures with their 95% intervals
and percentiles, counts, and the most frequent or most key terms.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from .intervals import INTERVAL_SUFFIX
from .readings import format_interval, percentile_reading

__all__ = ["HEADLINE", "comparison_html", "corpus_html", "result_html"]

#: The figures a view shows, with their labels and number formats, in order.
HEADLINE: tuple[tuple[str, str, str], ...] = (
    ("sentiment", "sentiment", "+.3f"),
    ("textblob_subjectivity", "subjectivity", ".2f"),
    ("hedge_density", "hedges / 100 words", ".2f"),
    ("hedged_sentence_share", "hedged sentences", ".2f"),
    ("escalation_index", "escalation index", "+.2f"),
    ("escalation_score", "escalation score", "+.1f"),
)

_TABLE = 'style="border-collapse:collapse;font-size:13px;margin:4px 0"'
_CELL = 'style="padding:2px 10px;text-align:left;border-bottom:1px solid #ddd"'
_HEAD = 'style="padding:2px 10px;text-align:left;border-bottom:1px solid #999"'


def _e(value: Any) -> str:
    return html.escape(str(value))


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """An HTML table; cells are already escaped HTML."""
    head = "".join(f"<th {_HEAD}>{_e(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td {_CELL}>{cell}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table {_TABLE}><tr>{head}</tr>{body}</table>"


def _figure_rows(
    values: Mapping[str, Any],
    intervals: Mapping[str, Any],
    percentiles: Mapping[str, Any] | None,
    reference: Mapping[str, Any] | None,
) -> list[list[str]]:
    rows = []
    for key, label, spec in HEADLINE:
        if key not in values:
            continue
        row = [
            _e(label),
            _e(format(float(values[key]), spec)),
            _e(format_interval(intervals.get(key), spec)),
        ]
        if percentiles is not None:
            p = percentiles.get(key)
            row.append(_e(percentile_reading(p, reference)) if key in percentiles else "")
        rows.append(row)
    return rows


def _terms_line(terms: pd.DataFrame, *, top: int) -> str:
    """'escalation: strike (3), attack (2) · hedging: may (4)': top terms per lexicon."""
    if terms is None or terms.empty:
        return "<p>No lexicon terms matched.</p>"
    pooled = terms.groupby(["lexicon", "term"], sort=False)["count"].sum().reset_index()
    parts = []
    for lexicon, sub in pooled.groupby("lexicon", sort=True):
        sub = sub.sort_values(["count", "term"], ascending=[False, True]).head(top)
        listed = ", ".join(
            f"{_e(t)} ({int(c)})" for t, c in zip(sub["term"], sub["count"], strict=True)
        )
        parts.append(f"<i>{_e(lexicon)}</i>: {listed}")
    return "<p>Top terms: " + " · ".join(parts) + "</p>"


def result_html(
    summary: Mapping[str, Any], *, n_matches: int, n_events: int, terms: pd.DataFrame, top: int = 5
) -> str:
    """One article's view: counts, headline figures with intervals and percentiles, top terms."""
    intervals = {k: summary.get(k + INTERVAL_SUFFIX) for k, _, _ in HEADLINE}
    reference = summary.get("percentiles_reference")
    head = (
        f"<p><b>AnalysisResult</b> <code>{_e(summary.get('doc_id', ''))}</code>: "
        f"{int(summary.get('n_sentences', 0))} sentences, {int(summary.get('n_tokens', 0))} "
        f"words, {n_matches} matches, {n_events} events</p>"
    )
    header = ["figure", "value", "95% interval", "against the reference"]
    rows = _figure_rows(summary, intervals, summary.get("percentiles", {}), reference)
    return f"<div>{head}{_table(header, rows)}{_terms_line(terms, top=top)}</div>"


def corpus_html(
    *,
    n_documents: int,
    n_failed: int,
    where: str,
    means: Mapping[str, float],
    intervals: Mapping[str, Any],
    terms: pd.DataFrame,
    top: int = 5,
) -> str:
    """A corpus's view: counts, the mean article's figures with intervals (resampling
    articles), top terms."""
    head = (
        f"<p><b>CorpusResult</b>: {n_documents} documents analysed, {n_failed} failed "
        f"({_e(where)})</p>"
    )
    header = ["figure (mean over articles)", "value", "95% interval"]
    rows = _figure_rows(means, intervals, None, None)
    return f"<div>{head}{_table(header, rows)}{_terms_line(terms, top=top)}</div>"


def comparison_html(comparison: Any, *, top: int = 10) -> str:
    """A comparison's view: the headline figures (:data:`HEADLINE`) on each side with the
    difference and its interval, and the most key terms of each side."""
    a, b = _e(comparison.a), _e(comparison.b)
    m = comparison.measures
    shown = {key for key, _, _ in HEADLINE}
    rows = []
    for r in m[m["measure"].isin(shown)].itertuples(index=False):
        rows.append(
            [
                _e(r.measure),
                _e(f"{r.a:+.3f}"),
                _e(f"{r.b:+.3f}"),
                _e(f"{r.difference:+.3f}"),
                _e(format_interval([r.ci_low, r.ci_high], "+.3f")),
                _e(r.reading),
            ]
        )
    table = _table(["figure", comparison.a, comparison.b, "A − B", "95% interval", "reading"], rows)
    key = comparison.keyness
    parts = []
    for label, side in ((a, key[key["g2"] > 0]), (b, key[key["g2"] < 0])):
        listed = ", ".join(
            f"{_e(t)} (G² {abs(g):.1f})"
            for t, g in zip(side["term"].head(top), side["g2"].head(top), strict=True)
        )
        parts.append(f"<p>Key to <b>{label}</b>: {listed or '—'}</p>")
    head = f"<p><b>Comparison</b>: <b>{a}</b> (A) against <b>{b}</b> (B)</p>"
    return f"<div>{head}{table}{''.join(parts)}</div>"
