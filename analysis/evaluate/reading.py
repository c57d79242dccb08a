"""A reading check you can repeat: sample what the analyzers flag in real news, judge it by eye,
count precision.

``python -m analysis.evaluate reading sample WIKINEWS.jsonl --kinds KINDS.yaml --seed N --out FILE``
writes a verdict file: for each kind of news (``conflict``, ``general``, ``disaster_crime``; the
kinds are assigned per article in ``KINDS.yaml``), a fixed-seed sample of sentences that the
escalation measure gives a direction or hedging flags (the first by a hash of seed and
sentence, :func:`rank`), each with what the package found:

* ``direction``: the sentence's direction, with ``direction_ok`` to fill in (is that the
  direction of what the sentence reports?);
* ``matches``: every escalation/de-escalation hit, each with ``ok`` (is this word, in its
  clause, an event of that direction?);
* ``hedges``: every hedge cue, each with ``ok`` (is it a hedge of its category here?).

Fill every ``ok`` with ``true`` or ``false`` (``null`` = not judged; ``python -m
analysis.evaluate reading todo FILE`` lists the entries that still hold one), then
``python -m analysis.evaluate reading score FILE --data WIKINEWS.jsonl`` prints precision per
measure and kind, with its 95% Wilson interval (:func:`analysis.evaluate.proportion_interval`:
a sample of 29 hits, 20 right, says 0.51 to 0.83, not 0.69). It re-runs the analysis on every
sampled sentence's article and refuses to score a sentence whose output changed since it was
sampled: verdicts are about what the package says *now*. Several verdict files, each with its
own data (``score A.yaml B.yaml --data A.jsonl B.jsonl``, or one ``--data`` for all), are
scored together: their counts are summed, the figure for several samples read the same way.
``score ... --by-rule`` counts the judged hits instead by the escalation rule that shaped each
(:func:`rule_scores`: ``none``, ``background``, ``frames``, ``negation``...): where to look;
its row ``directions:background`` counts the directions of sentences whose every hit is a
background reference.

``python -m analysis.evaluate reading shares WIKINEWS.jsonl --kinds KINDS.yaml`` counts, per
kind, how many sentences get a direction at all.

``python -m analysis.evaluate reading agree FIRST.yaml --second SECOND.yaml`` compares two
readers' verdicts on the same sample (:func:`agreement`; several samples: ``agree A1.yaml
A2.yaml --second B1.yaml B2.yaml``, paired in order): per kind and measure, the items both judged,
how often they agree, Cohen's kappa and Krippendorff's alpha (NLTK's
``nltk.metrics.agreement``), and the precision each reader gives. A precision read by one
reader is only as good as the verdicts are reproducible; this says how far they are.

``python -m analysis.evaluate reading redraw CURRENT.yaml WIKINEWS.jsonl --kinds KINDS.yaml --seed
N --per-kind N --half H --out NEW.yaml [--earlier OLDER.yaml ...]`` draws a set's sample again
after a change to the package (same seed, size and articles as ``CURRENT.yaml`` was drawn
with): every entry that reads as it did keeps its verdicts; every other takes, item by item,
the verdict its sentence's direction, hit or hedge cue was given in ``CURRENT.yaml`` or an
``--earlier`` round (:func:`carry_verdicts`); what was never judged is left ``null`` to judge.

``python -m analysis.evaluate reading stale [READINGS.txt] --data-root ../shared/data`` draws
every set of the reading check again as it was drawn (``bench/reading_check/readings.txt``: a
set's current verdict file, its data and the arguments of ``sample`` it was drawn with, a line
each; :func:`read_readings`) and prints, per set, how many sentences entered its sample, left
it, or read differently (:func:`staleness`), then the ``redraw`` command of each set that
differs; it exits 1 if any does. Comparing a verdict file's own entries with what the package
says of them would miss the sentences a change moves *into* a sample; drawing it again does not.

``--unread FILE ...`` (with ``sample`` or ``redraw``) leaves out every sentence that an earlier
verdict file of the same data holds (the same article and sentence text): a second sample of
a set whose first is read, of sentences nobody has read.

Articles listed under ``exclude`` in ``KINDS.yaml`` (those the issues' error examples came
from) are never sampled. The other articles are split in two halves by the SHA-256 of their
address (:func:`half_of`): ``--half dev`` is for reading while the rules are written,
``--half final`` for the verdicts the README reports, so that those are taken on articles
nobody tuned on; ``--half all`` samples every article of a set nobody has read while writing
rules. The data may also be a TSV of sentences (``id, ..., text``, ``id`` =
``<piece>_<sentence>``: the NYT editorials set), read as one article per piece. The Wikinews
texts are CC BY 2.5; the verdict files quote single sentences with their article's address.
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import yaml
from nltk.metrics.agreement import AnnotationTask

from analysis.core import analyze
from analysis.evaluate import proportion_interval
from analysis.evaluate.splits import bucket
from analysis.intervals import LEVEL
from analysis.processes import die_with_parent
from analysis.text import load_article

__all__ = [
    "Reading",
    "agreement",
    "carry_verdicts",
    "draw",
    "left_to_judge",
    "main",
    "pooled",
    "rank",
    "read_readings",
    "rule_scores",
    "sample",
    "score",
    "shares",
    "stale",
    "staleness",
]

#: Kinds of news, in the order they are reported.
KINDS = ("conflict", "general", "disaster_crime")


@dataclass(frozen=True)
class Flagged:
    """One sentence the package flagged, with what it found (plain data for the YAML file)."""

    article: str
    date: str
    kind: str
    sentence_id: int
    sentence: str
    direction: str
    matches: list[dict[str, Any]]
    hedges: list[dict[str, Any]]
    #: the rule that shaped each of ``matches`` ("none", "frames", "background+frames"...);
    #: for :func:`rule_scores`, never written to a verdict file
    rules: tuple[str, ...] = ()

    def entry(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "date": self.date,
            "kind": self.kind,
            "sentence_id": self.sentence_id,
            "sentence": self.sentence,
            "direction": self.direction,
            "direction_ok": None,
            "matches": [{**m, "ok": None} for m in self.matches],
            "hedges": [{**h, "ok": None} for h in self.hedges],
        }


def half_of(article_id: str) -> str:
    """``"dev"`` or ``"final"``: the half of the articles ``article_id`` belongs to."""
    # (the salt was chosen for halves of about equal size in every kind: 14/15 conflict
    # articles, 38/31 disaster and crime, 94/96 general)
    return "final" if bucket("reading:" + article_id) < 50 else "dev"


def _read_articles(path: Path) -> dict[str, dict[str, Any]]:
    """Articles by id from ``wikinews.jsonl`` (``id, title, text, date``) or from a TSV of
    sentences (``id, ..., text``, ``id`` = ``<piece>_<sentence>``, such as the NYT editorials
    set), whose pieces become articles: their sentences joined in order. A TSV whose ids have
    no ``_`` (the SemEval headlines) gives one article a row."""
    if path.suffix == ".tsv":
        pieces: dict[str, list[tuple[int, str]]] = defaultdict(list)
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            if not {"id", "text"} <= set(reader.fieldnames or ()):
                raise ValueError(f"{path}: a TSV of sentences needs a header with 'id' and 'text'")
            for row in reader:
                piece, _, n = row["id"].partition("_")
                if not n.isdigit() and n:
                    raise ValueError(f"{path}: id {row['id']!r} is not <piece>_<number>")
                pieces[piece].append((int(n or 0), row["text"]))
        return {
            piece: {"id": piece, "text": " ".join(t for _, t in sorted(sentences))}
            for piece, sentences in pieces.items()
        }
    with path.open(encoding="utf-8") as fh:
        return {row["id"]: row for row in map(json.loads, fh) if row.get("text")}


def _read_kinds(path: Path) -> tuple[dict[str, str], set[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    kinds = {url: kind for kind in KINDS for url in data.get(kind) or ()}
    return kinds, set(data.get("exclude") or ())


def flagged_sentences(article_id: str, row: dict[str, Any], kind: str) -> list[Flagged]:
    """Every sentence of one article that has a direction or a hedge cue, as the package sees
    it now."""
    res = analyze(load_article(text=row["text"], doc_id=article_id))
    out = []
    matches = res.matches
    for s in res.sentences.itertuples():
        here = matches[matches["sentence_id"] == s.sentence_id]
        hits = list(here[here["direction"].notna()].itertuples())
        hedges = here[here["lexicon"] == "hedging"]
        if s.direction == "neutral" and hedges.empty:
            continue
        out.append(
            Flagged(
                article=article_id,
                date=str(row.get("date", ""))[:10],
                kind=kind,
                sentence_id=int(s.sentence_id),
                sentence=s.text,
                direction=s.direction,
                matches=[
                    {"text": m.text, "category": m.category, "direction": m.direction} for m in hits
                ],
                hedges=[{"text": h.text, "category": h.category} for h in hedges.itertuples()],
                rules=tuple(m.rule if isinstance(m.rule, str) else "none" for m in hits),
            )
        )
    return out


def rank(seed: int, article_id: str, sentence_id: int) -> str:
    """A sentence's place in the sample's order: a hash of the seed and the sentence alone, so
    that a change to the package moves into or out of the sample only the sentences whose
    flags it changes (and those at the edge they push), never the others."""
    return hashlib.sha256(f"{seed}:{article_id}:{sentence_id}".encode()).hexdigest()


def sample(
    articles: dict[str, dict[str, Any]],
    kinds: dict[str, str],
    exclude: set[str],
    *,
    seed: int,
    per_kind: int,
    half: str = "final",
    read: Collection[tuple[str, str]] = (),
) -> list[dict[str, Any]]:
    """``per_kind`` sentences with a direction and ``per_kind // 2`` with a hedge cue only, per
    kind (fewer where there are fewer): those first in the order of :func:`rank`, among the
    articles of ``half`` (``"dev"``, ``"final"``, or ``"all"`` for a set nobody has read) and
    the sentences not in ``read`` (``(article, sentence text)`` pairs already judged); as
    verdict-file entries."""
    by_kind: dict[str, list[Flagged]] = defaultdict(list)
    for article_id in sorted(articles):
        kind = kinds.get(article_id)
        if kind is None or article_id in exclude or half not in ("all", half_of(article_id)):
            continue
        by_kind[kind].extend(
            f
            for f in flagged_sentences(article_id, articles[article_id], kind)
            if (f.article, f.sentence) not in read
        )
    entries: list[dict[str, Any]] = []
    for kind in KINDS:
        pool = sorted(by_kind.get(kind, []), key=lambda f: rank(seed, f.article, f.sentence_id))
        directed = [f for f in pool if f.direction != "neutral"]
        hedged = [f for f in pool if f.hedges and f.direction == "neutral"]
        chosen = directed[:per_kind] + hedged[: per_kind // 2]
        entries.extend(f.entry() for f in sorted(chosen, key=lambda f: (f.article, f.sentence_id)))
    return entries


#: The fields that say what an item of an entry is: a hit by its text, category and direction,
#: a hedge cue by its text and category.
_ITEM_FIELDS = {"matches": ("text", "category", "direction"), "hedges": ("text", "category")}


def _output(e: dict[str, Any]) -> tuple[Any, ...]:
    """What the package said about an entry's sentence: its direction, hits and hedge cues."""
    return (
        e["direction"],
        *(
            [tuple(item[f] for f in fields) for item in e[field]]
            for field, fields in _ITEM_FIELDS.items()
        ),
    )


