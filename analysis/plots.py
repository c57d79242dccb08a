"""Figures. Each function takes the package's frames and returns a matplotlib ``Figure``.

One style for every figure: the Okabe–Ito colour-blind-safe palette, labelled axes, a title,
and a width that reads well at notebook width. Escalation is drawn in vermillion and
de-escalation in bluish green (red/green hues that colour-blind readers can still tell apart).
Legends sit outside the axes (below them), never over the data; axes that count things have
whole-number ticks; intervals are drawn as error bars.
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.axis
import matplotlib.dates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .intervals import INTERVAL_SUFFIX, Columns, Resampler, Statistic

__all__ = [
    "COLORS",
    "FIGURE_LABELS",
    "article_intervals",
    "category_bars",
    "escalation_along_article",
    "group_intervals",
    "hedging_along_article",
    "measures_over_time",
    "sentiment_by_sentence",
]

#: Okabe & Ito (2008) palette, safe for the common forms of colour blindness.
COLORS = {
    "vader": "#0072B2",  # blue
    "textblob": "#E69F00",  # orange
    "escalation": "#D55E00",  # vermillion
    "de-escalation": "#009E73",  # bluish green
    "hedging": "#CC79A7",  # reddish purple
    "neutral": "#999999",
    "grid": "#DDDDDD",
}

WIDTH = 9.0  # inches; at 100 dpi fits a notebook or report column without scrolling
#: Paragraph boundaries are marked only up to this many paragraphs: past it the marks are
#: denser than the pixels that would show them (and thousands of artists take minutes to draw).
MAX_PARAGRAPH_MARKS = 40
#: Up to this many sentences, per-sentence counts are bars and scores are full-size markers;
#: past it, one line collection (``vlines``) and small markers, drawn in constant time per
#: point rather than one artist per sentence.
MANY_SENTENCES = 300


def _style(ax: plt.Axes, *, title: str, xlabel: str, ylabel: str) -> None:
    ax.set_title(title, loc="left", fontsize=12, fontweight="bold")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.grid(axis="y", color=COLORS["grid"], linewidth=0.8)
    ax.set_axisbelow(True)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _paragraph_boundaries(ax: plt.Axes, sentences: pd.DataFrame) -> None:
    """Dotted vertical lines between paragraphs, labelled P1, P2, … along the top."""
    firsts = sentences.groupby("paragraph_id", sort=True)["sentence_id"].min()
    if len(firsts) > MAX_PARAGRAPH_MARKS:
        return
    top = ax.get_ylim()[1]
    for pid, sid in firsts.items():
        if sid > sentences["sentence_id"].min():
            ax.axvline(sid - 0.5, color=COLORS["neutral"], linestyle=":", linewidth=1)
        ax.text(sid - 0.4, top, f"P{int(pid) + 1}", fontsize=8, color="#555555", va="top")


def _new(height: float = 3.6) -> tuple[Figure, plt.Axes]:
    fig, ax = plt.subplots(figsize=(WIDTH, height), dpi=100, layout="constrained")
    return fig, ax


def _legend_below(fig: Figure, axes: Sequence[plt.Axes], *, ncols: int = 3) -> None:
    """One legend for ``axes``, outside and below them: it never covers a data point."""
    handles, labels = [], []
    for ax in axes:
        h, lab = ax.get_legend_handles_labels()
        handles += h
        labels += lab
    if handles:
        fig.legend(
            handles, labels, loc="outside lower center", ncols=ncols, fontsize=8, frameon=False
        )


def _integer_ticks(axis: matplotlib.axis.Axis) -> None:
    """Whole-number ticks on an axis that counts things (no 0.5 cue)."""
    axis.set_major_locator(MaxNLocator(integer=True))


def _label(text: object, limit: int = 40) -> str:
    """An article's id as a tick label: shortened, with ``$`` kept literal (not mathtext)."""
    s = str(text)
    s = s if len(s) <= limit else s[: limit - 1] + "…"
    return s.replace("$", r"\$")


