"""Plain-English readings of the numbers, decided by their intervals.

One place for the words every view uses (the summary card, a result's ``_repr_html_``, the
reports, comparisons), so that they cannot disagree. The rule throughout: a lean, a tone or a
difference is only called when its 95% interval excludes 0; otherwise the reading says
"balanced" or "no clear difference". Percentiles read as "higher than 82% of reference news
articles" (or, below the median, "lower than 70%").
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from .intervals import INTERVAL_SUFFIX

__all__ = [
    "difference_reading",
    "format_interval",
    "index_and_score_reading",
    "is_missing",
    "lean_reading",
    "percentile_reading",
    "sentiment_reading",
    "summary_readings",
]


def _interval(summary: Mapping[str, Any], key: str) -> list[float] | None:
    """``summary[key_ci95]`` (a document summary) or ``key_ci95_low``/``_high`` (a row of a
    corpus summary frame), None when missing."""
    ci_key = key + INTERVAL_SUFFIX
    ci = summary.get(ci_key)
    if ci is None and f"{ci_key}_low" in summary:
        ci = [summary[f"{ci_key}_low"], summary[f"{ci_key}_high"]]
    if ci is None or len(ci) != 2 or any(is_missing(x) for x in ci):
        return None
    return [float(ci[0]), float(ci[1])]


def is_missing(x: Any) -> bool:
    """Whether ``x`` is no value: None or a float NaN (how summaries and frames say it)."""
    return x is None or (isinstance(x, float) and math.isnan(x))


def format_interval(interval: Sequence[float] | None, spec: str = ".2f") -> str:
    """``"[-0.30, 0.17]"`` with ``spec`` applied to each end, or ``"no interval"``."""
    if interval is None or any(is_missing(x) for x in interval):
        return "no interval"
    lo, hi = interval
    return f"[{format(lo, spec)}, {format(hi, spec)}]"


def _includes_zero(interval: Sequence[float]) -> bool:
    return interval[0] <= 0.0 <= interval[1]


def lean_reading(summary: Mapping[str, Any], *, interval: bool = True) -> str:
    """Which way the escalation index leans, called only when its interval excludes 0:
    'leans escalation: 12 escalation vs 3 de-escalation events (95% interval [+0.27, +0.87])',
    'balanced: 15 escalation vs 15 de-escalation events (95% interval [-0.40, +0.33] includes
    0)', or too few events to tell. ``interval=False`` leaves the interval's numbers out."""
    e = int(summary.get("escalation_events", 0))
    d = int(summary.get("deescalation_events", 0))
    counts = f"{e} escalation vs {d} de-escalation events"
    if e + d == 0:
        return "no escalation or de-escalation events"
    ci = _interval(summary, "escalation_index")
    if ci is None:
        return f"{counts}: too few events to call a lean"
    shown = f"95% interval {format_interval(ci, '+.2f')}" if interval else "its interval"
    if _includes_zero(ci):
        return f"balanced: {counts} ({shown} includes 0)"
    side = "escalation" if ci[0] > 0 else "de-escalation"
    return f"leans {side}: {counts}" + (f" ({shown})" if interval else "")


def sentiment_reading(summary: Mapping[str, Any]) -> str:
    """The tone of the sentence mean, called only when its interval excludes 0."""
    n = summary.get("n_sentences", 0)
    ci = _interval(summary, "sentiment")
    where = f"VADER, mean of {n} sentences"
    if ci is None:
        return f"too few sentences for an interval ({where})"
    if ci[1] < 0:
        return f"negative on average ({where})"
    if ci[0] > 0:
        return f"positive on average ({where})"
    return f"no clear tone: its interval includes 0 ({where})"


def percentile_reading(percentile: float | None, reference: Mapping[str, Any] | None = None) -> str:
    """'higher than 82% of reference news articles' (below the median: 'lower than 70% of
    ...'); says so when there is no comparable reference."""
    if is_missing(percentile):
        return "no reference measured with these lexicons"
    assert percentile is not None
    where = "reference news articles"
    if reference and reference.get("n_documents"):
        where = f"the {int(reference['n_documents'])} reference news articles"
    if percentile >= 50:
        return f"higher than {percentile:.0f}% of {where}"
    return f"lower than {100 - percentile:.0f}% of {where}"


def difference_reading(difference: float, interval: Sequence[float] | None) -> str:
    """'higher' or 'lower' (A against B) when the difference's interval excludes 0, else 'no
    clear difference'; 'no interval' when a side had too few units."""
    if interval is None or any(is_missing(x) for x in interval):
        return "no interval"
    if _includes_zero(interval):
        return "no clear difference"
    return "higher" if difference > 0 else "lower"


def index_and_score_reading(summary: Mapping[str, Any], events: Any) -> str:
    """One paragraph reconciling the unweighted index (events counted) with the weighted score
    (their CAMEO/Goldstein weights summed), from the summary and the events frame."""
    e = int(summary.get("escalation_events", 0))
    d = int(summary.get("deescalation_events", 0))
    if e + d == 0:
        return "No escalation or de-escalation events, so the index and the score are both 0."
    index, score = summary["escalation_index"], summary["escalation_score"]
    weights = {}
    for direction in ("escalation", "de-escalation"):
        w = events.loc[events["direction"] == direction, "weight"]
        weights[direction] = float(w.mean()) if len(w) else 0.0
    mean_e, mean_d = weights["escalation"], weights["de-escalation"]
    if abs(mean_e - mean_d) < 0.05:
        why = f"the events of both sides weigh about the same (mean {mean_e:.1f})"
    else:
        heavier = "escalation" if mean_e > mean_d else "de-escalation"
        why = (
            f"the {heavier} events are heavier on average (escalation {mean_e:.1f}, "
            f"de-escalation {mean_d:.1f} on the 0-10 scale)"
        )
    return (
        f"The escalation index counts events: {e} escalation against {d} de-escalation gives "
        f"(E - D) / (E + D) = {index:+.2f}, each event counting once. The escalation score "
        f"weighs each event by its CAMEO/Goldstein intensity and sums them over the sentences: "
        f"{score:+.1f}, because {why}. The index says how often the article reports each "
        "direction; the score how much weight those reports carry."
    )


def summary_readings(summary: Mapping[str, Any]) -> list[tuple[str, str, str, str]]:
    """The headline numbers as ``(label, value, 95% interval, reading)``; the reading adds
    the percentile against the reference corpus when there is one."""
    pct = summary.get("percentiles", {}) or {}
    ref = summary.get("percentiles_reference")

    def with_percentile(reading: str, key: str) -> str:
        if key not in pct:
            return reading
        return f"{reading}; {percentile_reading(pct[key], ref)}"

    rows = [
        (
            "sentiment",
            f"{summary['sentiment']:+.2f}",
            format_interval(_interval(summary, "sentiment"), "+.2f"),
            with_percentile(sentiment_reading(summary), "sentiment"),
        ),
        (
            "subjectivity",
            f"{summary['textblob_subjectivity']:.2f}",
            format_interval(_interval(summary, "textblob_subjectivity"), ".2f"),
            with_percentile(
                "0 = factual, 1 = opinionated (TextBlob, sentence mean)", "textblob_subjectivity"
            ),
        ),
    ]
    if "hedge_cues" in summary:
        rows.append(
            (
                "hedging",
                f"{summary['hedge_density']:.1f} / 100 words",
                format_interval(_interval(summary, "hedge_density"), ".1f"),
                with_percentile(
                    f"{summary['hedge_cues']} hedge cues; "
                    f"{100 * summary['hedged_sentence_share']:.0f}% of sentences hedged",
                    "hedge_density",
                ),
            )
        )
    if "escalation_index" in summary:
        rows.append(
            (
                "escalation index",
                f"{summary['escalation_index']:+.2f}",
                format_interval(_interval(summary, "escalation_index"), "+.2f"),
                with_percentile(lean_reading(summary, interval=False), "escalation_index"),
            )
        )
    rows.append(
        (
            "length",
            f"{summary['n_tokens']} words",
            "",
            f"{summary['n_sentences']} sentences in {summary['n_paragraphs']} paragraphs",
        )
    )
    return rows
