"""Figures. Each function takes the package's frames and returns a matplotlib ``Figure``.

One style for every figure: the Okabe–Ito colour-blind-safe palette, labelled axes, a title,
and a width that reads well at notebook width. Escalation is drawn in vermillion and
de-escalation in bluish green (red/green hues that colour-blind readers can still tell apart).
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.dates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

__all__ = [
    "COLORS",
    "category_bars",
    "escalation_along_article",
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
    ax.legend(loc="lower left", fontsize=8, frameon=False, ncols=3)
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
    _paragraph_boundaries(ax, sentences)
    handles = ax.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
    ax.legend(handles=handles, loc="upper right", fontsize=8, frameon=False)
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
    ax.legend(loc="best", fontsize=8, frameon=True, framealpha=0.9)
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
    if directions:
        from matplotlib.patches import Patch

        ax.legend(
            handles=[Patch(color=COLORS[d], label=d) for d in directions],
            fontsize=8,
            frameon=False,
            loc="lower right",
        )
    return fig


def measures_over_time(table: pd.DataFrame, *, measures: Sequence[str]) -> Figure:
    """Each measure's daily mean over the articles' ``date`` column, one panel per measure."""
    dated = table.assign(date=pd.to_datetime(table["date"], errors="coerce")).dropna(
        subset=["date"]
    )
    daily = dated.groupby(dated["date"].dt.floor("D"))[list(measures)].mean()
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
        ax.plot(daily.index, daily[col], "o-", color=COLORS["vader"])
        ax.axhline(0, color="#444444", linewidth=0.8)
        _style(ax, title=col.replace("_", " "), xlabel="", ylabel="daily mean")
        ax.xaxis.set_major_locator(matplotlib.dates.AutoDateLocator())
    axes[-1, 0].set_xlabel("date")
    return fig