def sentiment_by_sentence(sentences: pd.DataFrame, *, smoothing: int = 3) -> Figure:
    """VADER compound and TextBlob polarity for each sentence, with a rolling mean of VADER."""
    fig, ax = _new()
    x = sentences["sentence_id"]
    size = 6 if len(sentences) <= MANY_SENTENCES else 1.5
    ax.axhline(0, color="#444444", linewidth=0.8)
    ax.plot(
        x, sentences["vader_compound"], "o", ms=size, color=COLORS["vader"], label="VADER compound"
    )
    ax.plot(
        x,
        sentences["textblob_polarity"],
        "s",
        ms=size,
        color=COLORS["textblob"],
        label="TextBlob polarity",
    )
    if smoothing > 1 and len(sentences) > 1:
        rolled = sentences["vader_compound"].rolling(smoothing, center=True, min_periods=1)
        ax.plot(
            x,
            rolled.mean(),
            color=COLORS["vader"],
            linewidth=2,
            alpha=0.6,
            label=f"VADER, {smoothing}-sentence mean",
        )
    ax.set_ylim(-1.05, 1.15)
    _style(ax, title="Sentiment, sentence by sentence", xlabel="sentence", ylabel="score (−1 … 1)")
    _paragraph_boundaries(ax, sentences)
    _legend_below(fig, [ax])
    return fig


def hedging_along_article(sentences: pd.DataFrame, *, smoothing: int = 3) -> Figure:
    """Hedge cues per sentence (bars) and per 100 tokens (rolling line)."""
    fig, ax = _new()
    x = sentences["sentence_id"]
    cues = sentences["hedge_cues"].fillna(0).astype(float)
    if len(sentences) <= MANY_SENTENCES:
        ax.bar(x, cues, color=COLORS["hedging"], alpha=0.8, label="hedge cues")
    else:
        ax.vlines(x, 0, cues, color=COLORS["hedging"], alpha=0.8, label="hedge cues")
    density = 100 * cues / sentences["n_tokens"].clip(lower=1)
    rolled = density.rolling(max(smoothing, 1), center=True, min_periods=1).mean()
    ax2 = ax.twinx()
    ax2.plot(x, rolled, color="#333333", linewidth=2, label="cues per 100 tokens (rolling)")
    ax2.set_ylabel("cues per 100 tokens")
    ax2.spines["top"].set_visible(False)
    ax.set_ylim(0, max(cues.max(), 1) * 1.25)
    _style(ax, title="Hedging along the article", xlabel="sentence", ylabel="hedge cues")
    _integer_ticks(ax.yaxis)
    _paragraph_boundaries(ax, sentences)
    _legend_below(fig, [ax, ax2])
    return fig


def escalation_along_article(sentences: pd.DataFrame, *, smoothing: int = 3) -> Figure:
    """Signed escalation score per sentence (points) with a smoothed line; >0 escalation."""
    fig, ax = _new()
    x = sentences["sentence_id"]
    score = sentences["escalation_score"].fillna(0).astype(float)
    colors = [
        COLORS["escalation"] if s > 0 else COLORS["de-escalation"] if s < 0 else COLORS["neutral"]
        for s in score
    ]
    ax.axhline(0, color="#444444", linewidth=0.8)
    dot = 36 if len(sentences) <= MANY_SENTENCES else 4
    ax.scatter(x, score, c=colors, s=dot, zorder=3, label="sentence score")
    rolled = score.rolling(max(smoothing, 1), center=True, min_periods=1).mean()
    ax.plot(x, rolled, color="#333333", linewidth=2, label=f"{smoothing}-sentence mean")
    lim = max(abs(score).max(), 1.0) * 1.2
    ax.set_ylim(-lim, lim)
    _style(
        ax,
        title="Escalation (up) versus de-escalation (down) along the article",
        xlabel="sentence",
        ylabel="weighted score",
    )
    _paragraph_boundaries(ax, sentences)
    _legend_below(fig, [ax])
    return fig


