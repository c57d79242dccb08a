"""Every DataFrame the package returns, built in one place, with fixed columns and dtypes.

Frames are built once per batch of documents, column by column (pandas costs about the same for
one document as for hundreds), and their columns and dtypes never depend on the data: an
empty frame has the same columns as a full one, so results do not depend on how a corpus was
cut into chunks. Every table is keyed by ``doc_id`` and, below the document, by
``sentence_id`` and character offsets ``start``/``end`` into the article's text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .document import DocumentRecords
from .errors import ParameterError
from .files import stable_float
from .html import PAGE_METADATA
from .intervals import INTERVAL_SUFFIX
from .matching import Match, compile_pattern
from .measures import sentence_columns
from .text import Article, normalise_term

__all__ = [
    "BASE_COLUMNS",
    "DYAD_COLUMNS",
    "ERROR_COLUMNS",
    "EVENT_COLUMNS",
    "KWIC_COLUMNS",
    "MATCH_COLUMNS",
    "TERM_COLUMNS",
    "dyads_frame",
    "errors_frame",
    "events_frame",
    "frames_from_records",
    "kwic_frame",
    "matches_frame",
    "matches_with_actors",
    "sentence_frame_columns",
    "split_dyads",
    "summary_frame",
    "terms_frame",
]

#: Sentence columns every analysis has, before the measures' own.
BASE_COLUMNS = {
    "doc_id": "str",
    "sentence_id": "int64",
    "paragraph_id": "int64",
    "start": "int64",
    "end": "int64",
    "text": "str",
    "n_tokens": "int64",
}

#: The keys of every row below the document: where it is in which text.
_SPAN_DTYPES = {
    "doc_id": "str",
    "sentence_id": "int64",
    "start": "int64",
    "end": "int64",
    "text": "str",
}
_MATCH_DTYPES = {
    **_SPAN_DTYPES,
    "lexicon": "str",
    "category": "str",
    "pattern": "str",
    "weight": "float64",
    "negated": "bool",
    "direction": "str",
    "rule": "str",
}
MATCH_COLUMNS = list(_MATCH_DTYPES)

_EVENT_DTYPES = {
    "doc_id": "str",
    "event_id": "int64",
    **{k: v for k, v in _SPAN_DTYPES.items() if k != "doc_id"},
    "lexicon": "str",
    "category": "str",
    "direction": "str",
    "weight": "float64",
    "negated": "bool",
    "modality": "str",
    "terms": "str",
    "rule": "str",
    "source": "str",
    "target": "str",
    "source_text": "str",
    "source_start": "Int64",
    "source_end": "Int64",
    "target_text": "str",
    "target_start": "Int64",
    "target_end": "Int64",
    "dyads": "str",
}
EVENT_COLUMNS = list(_EVENT_DTYPES)
#: The event columns that say who acts on whom (:mod:`analysis.actors`).
_ACTOR_COLUMNS = EVENT_COLUMNS[EVENT_COLUMNS.index("source") :]
#: How a dyad is written in the events' ``dyads`` column ("RUS>UKR"; "-" for no actor).
DYAD_ARROW = ">"
_DYAD_DTYPES = {
    "doc_id": "str",
    "source": "str",
    "target": "str",
    "events": "int64",
    "escalation_events": "int64",
    "deescalation_events": "int64",
    "score": "float64",
}
DYAD_COLUMNS = list(_DYAD_DTYPES)
#: How the terms of an event are joined in the ``terms`` column.
TERM_SEPARATOR = " | "

TERM_COLUMNS = ["lexicon", "category", "term", "count", "per_1000_tokens"]
KWIC_COLUMNS = ["doc_id", "sentence_id", "start", "end", "pre", "keyword", "post"]
ERROR_COLUMNS = ["doc_id", "path", "error"]


def sentence_frame_columns() -> dict[str, str]:
    """The sentence frame's columns and dtypes: :data:`BASE_COLUMNS`, then each measure's."""
    return {**BASE_COLUMNS, **sentence_columns()}


def _typed(data: Mapping[str, Sequence[Any]], dtypes: Mapping[str, str]) -> pd.DataFrame:
    """A frame with exactly ``dtypes``' columns, in order, each converted to its dtype."""
    columns = {}
    for col, dtype in dtypes.items():
        values = data[col]
        if dtype in ("int64", "float64"):
            columns[col] = np.asarray(values, dtype=dtype)
        elif dtype == "bool":
            columns[col] = np.asarray(values, dtype=bool)
        else:
            columns[col] = pd.array(values, dtype=dtype)
    return pd.DataFrame(columns, columns=list(dtypes))