def _key(e: dict[str, Any]) -> tuple[str, int]:
    """An entry's sentence: its article and its place there."""
    return (e["article"], e["sentence_id"])


def _verdicts(items: Iterable[dict[str, Any]]) -> tuple[int, int]:
    judged = [i["ok"] for i in items if i.get("ok") is not None]
    return sum(bool(v) for v in judged), len(judged)


def _as_now(
    entries: Sequence[dict[str, Any]], articles: dict[str, dict[str, Any]]
) -> Iterable[tuple[dict[str, Any], Flagged]]:
    """Each entry with what the package says of its sentence now; :class:`ValueError` naming
    the first entry whose sentence the package now reads differently from when it was
    sampled."""
    cache: dict[str, dict[int, Flagged]] = {}
    for n, e in enumerate(entries, 1):
        if e["article"] not in cache:
            row = articles[e["article"]]
            found = flagged_sentences(e["article"], row, e["kind"])
            cache[e["article"]] = {f.sentence_id: f for f in found}
        now = cache[e["article"]].get(e["sentence_id"])
        if now is None or _output(e) != _output(now.entry()):
            raise ValueError(
                f"entry {n} ({e['article']}, sentence {e['sentence_id']}) reads differently now; "
                "draw the set again (reading redraw) and judge what reads differently."
            )
        yield e, now


def score(
    entries: Sequence[dict[str, Any]], articles: dict[str, dict[str, Any]]
) -> dict[str, dict[str, tuple[int, int]]]:
    """``{kind: {measure: (right, judged)}}`` for ``matches``, ``directions`` and ``hedges``.

    Raises :class:`ValueError` naming the first entry whose sentence the package now reads
    differently from when it was sampled.
    """
    totals: dict[str, dict[str, list[int]]] = defaultdict(
        lambda: {"matches": [0, 0], "directions": [0, 0], "hedges": [0, 0]}
    )
    for e, _ in _as_now(entries, articles):
        t = totals[e["kind"]]
        for measure, (right, judged) in (
            ("matches", _verdicts(e["matches"])),
            ("hedges", _verdicts(e["hedges"])),
        ):
            t[measure][0] += right
            t[measure][1] += judged
        if e["direction"] != "neutral" and e.get("direction_ok") is not None:
            t["directions"][0] += bool(e["direction_ok"])
            t["directions"][1] += 1
    return {k: {m: (v[0], v[1]) for m, v in t.items()} for k, t in totals.items()}


#: The row of :func:`rule_scores` that counts judged sentence directions whose every hit the
#: rule ``background`` shaped (a direction that only references name).
BACKGROUND_DIRECTIONS = "directions:background"


def rule_scores(
    entries: Sequence[dict[str, Any]], articles: dict[str, dict[str, Any]]
) -> dict[str, dict[str, tuple[int, int]]]:
    """``{kind: {rule: (right, judged)}}`` for the judged hits: by the escalation rule that
    shaped each hit (``"none"`` for a hit as the lexicon found it; a hit two rules shaped,
    "background+frames", counts under each). Where a rule's hits are judged wrong more often
    than the others, that rule is where to look. The row :data:`BACKGROUND_DIRECTIONS` counts
    the judged directions of sentences whose every hit is a background reference ("before the
    2014 protests"). Raises as :func:`score` does."""
    totals: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))

    def count(kind: str, row: str, ok: Any) -> None:
        totals[kind][row][0] += bool(ok)
        totals[kind][row][1] += 1

    for e, now in _as_now(entries, articles):
        for item, rule in zip(e["matches"], now.rules, strict=True):
            if item.get("ok") is not None:
                for part in rule.split("+"):
                    count(e["kind"], part, item["ok"])
        background_only = bool(now.rules) and all("background" in r for r in now.rules)
        if background_only and e.get("direction_ok") is not None:
            count(e["kind"], BACKGROUND_DIRECTIONS, e["direction_ok"])
    return {k: {r: (v[0], v[1]) for r, v in t.items()} for k, t in totals.items()}


def carry_verdicts(
    fresh: Sequence[dict[str, Any]], rounds: Sequence[Sequence[dict[str, Any]]]
) -> tuple[int, int, int]:
    """Fill the verdicts of ``fresh`` (a set drawn again by :func:`sample`) from the set's
    earlier ``rounds``, the current one first, then older ones newest first.

    An entry whose sentence the current round holds with the same output (:func:`_output`)
    takes all its verdicts from there. Any other entry (its output changed, or it entered the
    sample) takes, item by item, the verdict its sentence was given in the newest round that
    judged the same item: the direction by the sentence and direction, a hit by its text,
    category and direction, a hedge cue by its text and category. Returns ``(copied, changed,
    open)``: entries copied whole, entries filled item by item, and items no round judged
    (left ``None``).
    """
    current = {_key(e): e for e in rounds[0]} if rounds else {}
    before: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    for entries in rounds:
        for e in entries:
            before[_key(e)].append(e)
    copied = changed = still_open = 0
    for e in fresh:
        same = current.get(_key(e))
        if same is not None and _output(same) == _output(e):
            e["direction_ok"] = same.get("direction_ok")
            pairs = zip(e["matches"] + e["hedges"], same["matches"] + same["hedges"], strict=True)
            for item, was in pairs:
                item["ok"] = was.get("ok")
            copied += 1
            continue
        changed += 1
        judged = before.get(_key(e), [])
        if e["direction"] != "neutral":
            e["direction_ok"] = next(
                (
                    o["direction_ok"]
                    for o in judged
                    if o["direction"] == e["direction"] and o.get("direction_ok") is not None
                ),
                None,
            )
        for field, fields in _ITEM_FIELDS.items():
            for item in e[field]:
                item["ok"] = next(
                    (
                        was["ok"]
                        for o in judged
                        for was in o[field]
                        if all(was[f] == item[f] for f in fields) and was.get("ok") is not None
                    ),
                    None,
                )
        still_open += left_to_judge(e)
    return copied, changed, still_open


def left_to_judge(entry: dict[str, Any]) -> int:
    """How many of a verdict file entry's items have no verdict yet: its direction (unless
    neutral), each hit and each hedge cue."""
    return (entry["direction"] != "neutral" and entry.get("direction_ok") is None) + sum(
        item.get("ok") is None for item in entry["matches"] + entry["hedges"]
    )


def _print_todo(entries: Sequence[dict[str, Any]]) -> None:
    """Every entry with something left to judge: its index in the file, kind, sentence and
    items (``?`` = not judged yet)."""

    def shown(value: Any) -> str:
        return "?" if value is None else str(bool(value)).lower()

    items = entries_open = 0
    for n, e in enumerate(entries):
        left = left_to_judge(e)
        if not left:
            continue
        items += left
        entries_open += 1
        direction = e["direction"]
        if direction != "neutral":
            direction += f" ({shown(e.get('direction_ok'))})"
        print(f"#{n} [{e['kind']}] {direction}: {e['sentence']}")
        for field in ("matches", "hedges"):
            if e[field]:
                listed = "; ".join(
                    f"{m['text']}/{m['category']}={shown(m.get('ok'))}" for m in e[field]
                )
                print(f"    {field}: {listed}")
    print(f"{items} items to judge in {entries_open} of {len(entries)} entries")