def category_bars(
    matches: pd.DataFrame, *, lexicon: str, directions: Sequence[str] | None = None
) -> Figure:
    """Matches per category of one lexicon, horizontal bars coloured by direction."""
    sub = matches[matches["lexicon"] == lexicon]
    counts = sub.groupby(["category", "direction"], dropna=False).size().reset_index(name="n")
    counts = counts.sort_values(["n", "category"], ascending=[True, False])
    fig, ax = _new(height=max(2.2, 0.35 * len(counts) + 1.2))
    colors = [COLORS.get(str(d), COLORS["hedging"]) for d in counts["direction"]]
    ax.barh(counts["category"].astype(str), counts["n"], color=colors)
    for y, n in enumerate(counts["n"]):
        ax.text(n + 0.05, y, str(int(n)), va="center", fontsize=8)
    _style(ax, title=f"{lexicon}: matches per category", xlabel="matches", ylabel="")
    ax.grid(axis="x", color=COLORS["grid"])
    ax.grid(axis="y", visible=False)
    _integer_ticks(ax.xaxis)
    if directions:
        from matplotlib.patches import Patch

        fig.legend(
            handles=[Patch(color=COLORS[d], label=d) for d in directions],
            loc="outside lower center",
            ncols=len(directions),
            fontsize=8,
            frameon=False,
        )
    return fig


def measures_over_time(table: pd.DataFrame, *, measures: Sequence[str]) -> Figure:
    """Each measure's daily mean over the articles' ``date`` column, one panel per measure,
    with the 95% interval of each day's mean (resampling that day's articles; none for a day
    with one article) as error bars."""
    dated = table.assign(date=pd.to_datetime(table["date"], errors="coerce")).dropna(
        subset=["date"]
    )
    days = dated.groupby(dated["date"].dt.floor("D"))
    fig, axes = plt.subplots(
        len(measures),
        1,
        figsize=(WIDTH, 2.4 * len(measures)),
        dpi=100,
        sharex=True,
        layout="constrained",
        squeeze=False,
    )
    for ax, col in zip(axes[:, 0], measures, strict=True):
        x, y, lo, hi = [], [], [], []
        for day, rows in days:
            values = rows[col].astype("float64").dropna()
            if not len(values):
                continue
            mean, ci = _mean_interval(values, seed=f"{day}:{col}")
            x.append(day)
            y.append(mean)
            lo.append(mean - ci[0] if ci else 0.0)
            hi.append(ci[1] - mean if ci else 0.0)
        ax.errorbar(
            x, y, yerr=[lo, hi], fmt="o-", color=COLORS["vader"], ecolor="#777777", capsize=3
        )
        ax.axhline(0, color="#444444", linewidth=0.8)
        _style(ax, title=col.replace("_", " "), xlabel="", ylabel="daily mean")
        ax.xaxis.set_major_locator(matplotlib.dates.AutoDateLocator())
    axes[-1, 0].set_xlabel("date (error bars: 95% interval of the day's mean)")
    return fig


def _mean_interval(values: pd.Series, *, seed: str) -> tuple[float, list[float] | None]:
    """The mean of ``values`` and its 95% bootstrap interval (the package's one bootstrap)."""
    stat = Statistic("mean", "documents", "value")
    units = Columns({"value": values.to_numpy()}, len(values))
    figures = Resampler(seed).figures([stat], {"documents": units})
    return figures["mean"], figures["mean" + INTERVAL_SUFFIX]


#: Readable names of the headline figures, for axis labels.
FIGURE_LABELS = {
    "sentiment": "sentiment (VADER, sentence mean)",
    "vader_compound": "VADER compound (sentence mean)",
    "textblob_polarity": "TextBlob polarity (sentence mean)",
    "textblob_subjectivity": "subjectivity (TextBlob, sentence mean)",
    "hedge_density": "hedge cues per 100 words",
    "hedged_sentence_share": "share of hedged sentences",
    "escalation_index": "escalation index (events, −1 … +1)",
    "escalation_score": "escalation score (weighted sum)",
}