def frames_from_records(
    records: Iterable[DocumentRecords],
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """``(sentences, matches, events, terms)`` for one or many documents, rows in input order."""
    records = list(records)
    dtypes = sentence_frame_columns()
    sentences = _typed(
        {
            "doc_id": [r.doc_id for r in records for _ in r.columns["sentence_id"]],
            **{c: [v for r in records for v in _column(r, c)] for c in list(dtypes)[1:]},
        },
        dtypes,
    )
    matches = matches_frame(
        [m for r in records for m in r.matches],
        doc_id=[r.doc_id for r in records for _ in r.matches],
    )
    events = events_frame(
        [(r.doc_id, i, e) for r in records for i, e in enumerate(r.events)],
    )
    terms = terms_frame(matches, {r.doc_id: r.n_tokens for r in records})
    if len(records) > 1 and len(terms):
        # terms_frame sorts by doc_id; put the documents back in input order (stable, so each
        # document keeps its lexicon, category, count, term order).
        position: dict[str, int] = {}
        for i, r in enumerate(records):
            position.setdefault(r.doc_id, i)
        order = terms["doc_id"].map(position).to_numpy()
        terms = terms.iloc[order.argsort(kind="stable")].reset_index(drop=True)
    return sentences, matches, events, terms


def _column(records: DocumentRecords, name: str) -> list[Any]:
    """A sentence column of one document; None for each sentence when the measure was off."""
    values = records.columns.get(name)
    if values is None:
        return [None] * len(records.columns["sentence_id"])
    return values


def matches_frame(matches: Sequence[Match], *, doc_id: str | Sequence[str]) -> pd.DataFrame:
    """One row per hit with :data:`MATCH_COLUMNS` and fixed dtypes (also when empty).

    ``doc_id`` is one id for every hit, or one per hit. ``direction`` is missing when the
    category declares none; ``rule`` names the context rules that changed the hit, if any.
    """
    doc_ids = [doc_id] * len(matches) if isinstance(doc_id, str) else list(doc_id)
    if len(doc_ids) != len(matches):
        raise ParameterError(
            f"doc_id has {len(doc_ids)} items but there are {len(matches)} matches; pass one "
            "doc_id, or one per match."
        )
    data = {"doc_id": doc_ids, **{c: [getattr(m, c) for m in matches] for c in MATCH_COLUMNS[1:]}}
    return _typed(data, _MATCH_DTYPES)


def events_frame(events: Sequence[tuple[str, int, Any]]) -> pd.DataFrame:
    """One row per event (``(doc_id, event_id, Event)`` triples) with :data:`EVENT_COLUMNS`.

    ``terms`` holds the texts of the hits that make the event, joined by ``" | "``; ``rule``
    the context rules that changed its strongest hit. ``source``/``target`` are actor codes
    (missing when the text names none), each with its mention's text and offsets;
    ``dyads`` lists every source>target pair the event reports, joined by ``" | "``.
    """
    data: dict[str, list[Any]] = {c: [] for c in EVENT_COLUMNS}
    plain = [c for c in EVENT_COLUMNS[2:] if c != "terms" and c not in _ACTOR_COLUMNS]
    for doc_id, event_id, e in events:
        data["doc_id"].append(doc_id)
        data["event_id"].append(event_id)
        data["terms"].append(TERM_SEPARATOR.join(e.terms))
        for c in plain:
            data[c].append(getattr(e, c))
        for role in ("source", "target"):
            span = getattr(e, f"{role}_span")
            data[role].append(getattr(e, role))
            data[f"{role}_text"].append(getattr(e, f"{role}_text"))
            data[f"{role}_start"].append(None if span is None else span[0])
            data[f"{role}_end"].append(None if span is None else span[1])
        data["dyads"].append(
            TERM_SEPARATOR.join(f"{s or '-'}{DYAD_ARROW}{t or '-'}" for s, t in e.dyads)
            if e.dyads
            else None
        )
    return _typed(data, _EVENT_DTYPES)


def split_dyads(dyads: str) -> list[tuple[str | None, str | None]]:
    """The ``(source, target)`` pairs of an events frame's ``dyads`` cell (``"RUS>UKR |
    USA>-"``: ``-`` is a side no actor is named for, None here)."""
    out = []
    for pair in dyads.split(TERM_SEPARATOR):
        s, _, t = pair.partition(DYAD_ARROW)
        out.append((None if s == "-" else s, None if t == "-" else t))
    return out


def dyads_frame(events: pd.DataFrame) -> pd.DataFrame:
    """One row per document and source -> target pair (:data:`DYAD_COLUMNS`), from an events
    frame: how many events, how many escalate or de-escalate, and their summed signed weight
    (``score``: escalation positive). An event with several pairs ("Russia and Ukraine
    exchanged strikes") counts once for each; pairs with no actor on one side keep a missing
    value there; events that name no actor are left out."""
    rows: dict[tuple[str, str | None, str | None], list[float]] = {}
    if len(events):
        cols = [events[c].tolist() for c in ("doc_id", "dyads", "direction", "weight")]
        for doc_id, dyads, direction, weight in zip(*cols, strict=True):
            if not isinstance(dyads, str):
                continue
            esc = direction == "escalation"
            for s, t in split_dyads(dyads):
                key = (doc_id, s, t)
                acc = rows.setdefault(key, [0, 0, 0, 0.0])
                acc[0] += 1
                acc[1 if esc else 2] += 1
                acc[3] += weight if esc else -weight
    data: dict[str, list[Any]] = {c: [] for c in DYAD_COLUMNS}
    for (doc_id, s, t), (n, esc_n, de_n, score) in rows.items():
        for c, v in zip(
            DYAD_COLUMNS, (doc_id, s, t, n, esc_n, de_n, stable_float(score)), strict=True
        ):
            data[c].append(v)
    return _typed(data, _DYAD_DTYPES)


def matches_with_actors(matches: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """``matches`` with the ``source`` and ``target`` of the event each hit belongs to (its
    clause, direction and category; missing for hits that make no event, such as hedges)."""
    keys = ["doc_id", "sentence_id", "category", "direction"]
    ev = events[[*keys, "start", "end", "source", "target"]].rename(
        columns={"start": "_ev_start", "end": "_ev_end"}
    )
    joined = matches.reset_index().merge(ev, on=keys, how="left")
    inside = (joined["_ev_start"] <= joined["start"]) & (joined["start"] < joined["_ev_end"])
    found = joined[inside.fillna(False).astype(bool)].drop_duplicates("index").set_index("index")
    out = matches.copy()
    for col in ("source", "target"):
        out[col] = found[col].reindex(out.index).astype("str")
    return out


def terms_frame(matches_df: pd.DataFrame, n_tokens: int | Mapping[str, int]) -> pd.DataFrame:
    """Term frequencies: lexicon, category, term, count, per_1000_tokens.

    ``term`` is the matched text normalised (:func:`analysis.text.normalise_term`). With an
    ``int``, counts pool all rows against that many tokens. With a mapping of
    ``doc_id -> n_tokens`` the counts are per document and a leading ``doc_id`` column is
    added. Sorted by (doc_id,) lexicon, category, descending count, term.
    """
    per_doc = isinstance(n_tokens, Mapping)
    keys = (["doc_id"] if per_doc else []) + ["lexicon", "category"]
    columns = keys + TERM_COLUMNS[2:]
    if matches_df.empty:
        empty = {c: pd.Series([], dtype="str") for c in [*keys, "term"]}
        empty["count"] = pd.Series([], dtype="int64")
        empty["per_1000_tokens"] = pd.Series([], dtype="float64")
        return pd.DataFrame(empty)[columns]
    terms = [normalise_term(t) for t in matches_df["text"].astype("str")]
    df = matches_df[keys].astype("str").assign(term=pd.array(terms, dtype="str"))
    counts = df.groupby([*keys, "term"], sort=False).size().reset_index(name="count")
    if per_doc:
        missing = sorted(set(counts["doc_id"]) - set(map(str, n_tokens)))
        if missing:
            raise ParameterError(f"n_tokens has no entry for doc_id {missing[0]!r}.")
        totals = counts["doc_id"].map({str(k): v for k, v in n_tokens.items()}).astype("int64")
    else:
        totals = pd.Series(int(n_tokens), index=counts.index, dtype="int64")
    safe = totals.where(totals > 0, 1)
    counts["count"] = counts["count"].astype("int64")
    counts["per_1000_tokens"] = (counts["count"] * 1000 / safe).where(totals > 0, 0.0)
    counts = counts.sort_values(
        [*keys, "count", "term"],
        ascending=[True] * len(keys) + [False, True],
        kind="mergesort",
    )
    return counts[columns].reset_index(drop=True)


def kwic_frame(
    article: Article,
    pattern: str | None = None,
    *,
    spans: Iterable[tuple[int, int]] = (),
    window: int = 5,
) -> pd.DataFrame:
    """Keyword in context (quanteda's ``kwic``): :data:`KWIC_COLUMNS`.

    Keywords are the occurrences of ``pattern`` (a word, glob or phrase, case-insensitive,
    whole words) in the article's sentences, plus any ``(start, end)`` in ``spans`` (for
    instance the rows of a matches frame). ``pre``/``post`` hold up to ``window`` tokens of
    context from the keyword's own sentence.
    """
    if window < 0:
        raise ParameterError(f"window must be 0 or more tokens, not {window}.")
    found = {(int(s), int(e)) for s, e in spans}
    text = article.text
    if pattern is not None:
        try:
            rx = compile_pattern(pattern)
        except ValueError as exc:
            raise ParameterError(
                f"kwic pattern '{pattern}' is not a word, glob or phrase: {exc}."
            ) from None
        for s in article.sentences:
            found.update(m.span() for m in rx.finditer(text, s.start, s.end))
    elif not found:
        raise ParameterError("kwic needs a pattern or (start, end) spans.")
    tokens = article.tokens
    rows = []
    for start, end in sorted(found):
        sid = article.sentence_of(start)
        sentence = article.sentences[sid]
        pre_toks = tokens.between(sentence.start, start)[-window:] if window else []
        post_toks = tokens.between(end, sentence.end, limit=window) if window else []
        pre = text[pre_toks[0][0] : start].strip() if pre_toks else ""
        post = text[end : post_toks[-1][1]].strip() if post_toks else ""
        rows.append((article.doc_id, sid, start, end, pre, text[start:end], post))
    out = pd.DataFrame(rows, columns=KWIC_COLUMNS)
    dtypes = dict.fromkeys(KWIC_COLUMNS, "str")
    dtypes.update({"sentence_id": "int64", "start": "int64", "end": "int64"})
    return out.astype(dtypes)


#: Summary keys whose value is a dict or None, flattened to these sub-keys and dtypes either
#: way, so that a document's summary row does not depend on the other documents of its chunk.
_OPTIONAL_DICTS = {
    "escalation_turning_point": {
        "sentence_id": "Int64",
        "offset": "Int64",
        "from": "str",
        "to": "str",
    },
}


#: Summary keys that hold text or nothing (page metadata, language): always string columns, so
#: that a chunk where every value is missing writes the same Parquet type as any other.
_TEXT_KEYS = (*PAGE_METADATA, "language", "source_format", "source_sha256", "encoding")

#: Suffix of the summary keys holding an interval ``[low, high]`` (or None).


def summary_frame(summaries: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """One row per document; nested values flattened to ``key.subkey`` columns.

    Lexicon versions are the same for every row, so they are left out (a corpus result keeps
    them once). ``escalation_turning_point`` (a dict, or None when the balance never turns)
    always gives the same four columns, missing values when None. An interval
    ``<figure>_ci95: [low, high]`` gives two float columns ``<figure>_ci95_low`` and
    ``<figure>_ci95_high`` (NaN when there is none), and percentiles are floats, so the
    columns' dtypes never depend on the documents of a chunk.
    """
    flat = []
    dtypes: dict[str, str] = {}
    for s in summaries:
        row: dict[str, Any] = {}
        for key, value in s.items():
            if key in ("lexicon_versions", "gazetteer_versions"):
                continue
            if key.endswith(INTERVAL_SUFFIX):
                for i, end in enumerate(("low", "high")):
                    row[f"{key}_{end}"] = np.nan if value is None else float(value[i])
                    dtypes[f"{key}_{end}"] = "float64"
                continue
            if key == "percentiles":
                for k, v in value.items():
                    row[f"{key}.{k}"] = np.nan if v is None else float(v)
                    dtypes[f"{key}.{k}"] = "float64"
                continue
            subkeys = _OPTIONAL_DICTS.get(key)
            if subkeys is not None:
                for sub, dtype in subkeys.items():
                    row[f"{key}.{sub}"] = None if value is None else value[sub]
                    dtypes[f"{key}.{sub}"] = dtype
            else:
                _flatten(row, key, value)
        flat.append(row)
    frame = pd.DataFrame(flat)
    for col, dtype in dtypes.items():
        frame[col] = frame[col].astype(dtype)
    for col in _TEXT_KEYS:
        if col in frame.columns:
            frame[col] = frame[col].astype("str")
    return frame


def _flatten(row: dict[str, Any], key: str, value: Any) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _flatten(row, f"{key}.{k}", v)
    else:
        row[key] = value


def errors_frame(errors: Sequence[tuple[str, str | None, str]]) -> pd.DataFrame:
    """Documents that could not be analysed: :data:`ERROR_COLUMNS` (``path``: the file, or
    the table and row, the document came from; missing for documents given in memory)."""
    return pd.DataFrame(list(errors), columns=ERROR_COLUMNS, dtype="str")