def shares(
    articles: dict[str, dict[str, Any]], kinds: dict[str, str], exclude: set[str]
) -> dict[str, tuple[int, int, int]]:
    """``{kind: (sentences, sentences with a direction, directional hits)}`` over every
    article of a kind (both halves; ``exclude`` left out): how much of each kind of news the
    escalation measure calls escalation or de-escalation at all."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for article_id, row in articles.items():
        kind = kinds.get(article_id)
        if kind is None or article_id in exclude:
            continue
        res = analyze(load_article(text=row["text"], doc_id=article_id), lexicons=["escalation"])
        t = out[kind]
        t[0] += len(res.sentences)
        t[1] += int((res.sentences["direction"] != "neutral").sum())
        t[2] += int(res.matches["direction"].notna().sum())
    return {k: (v[0], v[1], v[2]) for k, v in out.items()}


def pooled(
    scores: Iterable[dict[str, dict[str, tuple[int, int]]]],
) -> dict[str, dict[str, tuple[int, int]]]:
    """The sum of several :func:`score` results: right and judged per kind and measure."""
    total: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    for one in scores:
        for kind, measures in one.items():
            for measure, (right, judged) in measures.items():
                r0, j0 = total[kind].get(measure, (0, 0))
                total[kind][measure] = (r0 + right, j0 + judged)
    return dict(total)


def _judged_items(entry: dict[str, Any]) -> Iterable[tuple[str, tuple[Any, ...], Any]]:
    """``(measure, item key, verdict)`` for each item of a verdict-file entry: its direction
    (unless neutral), each hit and each hedge cue, keyed by sentence and position."""
    key = (entry["article"], entry["sentence_id"])
    if entry["direction"] != "neutral":
        yield "directions", (*key, "direction"), entry.get("direction_ok")
    for measure in ("matches", "hedges"):
        for n, item in enumerate(entry[measure]):
            yield measure, (*key, measure, n), item.get("ok")


def agreement(
    samples: Iterable[tuple[Sequence[dict[str, Any]], Sequence[dict[str, Any]]]],
) -> dict[tuple[str, str], dict[str, float]]:
    """How far two readers' verdicts agree, over ``samples`` (pairs of verdict-file entries:
    the first reader's and the second's on the same sample), per ``(kind, measure)`` and per
    ``("all", measure)``: ``items`` judged by both, observed agreement ``agree``, Cohen's
    ``kappa`` and Krippendorff's ``alpha`` (``nltk.metrics.agreement.AnnotationTask``, labels
    true/false), and the precision each reader gives those items (``first``, ``second``).

    The entries are paired by article and sentence; :class:`ValueError` names the first pair
    whose output differs (the two files judge different readings of the package). An entry
    only one file holds, and an item only one reader judged, is left out.
    """
    triples: dict[tuple[str, str], list[tuple[str, tuple[Any, ...], bool]]] = defaultdict(list)
    for sample_no, (first, second) in enumerate(samples):
        theirs = {(e["article"], e["sentence_id"]): e for e in second}
        for e in first:
            other = theirs.get((e["article"], e["sentence_id"]))
            if other is None:
                continue
            if _output(e) != _output(other):
                raise ValueError(
                    f"{e['article']}, sentence {e['sentence_id']}: the two files judge "
                    "different output; compare two readings of the same sample"
                )
            pairs = zip(_judged_items(e), _judged_items(other), strict=True)
            for (measure, item, mine), (_, _, yours) in pairs:
                if mine is None or yours is None:
                    continue
                for kind in (e["kind"], "all"):
                    triples[(kind, measure)] += [
                        ("first", (sample_no, *item), bool(mine)),
                        ("second", (sample_no, *item), bool(yours)),
                    ]
    out: dict[tuple[str, str], dict[str, float]] = {}
    for group, data in triples.items():
        task = AnnotationTask(data=data)
        n = len(data) // 2
        out[group] = {
            "items": n,
            "agree": task.avg_Ao(),
            "kappa": task.kappa(),
            "alpha": task.alpha(),
            "first": sum(label for coder, _, label in data if coder == "first") / n,
            "second": sum(label for coder, _, label in data if coder == "second") / n,
        }
    return out


def _print_agreement(found: dict[tuple[str, str], dict[str, float]]) -> None:
    print(
        f"  {'kind':<16} {'measure':<12} {'items':>6} {'agree':>6} {'kappa':>6} {'alpha':>6}"
        f" {'first':>6} {'second':>7}"
    )
    for kind in (*KINDS, "all"):
        for measure in ("matches", "directions", "hedges"):
            a = found.get((kind, measure))
            if a is None:
                continue
            print(
                f"  {kind:<16} {measure:<12} {a['items']:>6.0f} {a['agree']:>6.3f}"
                f" {a['kappa']:>6.2f} {a['alpha']:>6.2f} {a['first']:>6.3f} {a['second']:>7.3f}"
            )


def _print_scores(scores: dict[str, dict[str, tuple[int, int]]]) -> None:
    head = f"  {'kind':<16} {'measure':<12} {'right':>6} {'judged':>7} {'precision':>10}"
    print(f"{head}  {LEVEL:.0%} interval")
    for kind in KINDS:
        for measure in ("matches", "directions", "hedges"):
            right, judged = scores.get(kind, {}).get(measure, (0, 0))
            prec = f"{right / judged:.3f}" if judged else "-"
            interval = proportion_interval(right, judged)
            shown = f"[{interval[0]:.2f}, {interval[1]:.2f}]" if interval else "-"
            print(f"  {kind:<16} {measure:<12} {right:>6} {judged:>7} {prec:>10}  {shown}")


def _print_rule_scores(scores: dict[str, dict[str, tuple[int, int]]]) -> None:
    width = max([len("rule"), *(len(rule) for rows in scores.values() for rule in rows)])
    print(f"  {'kind':<16} {'rule':<{width}} {'right':>6} {'judged':>7} {'precision':>10}")
    for kind in KINDS:
        for rule, (right, judged) in sorted(scores.get(kind, {}).items()):
            print(f"  {kind:<16} {rule:<{width}} {right:>6} {judged:>7} {right / judged:>10.3f}")


def _load_verdicts(path: Path) -> list[dict[str, Any]]:
    """A verdict file's entries; :class:`ValueError` naming the file if it is not one."""
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: not a YAML verdict file ({exc.__class__.__name__})") from exc
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ValueError(f"{path}: a verdict file is a list of entries (sample writes one)")
    return entries


