"""Figures of who acts on whom: the dyad matrix, the reciprocity timeline, dyads over time.

Same style as :mod:`analysis.plots` (its palette: escalation vermillion, de-escalation bluish
green). Each function takes the package's frames and returns a matplotlib ``Figure``.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .dyads import NO_ACTOR_LABEL, dyad_matrix, event_dyads
from .plots import COLORS, WIDTH

__all__ = ["dyad_matrix_plot", "dyads_over_time", "reciprocity_timeline"]

_DIRECTIONS = (("escalation_events", "escalation"), ("deescalation_events", "de-escalation"))


def dyad_matrix_plot(dyads: pd.DataFrame, *, title: str = "Who acts on whom") -> Figure:
    """Two matrices, source (rows) -> target (columns): escalation and de-escalation events.

    ``dyads`` is a dyads frame (:func:`analysis.frames.dyads_frame`), one or many documents.
    """
    df = dyads.assign(
        source=dyads["source"].fillna(NO_ACTOR_LABEL), target=dyads["target"].fillna(NO_ACTOR_LABEL)
    )
    sources = sorted(set(df["source"]))
    targets = sorted(set(df["target"]))
    fig, axes = plt.subplots(1, 2, figsize=(WIDTH, 0.5 * max(len(sources), 3) + 1.8))
    for ax, (col, label) in zip(axes, _DIRECTIONS, strict=True):
        grid = dyad_matrix(dyads, value=col).reindex(index=sources, columns=targets).fillna(0)
        values = grid.to_numpy(dtype=float)
        cmap = plt.matplotlib.colors.LinearSegmentedColormap.from_list(
            label, ["#FFFFFF", COLORS[label]]
        )
        ax.imshow(values, cmap=cmap, vmin=0, vmax=max(values.max(), 1), aspect="auto")
        for (i, j), v in np.ndenumerate(values):
            if v:
                ax.text(j, i, f"{v:g}", ha="center", va="center", fontsize=9)
        ax.set_xticks(range(len(targets)), targets, rotation=45, ha="right")
        ax.set_yticks(range(len(sources)), sources)
        ax.set_xlabel("target")
        ax.set_ylabel("source")
        ax.set_title(f"{label} events")
    fig.suptitle(title)
    fig.tight_layout()
    return fig


def reciprocity_timeline(events: pd.DataFrame, *, title: str = "Who acts on whom, along the "
                         "article") -> Figure:  # fmt: skip
    """Each event that names an actor along the article: an arrow from its source's row to its
    target's row at its sentence, coloured by direction; an event with one side unnamed is a
    dot on the named side's row."""
    pairs = event_dyads(events)
    actors = sorted(set(pairs["source"].dropna()) | set(pairs["target"].dropna()))
    row = {a: i for i, a in enumerate(actors)}
    fig, ax = plt.subplots(figsize=(WIDTH, 0.6 * max(len(actors), 2) + 1.6))
    for rec in pairs.itertuples(index=False):
        color = COLORS.get(rec.direction, COLORS["neutral"])
        x = rec.sentence_id
        src, tgt = rec.source, rec.target
        if isinstance(src, str) and isinstance(tgt, str) and src != tgt:
            ax.annotate(
                "",
                xy=(x, row[tgt]),
                xytext=(x, row[src]),
                arrowprops={"arrowstyle": "-|>", "color": color, "lw": 1.6},
            )
        else:
            named = src if isinstance(src, str) else tgt
            marker = "o" if isinstance(src, str) else "v"
            ax.plot([x], [row[named]], marker=marker, color=color, linestyle="none")
    ax.set_yticks(range(len(actors)), actors)
    ax.set_ylim(-0.6, max(len(actors) - 0.4, 0.6))
    n = int(events["sentence_id"].max()) + 1 if len(events) else 1
    ax.set_xlim(-0.5, n - 0.5)
    ax.set_xlabel("sentence")
    ax.set_ylabel("actor")
    handles = [
        plt.Line2D([], [], color=COLORS[d], lw=2, label=d) for d in ("escalation", "de-escalation")
    ]
    handles.append(plt.Line2D([], [], color="#555555", marker="o", linestyle="none",
                              label="source only"))  # fmt: skip
    handles.append(plt.Line2D([], [], color="#555555", marker="v", linestyle="none",
                              label="target only"))  # fmt: skip
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    ax.grid(axis="x", color=COLORS["grid"])
    ax.set_title(title)
    fig.tight_layout()
    return fig


def dyads_over_time(
    dyads: pd.DataFrame, *, time: str = "date", top: int = 6, title: str = "Dyads over time"
) -> Figure:
    """Escalation minus de-escalation events of the ``top`` most active source -> target pairs
    per ``time`` value (a date column joined from the corpus metadata, or any ordered column)."""
    df = dyads[dyads["source"].notna() & dyads["target"].notna()].copy()
    df["pair"] = df["source"] + " → " + df["target"]
    df["net"] = df["escalation_events"] - df["deescalation_events"]
    busiest = df.groupby("pair")["events"].sum().sort_values(ascending=False).head(top).index
    fig, ax = plt.subplots(figsize=(WIDTH, 3.6))
    for pair in sorted(busiest):
        series = df[df["pair"] == pair].groupby(time)["net"].sum().sort_index()
        ax.plot(series.index, series.to_numpy(), marker="o", label=pair)
    ax.axhline(0, color=COLORS["neutral"], lw=0.8)
    ax.set_xlabel(time)
    ax.set_ylabel("escalation − de-escalation events")
    ax.set_title(title)
    if len(busiest):
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig
