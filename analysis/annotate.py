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

__all__ = [
    "CSS",
    "annotate_article",
    "highlight",
    "language_banner_html",
    "lean_reading",
    "legend_html",
    "summary_card_html",
    "summary_readings",
    "table_html",
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
    """An escaped, wrapping HTML table (no index) for report output."""
    formatters = {c: float_format.format for c in df.columns if pd.api.types.is_float_dtype(df[c])}
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


def lean_reading(summary: dict) -> str:
    """'leans escalation: 14 escalation vs 6 de-escalation terms' (or the reverse)."""
    e, d = summary.get("escalation_terms", 0), summary.get("deescalation_terms", 0)
    if e == d == 0:
        return "no escalation or de-escalation terms"
    side = "escalation" if e > d else "de-escalation" if d > e else "neither way"
    verb = "leans" if e != d else "balanced,"
    return f"{verb} {side}: {e} escalation vs {d} de-escalation terms"


def summary_readings(summary: dict) -> list[tuple[str, str, str]]:
    """The headline numbers as ``(label, value, one-line plain-English reading)``."""
    s = summary["sentiment"]
    tone = "negative" if s <= -0.05 else "positive" if s >= 0.05 else "neutral"
    rows = [
        (
            "sentiment",
            f"{s:+.2f}",
            f"{tone} on average (VADER, mean of {summary['n_sentences']} sentences; "
            "±0.05 is VADER's neutral band)",
        ),
        (
            "subjectivity",
            f"{summary['textblob_subjectivity']:.2f}",
            "0 = factual, 1 = opinionated (TextBlob, sentence mean)",
        ),
    ]
    if "hedge_cues" in summary:
        rows.append(
            (
                "hedging",
                f"{summary['hedge_density']:.1f} / 100 words",
                f"{summary['hedge_cues']} hedge cues; "
                f"{100 * summary['hedged_sentence_share']:.0f}% of sentences hedged",
            )
        )
    if "escalation_index" in summary:
        rows.append(
            (
                "escalation index",
                f"{summary['escalation_index']:+.2f}",
                lean_reading(summary) + " (−1 all de-escalation … +1 all escalation)",
            )
        )
    rows.append(
        (
            "length",
            f"{summary['n_tokens']} words",
            f"{summary['n_sentences']} sentences in {summary['n_paragraphs']} paragraphs",
        )
    )
    return rows


def summary_card_html(summary: dict) -> str:
    """The summary card: one box per headline number with its reading (escaped)."""
    boxes = "".join(
        f"<div><small>{html.escape(label)}</small><b>{html.escape(value)}</b>"
        f"{html.escape(reading)}</div>"
        for label, value, reading in summary_readings(summary)
    )
    return f'{CSS}{language_banner_html(summary)}<div class="cn-card">{boxes}</div>'


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
