"""The article as HTML with its cues highlighted, and escaped HTML tables.

Everything taken from an article is escaped (``html.escape``): an article containing
``<script>`` or ``<img onerror=...>`` shows as text. Escalation terms are vermillion,
de-escalation terms bluish green (the Okabe–Ito pair that colour-blind readers can tell
apart), hedges are underlined; hovering shows each cue's lexicon, category and weight.
"""

from __future__ import annotations

import bisect
import html
import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from .intervals import INTERVAL_SUFFIX
from .readings import (
    format_interval,
    index_and_score_reading,
    lean_reading,
    percentile_reading,
    summary_readings,
)

__all__ = [
    "CSS",
    "annotate_article",
    "comparison_table",
    "figures_table",
    "highlight",
    "index_and_score_reading",
    "kwic_table_html",
    "language_banner_html",
    "lean_reading",
    "legend_html",
    "summary_card_html",
    "summary_readings",
    "table_html",
    "terms_in_context",
]

CSS = """
<style>
.cn-article { font-family: Georgia, 'Times New Roman', serif; font-size: 15px;
  line-height: 1.65; max-width: 46em; }
.cn-article p { margin: 0 0 0.9em 0; }
.cn-article .pid { color: #888; font: 11px sans-serif; margin-right: 0.5em; }
.cn-esc { background: #D55E0026; border-bottom: 2px solid #D55E00; }
.cn-deesc { background: #009E7326; border-bottom: 2px solid #009E73; }
.cn-hedge { text-decoration: underline dotted #CC79A7 2px; text-underline-offset: 3px; }
.cn-other { background: #F0E44233; }
.cn-legend span { margin-right: 1.2em; font: 13px sans-serif; }
.cn-table { border-collapse: collapse; font: 13px sans-serif; max-width: 100%; }
.cn-table td, .cn-table th { padding: 3px 8px; border-bottom: 1px solid #ddd;
  text-align: left !important; vertical-align: top; white-space: normal;
  overflow-wrap: break-word; }
.cn-table th { background: #f4f4f4; }
.cn-card { display: grid; grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
  gap: 0.6em; font: 14px sans-serif; max-width: 60em; }
.cn-card div { border: 1px solid #ddd; border-radius: 6px; padding: 0.6em 0.8em; }
.cn-card b { display: block; font-size: 20px; }
.cn-card small { color: #555; }
.cn-banner { background: #FFF3CD; border: 1px solid #E69F00; border-radius: 6px;
  padding: 0.6em 0.8em; font: 14px sans-serif; max-width: 60em; }
.cn-card i { display: block; font-style: normal; color: #333; font-size: 13px;
  margin-bottom: 0.3em; }
.cn-note { font: 12px sans-serif; color: #555; max-width: 60em; }
.cn-kwic td.cn-left, .cn-kwic th.cn-left { text-align: right !important; }
.cn-kwic td.cn-kw { font-weight: bold; white-space: nowrap; }
</style>
"""


def _css_class(lexicon: str, direction: object, hedge_lexicons: Iterable[str]) -> str:
    if direction == "escalation":
        return "cn-esc"
    if direction == "de-escalation":
        return "cn-deesc"
    if lexicon in set(hedge_lexicons):
        return "cn-hedge"
    return "cn-other"


def _describe(row: Mapping[str, Any]) -> str:
    parts = [f"{row['lexicon']}: {row['category']}"]
    if isinstance(row.get("direction"), str):
        parts.append(str(row["direction"]))
    parts.append(f"weight {float(row['weight']):g}")
    if bool(row.get("negated", False)):
        parts.append("negated")
    return " · ".join(parts)


def highlight(
    text: str,
    start: int,
    end: int,
    matches: pd.DataFrame,
    *,
    hedge_lexicons: Sequence[str] = ("hedging",),
) -> str:
    """HTML of ``text[start:end]`` with the matches inside it wrapped in classed spans.

    Overlapping matches (a hedge inside an escalation phrase) are handled by cutting the text
    at every match boundary and giving each piece the classes of all matches covering it.
    """
    inside = matches[(matches["start"] >= start) & (matches["end"] <= end)]
    return _highlight_rows(text, start, end, inside.to_dict("records"), frozenset(hedge_lexicons))


