"""Experiment: would a learned word-sense gate lift general-news precision? (issue 12)

``python bench/sense_gate.py [--data ../shared/data]``

The reading check's verdict files hold about 2,000 escalation hits judged right or wrong by
eye, in context, on Wikinews, NYT editorials, 2007 headlines and eleven Reuters-21578 files.
This script asks whether a classifier trained on those verdicts could tell a conflict sense
from an everyday one well enough to help: a logistic regression (L2, plain gradient descent,
written here) on the words of the hit's sentence, the hit's words and its category, trained
with each verdict file held out in turn (leave one file out: the file's own sentences never
train the model that judges them) and, as extra training data, the hits on the gold
pentacode dev split (right when the hit's direction is the sentence's gold direction).

For each threshold it prints, on the held-out files, the precision of the sentence
directions the package gives once hits the model scores below the threshold are dropped
(a sentence whose hits are all dropped gives no direction; one whose remaining hits disagree
with its old direction is counted apart, as "changed", since nobody judged its new
direction), and on the gold *test* split (never used for training here) the direction
accuracy and coverage of the signed sum of the kept hits' weights (an approximation of the
package's score, which weighs clauses and frames; threshold 0 shows how far apart they are).

It is an experiment, not part of the package: its answer (README, issue 12) is that the gate
lifts general news by a few points on held-out files while costing the gold coverage more
than the target allows.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from analysis.evaluate.escalation import analyzer, read_rows
from analysis.evaluate.reading import read_readings
from analysis.lexicon import load_lexicon

HERE = Path(__file__).resolve().parent / "reading_check"


def current_verdicts() -> list[str]:
    """The reading check's current verdict files, as `make evaluate` scores them
    (``readings.txt``, :func:`analysis.evaluate.reading.read_readings`)."""
    return [r.verdicts.name for r in read_readings(HERE / "readings.txt", Path("DATA"))]


THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6)
_WORD = re.compile(r"[a-z]+")
_SIGN = {"escalation": 1.0, "de-escalation": -1.0}


@dataclass(frozen=True)
class Example:
    group: str  # the verdict file (or gold split) it comes from
    key: tuple[int, int]  # (sentence, hit) within the group
    features: frozenset[str]
    right: bool


def features(sentence: str, term: str, category: str) -> frozenset[str]:
    """The sentence's other words, the hit's words and its category."""
    own = set(_WORD.findall(term.lower()))
    words = {"w:" + w for w in set(_WORD.findall(sentence.lower())) - own}
    return frozenset(words | {"t:" + w for w in own} | {"c:" + category, "bias"})


def fit(examples: list[Example], l2: float = 1.0, steps: int = 300) -> dict[str, float]:
    """Logistic regression weights by full-batch gradient descent (deterministic)."""
    vocab = {f: i for i, f in enumerate(sorted({f for e in examples for f in e.features}))}
    x = np.zeros((len(examples), len(vocab)), dtype=np.float64)
    for row, e in enumerate(examples):
        x[row, [vocab[f] for f in e.features]] = 1.0
    y = np.array([e.right for e in examples], dtype=np.float64)
    w = np.zeros(len(vocab))
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= 2.5 * (x.T @ (p - y) + l2 * w) / len(y)
    return {f: float(w[i]) for f, i in vocab.items()}


def score(weights: dict[str, float], feats: frozenset[str]) -> float:
    z = sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + np.exp(-z))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = ap.parse_args(argv)
    gold_path = args.data / "dev" / "events_pentacode_train.tsv"
    if not gold_path.is_file():
        sys.stderr.write(f"error: {gold_path} not found (give --data)\n")
        return 2

    verdicts = current_verdicts()
    items: dict[str, list[dict]] = {f: yaml.safe_load((HERE / f).read_text()) for f in verdicts}
    examples = [
        Example(name, (i, j), features(it["sentence"], m["text"], m["category"]), m["ok"])
        for name, its in items.items()
        for i, it in enumerate(its)
        for j, m in enumerate(it.get("matches") or [])
        if m.get("ok") is not None
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        predict = analyzer(load_lexicon("escalation"))
        gold = [(r, predict(r.sentence)[2]) for r in read_rows(gold_path) if r.split != "final"]
    gold_hits = {
        split: [
            (r.gold, [(h, features(r.sentence, h.text, h.category)) for h in hits if h.direction])
            for r, hits in gold
            if r.split == split
        ]
        for split in ("dev", "test")
    }
    gold_train = [
        Example("gold-dev", (i, j), f, h.direction == g)
        for i, (g, hits) in enumerate(gold_hits["dev"])
        for j, (h, f) in enumerate(hits)
    ]

    held_out: dict[tuple[str, int, int], float] = {}
    for name in verdicts:
        w = fit([e for e in examples if e.group != name] + gold_train)
        for e in examples:
            if e.group == name:
                held_out[(name, *e.key)] = score(w, e.features)
    w_all = fit(examples + gold_train)
    gold_test = [
        (g, [(_SIGN[h.direction] * h.weight, score(w_all, f)) for h, f in hits])
        for g, hits in gold_hits["test"]
    ]

    print(f"{len(examples)} judged hits in {len(verdicts)} files; {len(gold_train)} gold dev hits")
    print("threshold  kind      held-out direction precision (kept)  dropped right/wrong  changed")
    for t in THRESHOLDS:
        tally: Counter[tuple[str, str]] = Counter()
        for name, its in items.items():
            for i, it in enumerate(its):
                if it["direction"] == "neutral" or it.get("direction_ok") is None:
                    continue
                kind = "conflict" if it["kind"] == "conflict" else it["kind"]
                ms = it.get("matches") or []
                kept = {
                    m["direction"]
                    for j, m in enumerate(ms)
                    if m.get("direction") in _SIGN and held_out.get((name, i, j), 1.0) >= t
                }
                state = (
                    "dropped" if not kept else "kept" if kept == {it["direction"]} else "changed"
                )
                tally[(kind, state + ("_right" if it["direction_ok"] else "_wrong"))] += 1
        for kind in ("conflict", "general"):
            ok, bad = tally[(kind, "kept_right")], tally[(kind, "kept_wrong")]
            print(
                f"{t:9.1f}  {kind:8s}  {ok / max(1, ok + bad):.3f} ({ok}/{ok + bad})"
                f"{'':22s}{tally[(kind, 'dropped_right')]:5d}/{tally[(kind, 'dropped_wrong')]:<5d}"
                f"  {tally[(kind, 'changed_right')] + tally[(kind, 'changed_wrong')]}"
            )
        directed = covered = correct = 0
        for g, scored in gold_test:
            total = sum(signed for signed, p in scored if p >= t)
            if g == "neutral":
                continue
            directed += 1
            if total:
                covered += 1
                correct += (total > 0) == (g == "escalation")
        print(
            f"{t:9.1f}  gold test direction accuracy {correct / max(1, covered):.3f} at coverage "
            f"{covered / max(1, directed):.3f} (signed sum of kept hits)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