def _how_drawn(parser: argparse.ArgumentParser) -> None:
    """The arguments that say how a sample is drawn from its data (``sample``, ``redraw`` and a
    line of ``readings.txt``)."""
    parser.add_argument("--kinds", type=Path, required=True, help="YAML: kind -> article ids")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument(
        "--per-kind", type=int, default=40, help="sentences with a direction per kind"
    )
    parser.add_argument(
        "--half", choices=("dev", "final", "all"), default="final", help="which articles"
    )
    parser.add_argument(
        "--unread",
        type=Path,
        nargs="+",
        default=[],
        metavar="VERDICTS",
        help="leave out the sentences these verdict files of the same data hold",
    )


def _drawing_arguments(parser: argparse.ArgumentParser) -> None:
    """The data, how a sample is drawn from it, and where it is written."""
    parser.add_argument("data", type=Path, help="wikinews.jsonl, or a TSV of sentences (id, text)")
    _how_drawn(parser)
    parser.add_argument("--out", type=Path, required=True)


def draw(data: Path, how: argparse.Namespace) -> tuple[list[dict[str, Any]], int]:
    """The sample ``how`` (the arguments of :func:`_how_drawn`) says to draw from ``data``, as
    verdict-file entries with nothing judged, and how many sentences ``--unread`` left out."""
    kinds, exclude = _read_kinds(how.kinds)
    read = {(e["article"], e["sentence"]) for f in how.unread for e in _load_verdicts(f)}
    entries = sample(
        _read_articles(data),
        kinds,
        exclude,
        seed=how.seed,
        per_kind=how.per_kind,
        half=how.half,
        read=read,
    )
    return entries, len(read)


class _LineParser(argparse.ArgumentParser):
    """Parses the drawing arguments of one line of ``readings.txt``: a mistake is a
    :class:`ValueError`, not an exit."""

    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


@functools.cache
def _line_parser() -> _LineParser:
    parser = _LineParser(prog="readings.txt", add_help=False)
    _how_drawn(parser)
    return parser


@dataclass(frozen=True)
class Reading:
    """One set of the reading check, as a line of ``readings.txt`` gives it: its current
    verdict file, the text that file judges, and how its sample was drawn."""

    verdicts: Path
    data: Path
    #: the arguments of ``reading sample`` the set was drawn with, as its line writes them
    #: (kinds, seed, size, half, unread files)
    drawing: tuple[str, ...]

    @property
    def how(self) -> argparse.Namespace:
        """:attr:`drawing` parsed (:func:`_how_drawn`); :class:`ValueError` if it is not."""
        return _line_parser().parse_args(self.drawing)

    def earlier(self) -> list[Path]:
        """The set's older rounds beside its verdict file (``NAME_roundN.yaml``), newest
        first: what ``reading redraw --earlier`` takes."""
        stem = re.sub(r"_round\d+$", "", self.verdicts.stem)
        found = {
            int(m.group(1)): p
            for p in self.verdicts.parent.glob(f"{stem}_round*.yaml")
            if (m := re.fullmatch(re.escape(stem) + r"_round(\d+)", p.stem)) and p != self.verdicts
        }
        return [found[n] for n in sorted(found, reverse=True)]


def read_readings(path: Path, data_root: Path) -> list[Reading]:
    """The sets of ``readings.txt`` (``path``): a line each, ``VERDICTS DATA --kinds K --seed
    N --per-kind N --half H [--unread V ...]``, the verdict file named within ``path``'s
    folder, ``DATA/`` standing for ``data_root`` (``../shared/data``), every other path from the
    repository's root. :class:`ValueError` naming the line that is not one, or the file if it
    holds none."""
    sets = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if len(words := line.split()) < 2:
            raise ValueError(f"{path}, line {n}: a line is VERDICTS DATA --kinds K --seed N ...")
        verdicts, data, *drawing = words
        if data.startswith("DATA/"):
            data = str(data_root / data.removeprefix("DATA/"))
        reading = Reading(path.parent / verdicts, Path(data), tuple(drawing))
        try:
            _ = reading.how  # parsed here, so that a mistake names its line
        except ValueError as exc:
            raise ValueError(f"{path}, line {n}: {exc} (how {verdicts} was drawn)") from exc
        sets.append(reading)
    if not sets:
        raise ValueError(f"{path}: no sets; a line is VERDICTS DATA --kinds K --seed N ...")
    return sets