def _highlight_rows(
    text: str, start: int, end: int, rows: list[dict[str, Any]], hedge_lexicons: frozenset[str]
) -> str:
    # One sweep over the cut points, keeping the matches that cover the current piece: linear
    # in the number of matches (times how many overlap), not quadratic, so a long paragraph
    # with thousands of cues (a 1 MB line) renders in about a second.
    cuts = sorted({start, end, *(r["start"] for r in rows), *(r["end"] for r in rows)})
    order = sorted(range(len(rows)), key=lambda i: rows[i]["start"])
    active: dict[int, dict[str, Any]] = {}
    nxt = 0
    out = []
    for a, b in itertools.pairwise(cuts):
        while nxt < len(order) and rows[order[nxt]]["start"] <= a:
            active[order[nxt]] = rows[order[nxt]]
            nxt += 1
        for i in [i for i, r in active.items() if r["end"] <= a]:
            del active[i]
        piece = html.escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        covering = [active[i] for i in sorted(active)]  # in the order of the matches frame
        classes = sorted(
            {_css_class(r["lexicon"], r.get("direction"), hedge_lexicons) for r in covering}
        )
        title = html.escape(" | ".join(_describe(r) for r in covering))
        out.append(f'<span class="{" ".join(classes)}" title="{title}">{piece}</span>')
    return "".join(out)


def annotate_article(
    text: str,
    paragraphs: Sequence[Any],
    matches: pd.DataFrame,
    *,
    hedge_lexicons: Sequence[str] = ("hedging",),
) -> str:
    """The whole article, paragraph by paragraph, with every cue highlighted (escaped HTML)."""
    rows = sorted(matches.to_dict("records"), key=lambda r: r["start"])
    starts = [r["start"] for r in rows]
    hedges = frozenset(hedge_lexicons)
    body = []
    for i, p in enumerate(paragraphs):
        lo, hi = bisect.bisect_left(starts, p.start), bisect.bisect_left(starts, p.end)
        own = [r for r in rows[lo:hi] if r["end"] <= p.end]
        body.append(
            f'<p><span class="pid">P{i + 1}</span>'
            f"{_highlight_rows(text, p.start, p.end, own, hedges)}</p>"
        )
    return f'{CSS}{legend_html()}<div class="cn-article">{"".join(body)}</div>'


def legend_html() -> str:
    """The colour key for :func:`annotate_article`."""
    return (
        '<div class="cn-legend"><span class="cn-esc">escalation term</span>'
        '<span class="cn-deesc">de-escalation term</span>'
        '<span class="cn-hedge">hedge</span>'
        "<span>(hover a cue for its category and weight)</span></div>"
    )


def table_html(df: pd.DataFrame, *, float_format: str = "{:.3f}") -> str:
    """An escaped, wrapping HTML table (no index) for report output. Column names may break
    after an underscore (a zero-width space), so long names do not squeeze the text."""
    formatters = {c: float_format.format for c in df.columns if pd.api.types.is_float_dtype(df[c])}
    df = df.rename(columns=lambda c: str(c).replace("_", "_\u200b"))
    formatters = {str(c).replace("_", "_\u200b"): f for c, f in formatters.items()}
    table = df.to_html(
        index=False,
        escape=True,
        classes="cn-table",
        border=0,
        formatters=formatters,
        na_rep="",
        justify="left",
    )
    return CSS + table


def summary_card_html(summary: dict) -> str:
    """The summary card: one box per headline number, with its 95% interval and its reading
    (the percentile against the reference news corpus included), all escaped."""
    boxes = "".join(
        f"<div><small>{html.escape(label)}</small><b>{html.escape(value)}</b>"
        + (f"<i>95% interval {html.escape(interval)}</i>" if interval else "")
        + f"{html.escape(reading)}</div>"
        for label, value, interval, reading in summary_readings(summary)
    )
    ref = summary.get("percentiles_reference") or {}
    note = (
        "<p class='cn-note'>Intervals: 95% percentile bootstrap over the article's sentences "
        "(events for the escalation index); a lean or a tone is only called when its interval "
        "excludes 0. Percentiles: against "
        f"{html.escape(_reference_name(ref))}.</p>"
    )
    return f'{CSS}{language_banner_html(summary)}<div class="cn-card">{boxes}</div>{note}'


def language_banner_html(summary: dict) -> str:
    """A warning banner when the article is not in English (``summary["language"]``), else ""."""
    from .language import is_non_english, language_name

    lang = summary.get("language", "en")
    if not is_non_english(lang):
        return ""
    return (
        '<p class="cn-banner"><b>Not English:</b> this article looks like '
        f"{html.escape(language_name(lang))} ({html.escape(lang)}, confidence "
        f"{summary['language_confidence']:.2f}). The lexicons and sentiment engines only know "
        "English, so the numbers below are not meaningful.</p>"
    )