def article_intervals(
    table: pd.DataFrame,
    measure: str,
    *,
    label_column: str = "doc_id",
    reference: Sequence[float] | None = None,
    limit: int = 40,
) -> Figure:
    """Each article's ``measure`` with its 95% interval (error bars), sorted by value.

    ``table`` is a corpus summary (with ``<measure>_ci95_low``/``_high`` columns). With more
    than ``limit`` articles, the ``limit // 2`` lowest and highest are drawn. ``reference``:
    the reference corpus's values of the measure (:class:`analysis.norms.Norms`), whose middle
    half is shaded.
    """
    low, high = f"{measure}{INTERVAL_SUFFIX}_low", f"{measure}{INTERVAL_SUFFIX}_high"
    rows = table[[label_column, measure, low, high]].dropna(subset=[measure])
    rows = rows.sort_values([measure, label_column], kind="mergesort").reset_index(drop=True)
    n_all = len(rows)
    if n_all > limit:
        rows = pd.concat([rows.head(limit // 2), rows.tail(limit - limit // 2)], ignore_index=True)
    fig, ax = _new(height=max(2.4, 0.28 * len(rows) + 1.6))
    y = np.arange(len(rows))
    value = rows[measure].to_numpy(dtype=float)
    has_ci = rows[low].notna().to_numpy()
    err = np.vstack(
        [
            np.where(has_ci, value - rows[low].fillna(0).to_numpy(dtype=float), 0.0),
            np.where(has_ci, rows[high].fillna(0).to_numpy(dtype=float) - value, 0.0),
        ]
    )
    if reference is not None and len(reference):
        q1, q2, q3 = np.quantile(np.asarray(reference, dtype=float), [0.25, 0.5, 0.75])
        ax.axvspan(q1, q3, color=COLORS["grid"], alpha=0.7, label="middle half of reference news")
        ax.axvline(
            q2, color=COLORS["neutral"], linestyle="--", linewidth=1, label="reference median"
        )
    ax.axvline(0, color="#444444", linewidth=0.8)
    ax.errorbar(
        value,
        y,
        xerr=err,
        fmt="o",
        color=COLORS["vader"],
        ecolor="#555555",
        capsize=3,
        label="article, with its 95% interval",
    )
    if (~has_ci).any():
        ax.plot(
            value[~has_ci],
            y[~has_ci],
            "o",
            mfc="white",
            color=COLORS["vader"],
            label="too few units for an interval",
        )
    ax.set_yticks(y, [_label(v) for v in rows[label_column]], fontsize=8)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    shown = f" ({limit} most extreme of {n_all})" if n_all > limit else ""
    _style(
        ax,
        title=f"{measure.replace('_', ' ')} by article{shown}",
        xlabel=FIGURE_LABELS.get(measure, measure),
        ylabel="",
    )
    ax.xaxis.set_major_locator(MaxNLocator())
    ax.grid(axis="x", color=COLORS["grid"])
    ax.grid(axis="y", visible=False)
    _legend_below(fig, [ax], ncols=4)
    return fig


def group_intervals(sides: pd.DataFrame, *, measures: Sequence[str]) -> Figure:
    """Each group's figures with their 95% intervals, one panel per measure.

    ``sides`` has columns ``group, measure, value, low, high`` (as
    :meth:`analysis.comparison.Comparison.sides` gives); groups are drawn top to bottom in
    their order of appearance.
    """
    groups = list(dict.fromkeys(sides["group"].astype("str")))
    cols = min(len(measures), 3)
    nrows = -(-len(measures) // cols)
    fig, axes = plt.subplots(
        nrows,
        cols,
        figsize=(WIDTH, max(2.0, 0.45 * len(groups) + 1.3) * nrows),
        dpi=100,
        layout="constrained",
        squeeze=False,
    )
    y = np.arange(len(groups))[::-1]
    for i, ax in enumerate(axes.flat):
        if i >= len(measures):
            ax.set_visible(False)
            continue
        measure = measures[i]
        sub = sides[sides["measure"] == measure]
        sub = sub.set_index(sub["group"].astype("str")).reindex(groups)
        value = sub["value"].to_numpy(dtype=float)
        lo = value - sub["low"].to_numpy(dtype=float)
        hi = sub["high"].to_numpy(dtype=float) - value
        err = np.vstack([np.nan_to_num(lo), np.nan_to_num(hi)])
        ax.axvline(0, color="#444444", linewidth=0.8)
        ax.errorbar(value, y, xerr=err, fmt="o", color=COLORS["vader"], ecolor="#555555", capsize=3)
        ax.set_yticks(y, [_label(g, 24) if i % cols == 0 else "" for g in groups], fontsize=8)
        ax.set_ylim(-0.6, len(groups) - 0.4)
        _style(
            ax,
            title=measure.replace("_", " "),
            xlabel=FIGURE_LABELS.get(measure, measure),
            ylabel="",
        )
        ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
        ax.xaxis.label.set_fontsize(8)
        ax.grid(axis="x", color=COLORS["grid"])
        ax.grid(axis="y", visible=False)
    fig.suptitle("95% intervals (error bars)", x=0.01, ha="left", fontsize=9, color="#555555")
    return fig