def staleness(
    current: Sequence[dict[str, Any]], fresh: Sequence[dict[str, Any]]
) -> tuple[int, int, int]:
    """``(entered, left, changed)``: how a set's sample drawn again (``fresh``) differs from its
    verdict file (``current``): sentences that entered it, sentences that left it, and sentences
    in both that the package now reads differently (:func:`_output`). All three 0: the file is
    what the package draws and says now."""
    before = {_key(e): e for e in current}
    now = {_key(e): e for e in fresh}
    changed = sum(_output(before[k]) != _output(now[k]) for k in before.keys() & now.keys())
    return len(now.keys() - before.keys()), len(before.keys() - now.keys()), changed


def _stale_row(reading: Reading) -> tuple[int, int, int, int]:
    """A worker's task: ``(entries, entered, left, changed)`` for one set."""
    fresh, _ = draw(reading.data, reading.how)
    return (len(fresh), *staleness(_load_verdicts(reading.verdicts), fresh))


def _redraw_command(reading: Reading) -> str:
    """The ``redraw`` command of a set: its line's arguments, a new file and its older rounds."""
    words = ["python -m analysis.evaluate reading redraw", str(reading.verdicts), str(reading.data)]
    words += [*reading.drawing, "--out", "NEW.yaml"]
    if earlier := reading.earlier():
        words += ["--earlier", *map(str, earlier)]
    return " ".join(words)


def stale(sets: Sequence[Reading], jobs: int) -> int:
    """Draw every set again as it was drawn and print, per set, how its verdict file differs
    from what the package draws now (:func:`staleness`), then the ``redraw`` command of each set
    that differs; 0 if none does, 1 otherwise. ``jobs`` worker processes, a bar on a
    terminal."""
    from tqdm import tqdm  # the terminal bar (tqdm.auto warns in a kernel without ipywidgets)

    rows: dict[int, tuple[int, int, int, int]] = {}
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=die_with_parent, initargs=(os.getpid(),)
    ) as pool:
        futures = {pool.submit(_stale_row, r): i for i, r in enumerate(sets)}
        with tqdm(total=len(sets), unit="set", disable=None, file=sys.stderr) as bar:
            for future in as_completed(futures):
                rows[futures[future]] = future.result()
                bar.update()
    width = max(len(r.verdicts.name) for r in sets)
    print(f"  {'verdict file':<{width}} {'entries':>7} {'entered':>7} {'left':>5} {'changed':>7}")
    for i, r in enumerate(sets):
        entries, entered, left, changed = rows[i]
        print(f"  {r.verdicts.name:<{width}} {entries:>7} {entered:>7} {left:>5} {changed:>7}")
    behind = [r for i, r in enumerate(sets) if any(rows[i][1:])]
    if not behind:
        print(f"every one of the {len(sets)} sets is as the package draws it now")
        return 0
    print(f"\n{len(behind)} of {len(sets)} sets to draw again (then judge what `todo` lists):")
    for r in behind:
        print(_redraw_command(r))
    return 1