def _reference_name(reference: dict) -> str:
    if not reference:
        return "no reference corpus"
    return f"{reference.get('n_documents', '?')} reference news articles ({reference.get('name')})"


def kwic_table_html(kwic: pd.DataFrame) -> str:
    """Keyword-in-context rows (a ``term`` column plus :func:`analysis.frames.kwic_frame`'s) as
    one escaped table: term, left context (right-aligned), keyword, right context, sentence."""
    rows = []
    for r in kwic.itertuples(index=False):
        rows.append(
            f"<tr><td>{html.escape(str(r.term))}</td>"
            f'<td class="cn-left">{html.escape(str(r.pre))}</td>'
            f'<td class="cn-kw">{html.escape(str(r.keyword))}</td>'
            f"<td>{html.escape(str(r.post))}</td><td>{int(r.sentence_id)}</td></tr>"
        )
    head = (
        "<tr><th>term</th><th class='cn-left'>left context</th><th>keyword</th>"
        "<th>right context</th><th>sentence</th></tr>"
    )
    return f'{CSS}<table class="cn-table cn-kwic">{head}{"".join(rows)}</table>'


def figures_table(summary: dict) -> pd.DataFrame:
    """Every headline figure with its 95% interval, its percentile against the reference news
    corpus and that percentile in words: ``figure, value, 95% interval, percentile, reading``."""
    pct = summary.get("percentiles", {}) or {}
    ref = summary.get("percentiles_reference")
    rows = []
    for key, value in summary.items():
        if key + INTERVAL_SUFFIX not in summary:
            continue
        p = pct.get(key)
        rows.append(
            (
                key,
                f"{value:.3f}",
                format_interval(summary[key + INTERVAL_SUFFIX], ".3f"),
                "" if p is None else f"{p:.1f}",
                percentile_reading(p, ref) if key in pct else "",
            )
        )
    return pd.DataFrame(rows, columns=["figure", "value", "95% interval", "percentile", "reading"])


def comparison_table(comparison: Any, *, measures: Sequence[str] | None = None) -> pd.DataFrame:
    """A comparison's figures for display: each side with its interval, the difference A − B
    with its interval, and the reading (``higher``/``lower`` only when that interval excludes
    0). ``measures``: which figures (default: all)."""
    m = comparison.measures
    if measures is not None:
        m = m[m["measure"].isin(measures)]
    rows = []
    for r in m.itertuples(index=False):
        rows.append(
            (
                r.measure,
                f"{r.a:+.3f} {format_interval([r.a_low, r.a_high], '+.3f')}",
                f"{r.b:+.3f} {format_interval([r.b_low, r.b_high], '+.3f')}",
                f"{r.difference:+.3f} {format_interval([r.ci_low, r.ci_high], '+.3f')}",
                f"{r.n_a} / {r.n_b} {r.unit}",
                r.reading,
            )
        )
    columns = ["figure", f"A: {comparison.a}", f"B: {comparison.b}", "A − B", "units", "reading"]
    return pd.DataFrame(rows, columns=columns)


def terms_in_context(
    article: Any, matches: pd.DataFrame, terms: Sequence[str], *, window: int = 6
) -> pd.DataFrame:
    """Every match of each of ``terms`` (normalised, as in ``res.terms``) in context, the
    rows :func:`kwic_table_html` shows: ``term`` ("strike (2×)": the term and its count),
    then :func:`analysis.frames.kwic_frame`'s columns. The keywords are the matched words
    themselves, so a term's rows are exactly its count."""
    from .frames import kwic_frame
    from .text import normalise_term

    normalised = matches["text"].astype("str").map(normalise_term)
    frames = []
    for term in dict.fromkeys(terms):
        hits = matches[normalised == term]
        spans = list(zip(hits["start"].astype(int), hits["end"].astype(int), strict=True))
        if spans:
            kw = kwic_frame(article, spans=spans, window=window)
            frames.append(kw.assign(term=f"{term} ({len(spans)}×)"))
    if not frames:
        return pd.DataFrame(
            columns=["term", "doc_id", "sentence_id", "start", "end", "pre", "keyword", "post"]
        )
    return pd.concat(frames, ignore_index=True)
