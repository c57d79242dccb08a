"""Dyad tables for reports: who acts on whom, over time, and how often an escalation is answered.

Built from the ``events`` and ``dyads`` frames (:func:`analysis.frames.dyads_frame`), for one
article or a corpus; plain pandas, no figures (those are in :mod:`analysis.actorplots`).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from .frames import split_dyads

__all__ = ["NO_ACTOR_LABEL", "RECIPROCITY_COLUMNS", "dyad_matrix", "event_dyads", "reciprocity"]

#: How a missing source or target is shown in tables and figures.
NO_ACTOR_LABEL = "(none)"
RECIPROCITY_COLUMNS = ["source", "target", "escalations", "answered", "reciprocity"]


def event_dyads(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event and source -> target pair it reports (events that name no actor are
    left out): ``doc_id, event_id, sentence_id, start, source, target, direction, weight``,
    in the events' order."""
    cols = ["doc_id", "event_id", "sentence_id", "start", "direction", "weight"]
    rows = []
    named = events[events["dyads"].notna()]
    for rec, dyads in zip(named[cols].itertuples(index=False), named["dyads"], strict=True):
        for s, t in split_dyads(str(dyads)):
            rows.append((*rec[:4], s, t, *rec[4:]))
    out = pd.DataFrame(
        rows,
        columns=[
            "doc_id",
            "event_id",
            "sentence_id",
            "start",
            "source",
            "target",
            "direction",
            "weight",
        ],
    )
    return out.astype({"source": "str", "target": "str", "direction": "str"})


def dyad_matrix(dyads: pd.DataFrame, *, value: str = "score") -> pd.DataFrame:
    """Sources as rows, targets as columns, ``value`` summed over documents (``score``,
    ``events``, ``escalation_events`` or ``deescalation_events``); a missing actor is shown
    as :data:`NO_ACTOR_LABEL`."""
    if dyads.empty:
        return pd.DataFrame(dtype="float64")
    df = dyads.assign(
        source=dyads["source"].fillna(NO_ACTOR_LABEL), target=dyads["target"].fillna(NO_ACTOR_LABEL)
    )
    return df.pivot_table(index="source", columns="target", values=value, aggfunc="sum").fillna(0)


def reciprocity(events: pd.DataFrame, *, order: Sequence[str] | None = None) -> pd.DataFrame:
    """How often an escalation by A against B is answered by one of B against A.

    Escalation events with a named source and a different named target are put in order
    (``order``: columns to sort by first, e.g. a date; then the events' own order); for each
    A -> B escalation, it is *answered* when the next escalation between A and B (either way)
    is B -> A. One row per ordered pair: :data:`RECIPROCITY_COLUMNS`, ``reciprocity`` the
    answered share (0..1).
    """
    if order:
        events = events.sort_values([*order], kind="mergesort")
    pairs = event_dyads(events)
    pairs = pairs[
        (pairs["direction"] == "escalation")
        & pairs["source"].notna()
        & pairs["target"].notna()
        & (pairs["source"] != pairs["target"])
    ]
    counts: dict[tuple[str, str], list[int]] = {}
    last: dict[frozenset[str], tuple[str, str]] = {}
    for s, t in zip(pairs["source"], pairs["target"], strict=True):
        key = frozenset((s, t))
        prev = last.get(key)
        if prev is not None and prev == (t, s):
            counts[prev][1] += 1
        counts.setdefault((s, t), [0, 0])[0] += 1
        last[key] = (s, t)
    rows = [(s, t, n, a, a / n) for (s, t), (n, a) in counts.items()]
    out = pd.DataFrame(rows, columns=RECIPROCITY_COLUMNS)
    return out.sort_values(["escalations", "source", "target"], ascending=[False, True, True],
                           ignore_index=True)  # fmt: skip