def main(argv: list[str]) -> int:
    """``sample``, ``redraw``, ``stale``, ``todo``, ``score``, ``agree`` or ``shares`` (module
    docstring); 0 on success (``stale``: 1 if a set is to draw again), 2 on bad arguments."""
    ap = argparse.ArgumentParser(prog="python -m analysis.evaluate reading")
    sub = ap.add_subparsers(dest="command", required=True)
    _drawing_arguments(sub.add_parser("sample", help="write a verdict file to fill in"))
    r = sub.add_parser("redraw", help="draw a set again after a change, keeping its verdicts")
    r.add_argument("current", type=Path, help="the set's current verdict file")
    _drawing_arguments(r)
    r.add_argument("--earlier", type=Path, nargs="*", default=[], help="older rounds, newest first")
    c = sub.add_parser("score", help="precision from filled verdict files (summed if several)")
    c.add_argument("verdicts", type=Path, nargs="+")
    c.add_argument(
        "--data",
        type=Path,
        nargs="+",
        required=True,
        help="the file each verdict file was sampled from, in the same order (one for all)",
    )
    c.add_argument(
        "--by-rule",
        action="store_true",
        help="the judged hits by the escalation rule that shaped them, instead",
    )
    t = sub.add_parser("todo", help="list what a verdict file leaves to judge")
    t.add_argument("verdicts", type=Path)
    g = sub.add_parser("agree", help="how far two readers' verdicts on one sample agree")
    g.add_argument("first", type=Path, nargs="+", help="one reader's verdict files")
    g.add_argument(
        "--second",
        type=Path,
        nargs="+",
        required=True,
        help="another reader's verdicts on the same samples, in the same order",
    )
    st = sub.add_parser("stale", help="which sets' verdict files the package no longer draws")
    st.add_argument(
        "readings",
        type=Path,
        nargs="?",
        default=Path("bench/reading_check/readings.txt"),
        help="the sets: a verdict file, its data and how it was drawn, a line each",
    )
    st.add_argument("--data-root", type=Path, default=Path("../shared/data"), help="DATA/")
    st.add_argument(
        "--only", nargs="+", default=[], metavar="VERDICTS", help="these sets (file names) alone"
    )
    st.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    h = sub.add_parser("shares", help="how many sentences of each kind get a direction")
    h.add_argument("data", type=Path, help="wikinews.jsonl (id, title, text, date)")
    h.add_argument("--kinds", type=Path, required=True, help="YAML: kind -> article ids")
    args = ap.parse_args(argv)
    try:
        if args.command == "stale":
            if args.jobs < 1:
                raise ValueError(f"--jobs is a number of processes, 1 or more, not {args.jobs}")
            sets = read_readings(args.readings, args.data_root)
            if unknown := set(args.only) - {r.verdicts.name for r in sets}:
                raise ValueError(f"{', '.join(sorted(unknown))}: no such set in {args.readings}")
            if args.only:
                sets = [r for r in sets if r.verdicts.name in args.only]
            return stale(sets, args.jobs)
        if args.command == "shares":
            kinds, exclude = _read_kinds(args.kinds)
            counted = shares(_read_articles(args.data), kinds, exclude)
            print(f"  {'kind':<16} {'sentences':>9} {'directed':>9} {'share':>7} {'hits':>6}")
            for kind in KINDS:
                n, directed, hits = counted.get(kind, (0, 0, 0))
                share = f"{100 * directed / n:.1f}%" if n else "-"
                print(f"  {kind:<16} {n:>9} {directed:>9} {share:>7} {hits:>6}")
        elif args.command in ("sample", "redraw"):
            rounds = (
                [_load_verdicts(f) for f in (args.current, *args.earlier)]
                if args.command == "redraw"
                else []
            )
            entries, n_read = draw(args.data, args)
            which = "all" if args.half == "all" else f"{args.half} half of the"
            header = (
                f"# Reading check: {which} articles, seed {args.seed}, "
                f"{args.per_kind} directed + "
                f"{args.per_kind // 2} hedged sentences per kind, from {args.data.name}.\n"
            )
            if args.unread:
                names = " ".join(sorted(f.name for f in args.unread))
                header += f"# Unread: none of the {n_read} sentences of {names}.\n"
            if args.command == "redraw":
                copied, changed, still_open = carry_verdicts(entries, rounds)
                header += (
                    f"# Drawn again after {args.current.name}: {copied} entries read as they "
                    f"did and keep their verdicts, {changed} read differently or entered the "
                    f"sample (verdicts carried item by item), {still_open} items to judge.\n"
                )
                print(f"{copied} entries copied, {changed} read differently, {still_open} to judge")
            header += (
                "# Fill every ok / direction_ok with true or false; score with\n"
                f"# python -m analysis.evaluate reading score {args.out.name} --data ...\n"
            )
            text = yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=100)
            args.out.write_text(header + text, encoding="utf-8")
            counts = defaultdict(int)
            for e in entries:
                counts[e["kind"]] += 1
            print(f"wrote {len(entries)} sentences to {args.out} ({dict(counts)})")
        elif args.command == "agree":
            if len(args.first) != len(args.second):
                raise ValueError(
                    f"{len(args.first)} verdict files and {len(args.second)} --second files: "
                    "give the second reader's file of each sample, in the same order"
                )
            samples = [
                (_load_verdicts(a), _load_verdicts(b))
                for a, b in zip(args.first, args.second, strict=True)
            ]
            _print_agreement(agreement(samples))
        elif args.command == "todo":
            _print_todo(_load_verdicts(args.verdicts))
        else:
            data = args.data * len(args.verdicts) if len(args.data) == 1 else args.data
            if len(data) != len(args.verdicts):
                raise ValueError(
                    f"{len(args.verdicts)} verdict files and {len(args.data)} data files: give "
                    "one --data for all, or one for each verdict file in the same order"
                )
            read = {path: _read_articles(path) for path in dict.fromkeys(data)}
            counted = pooled(
                (rule_scores if args.by_rule else score)(_load_verdicts(v), read[d])
                for v, d in zip(args.verdicts, data, strict=True)
            )
            (_print_rule_scores if args.by_rule else _print_scores)(counted)
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
