"""Evaluate the escalation analyzer against CAMEO pentacode-labelled news sentences.

``python -m analysis.evaluate escalation PATH [--split dev|test|all] [--errors N]``

``PATH`` is ``events_pentacode_train.tsv`` (see ``../shared/data/README.md``): no header,
``sentence <TAB> class`` with the CAMEO pentacode class; 3/4 (verbal/material conflict) are
*escalation*, 1/2 (verbal/material cooperation) *de-escalation*, 0 (make a statement, appeal)
*neutral*. Each row is one sentence and goes through the package's real code path: the row
loaded as an article (its own sentences, clauses, tokens), :class:`analysis.matching.Matcher`
on the shipped lexicon, :func:`analysis.escalation.apply_rules`, the events
(:mod:`analysis.events`) and their score; the row's direction reads the sum of its events'
signed weights.

Printed for the chosen split, for the analyzer and for three baselines scored the same way:

* **direction accuracy**: on the conflict/cooperation sentences that get a direction, the share
  with the right one; **coverage**: the share of conflict/cooperation sentences that get one;
* 3-class macro-F1, per-class precision/recall/F1 and the confusion matrix;
* the first ``--errors`` wrong sentences of the analyzer with the hits behind each score.

Baselines: ``bow-flat`` is a flat conflict/cooperation word list, the lexicon's own words,
globs and phrases (no verb–object entries, no rules), each hit counting 1, the direction the
sign of the count; ``bow-weighted`` is the same list with the lexicon's Goldstein weights and
the analyzer's threshold; ``generic`` is a small untuned list of everyday conflict and
cooperation words (:data:`GENERIC_CONFLICT`, :data:`GENERIC_COOPERATION`), counted like
``bow-flat``. (The lexicon's own words were chosen on this data, so ``bow-flat`` is an
optimistic word-list baseline; ``generic`` is the fair one.) ``--ablation`` adds the analyzer
without each rule of :data:`analysis.escalation.RULES` in turn, without any rule, and without
verb–object entries.

Splits are by groups of near-duplicate sentences (:mod:`analysis.evaluate.splits`): tune on
``dev``, check on ``test``, score ``final`` once at the end of a tuning round and report it.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from nltk.metrics import ConfusionMatrix, accuracy

from analysis.core import find_matches
from analysis.escalation import DIRECTIONS, RULES, direction_of, score_events
from analysis.events import build_events
from analysis.gazetteer import find_mentions, resolve_gazetteers
from analysis.lexicon import Lexicon, load_lexicon
from analysis.matching import Match, Matcher
from analysis.text import load_article

from . import prf
from .splits import SPLITS, assign_splits

#: CAMEO pentacode class -> direction.
CLASS_DIRECTION = {"0": "neutral", "1": "de-escalation", "2": "de-escalation",
                   "3": "escalation", "4": "escalation"}  # fmt: skip
_ESC, _DE, _NEUTRAL = DIRECTIONS

#: A small, generic Goldstein-style word list, one or two everyday verbs and nouns per CAMEO
#: root (09-20 conflict, 03-08 cooperation), written from the CAMEO root names and not tuned
#: on the data: a flat conflict/cooperation list of the kind the DESIGN's reference points
#: (~0.60 direction accuracy) describe.
GENERIC_CONFLICT: tuple[str, ...] = (
    "investigat*", "demand*", "criticiz*", "criticis*", "condemn*", "accus*", "reject*",
    "refus*", "threat*", "warn*", "protest*", "strike", "strikes", "mobiliz*", "troops",
    "sanction*", "expel*", "suspend*", "arrest*", "detain*", "ban", "banned", "kill*", "bomb*",
    "attack*", "assault*", "fight*", "clash*", "war", "violence", "conflict",
)  # fmt: skip
GENERIC_COOPERATION: tuple[str, ...] = (
    "pledg*", "promis*", "agree*", "meet*", "met", "talks", "negotiat*", "visit*", "support*",
    "prais*", "welcom*", "cooperat*", "aid", "assist*", "help*", "release*", "freed",
    "withdraw*", "ceasefire", "truce", "peace*", "signed", "deal", "agreement", "accord",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Row:
    """One labelled sentence."""

    sentence: str
    label: str
    gold: str
    split: str


def read_rows(path: Path) -> list[Row]:
    """The TSV's rows (CRLF or LF line ends; the class is after the last tab), each with its
    split (:func:`analysis.evaluate.splits.assign_splits`: groups of near-duplicates)."""
    parsed: list[tuple[str, str]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            sentence, sep, label = line.rpartition("\t")
            label = label.strip()
            if not sep or label not in CLASS_DIRECTION:
                raise ValueError(f"{path}, line {n}: expected 'sentence<TAB>0..4'")
            parsed.append((sentence.strip(), label))
    splits = assign_splits([s for s, _ in parsed])
    return [
        Row(sentence, label, CLASS_DIRECTION[label], split)
        for (sentence, label), split in zip(parsed, splits, strict=True)
    ]


Predictor = Callable[[str], tuple[str, float, list[Match]]]


def analyzer(lexicon: Lexicon, *, skip: Sequence[str] = (), verb_object: bool = True) -> Predictor:
    """The analyzer: the package's matching stage (:func:`analysis.core.find_matches`, with the
    escalation rules less ``skip``), then the sentence score. ``verb_object=False`` leaves the
    lexicon's verb–object entries out of the matcher (ablation)."""
    matcher = Matcher([lexicon if verb_object else _words_only(lexicon, flat=False)])
    gazetteers = resolve_gazetteers()

    def predict(sentence: str) -> tuple[str, float, list[Match]]:
        article = load_article(text=sentence)
        mentions = find_mentions(article, gazetteers)
        hits = find_matches(article, [lexicon], mentions, matcher.find(article), skip=skip)
        score = score_events(build_events(article, hits))
        return direction_of(score), score, hits

    return predict


def _words_only(lexicon: Lexicon, *, flat: bool) -> Lexicon:
    """The lexicon without its verb–object entries; ``flat``: every entry weighs 1."""
    categories = {}
    for name, cat in lexicon.categories.items():
        pats = tuple(
            dataclasses.replace(p, weight=1.0) if flat else p
            for p in cat.patterns
            if p.kind != "verb_object"
        )
        if pats:
            categories[name] = dataclasses.replace(cat, patterns=pats)
    return dataclasses.replace(lexicon, rules=None, categories=categories, sha256="")


def _signed_sum(hits: Sequence[Match]) -> float:
    """Escalation hits' weights minus de-escalation hits' (a word list's score: no events)."""
    return sum(m.weight if m.direction == _ESC else -m.weight for m in hits if m.direction)


def bag_of_words(lexicon: Lexicon, *, flat: bool) -> Predictor:
    """The lexicon's words/globs/phrases only, no rules. ``flat``: every hit counts 1 and the
    direction is the sign of (conflict hits - cooperation hits); else the lexicon's weights
    and :func:`~analysis.escalation.direction_of`'s threshold; every hit counts (no events)."""
    matcher = Matcher([_words_only(lexicon, flat=flat)])

    def predict(sentence: str) -> tuple[str, float, list[Match]]:
        hits = matcher.find(load_article(text=sentence))
        score = _signed_sum(hits)
        if flat:
            return (_ESC if score > 0 else _DE if score < 0 else _NEUTRAL), score, hits
        return direction_of(score), score, hits

    return predict


def generic_list() -> Predictor:
    """:data:`GENERIC_CONFLICT` vs :data:`GENERIC_COOPERATION`: each hit counts 1, the
    direction is the sign of the difference (no verb–object entries, no rules)."""
    from analysis.lexicon import parse_lexicon

    def block(words: tuple[str, ...]) -> str:
        return "\n".join(f"      - {w}" for w in words)

    yaml_text = (
        "name: generic\nversion: '1'\ndescription: generic list\nsource: CAMEO roots\n"
        "categories:\n"
        f"  conflict:\n    direction: escalation\n    patterns:\n{block(GENERIC_CONFLICT)}\n"
        f"  cooperation:\n    direction: de-escalation\n    patterns:\n"
        f"{block(GENERIC_COOPERATION)}\n"
    )
    matcher = Matcher([parse_lexicon(yaml_text)])

    def predict(sentence: str) -> tuple[str, float, list[Match]]:
        hits = matcher.find(load_article(text=sentence))
        score = _signed_sum(hits)
        return (_ESC if score > 0 else _DE if score < 0 else _NEUTRAL), score, hits

    return predict


@dataclass(frozen=True)
class Scores:
    """The figures of one system on one split."""

    n: int
    direction_accuracy: float
    directed: int
    coverage: float
    polar: int
    macro_f1: float
    per_class: dict[str, tuple[float, float, float, int]]
    confusion: dict[tuple[str, str], int]


def score(gold: Sequence[str], pred: Sequence[str]) -> Scores:
    """Direction accuracy, coverage, macro-F1, per-class P/R/F1 and the confusion matrix.

    With ``nltk.metrics``: ``accuracy`` on the directed sentences; per class, ``precision``,
    ``recall`` and ``f_measure`` of the set of rows (by position) predicted that class against
    the set of rows that are that class (0.0 where nltk gives None for an empty set); the
    counts from a ``ConfusionMatrix``.
    """
    polar = [(g, p) for g, p in zip(gold, pred, strict=True) if g != _NEUTRAL]
    directed = [(g, p) for g, p in polar if p != _NEUTRAL]
    acc = accuracy([g for g, _ in directed], [p for _, p in directed]) if directed else 0.0
    cov = len(directed) / len(polar) if polar else 0.0
    per_class = {}
    for c in DIRECTIONS:
        ref = {k for k, g in enumerate(gold) if g == c}
        test = {k for k, p in enumerate(pred) if p == c}
        per_class[c] = (*prf(ref, test), len(ref))
    macro = sum(v[2] for v in per_class.values()) / len(per_class)
    matrix = ConfusionMatrix(list(gold), list(pred))
    seen = set(gold) | set(pred)  # the matrix knows only the labels that occur
    confusion = {(g, p): matrix[g, p] for g in DIRECTIONS if g in seen
                 for p in DIRECTIONS if p in seen}  # fmt: skip
    return Scores(len(gold), acc, len(directed), cov, len(polar), macro, per_class,
                  confusion)  # fmt: skip


def _report(name: str, s: Scores) -> None:
    print(f"\n== {name}  (n={s.n})")
    print(
        f"direction accuracy {s.direction_accuracy:.3f} on {s.directed} directed of "
        f"{s.polar} conflict/cooperation sentences; coverage {s.coverage:.3f}; "
        f"macro-F1 {s.macro_f1:.3f}"
    )
    print(f"  {'class':<14} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
    for c, (p, r, f, n) in s.per_class.items():
        print(f"  {c:<14} {p:6.3f} {r:6.3f} {f:6.3f} {n:5d}")
    print("  confusion (rows gold, columns predicted):")
    print("  " + " " * 14 + "".join(f"{c:>15}" for c in DIRECTIONS))
    for g in DIRECTIONS:
        print(f"  {g:<14}" + "".join(f"{s.confusion.get((g, p), 0):15d}" for p in DIRECTIONS))


def _hits(hits: Sequence[Match]) -> str:
    parts = []
    for m in hits:
        sign = "+" if m.direction == _ESC else "-"
        neg = " NEG" if m.negated else ""
        parts.append(f"{m.text!r}:{m.category}{neg}:{sign}{m.weight:g}")
    return "; ".join(parts) or "(no hits)"


def _ablation(
    lexicon: Lexicon, rows: Sequence[Row], gold: Sequence[str], all_rules: Sequence[str]
) -> None:
    """The analyzer less each rule, and less all of them; ``all_rules``: its directions with
    every rule (already computed)."""
    variants: dict[str, Predictor] = {}
    for rule in RULES:
        variants[f"without {rule}"] = analyzer(lexicon, skip=(rule,))
    variants["without any rule"] = analyzer(lexicon, skip=RULES)
    variants["without verb-object entries"] = analyzer(lexicon, verb_object=False)
    print("\n== ablation (analyzer less one part)")
    print(f"  {'variant':<30} {'dir.acc':>8} {'coverage':>9} {'macro-F1':>9}")
    results = {"all rules": list(all_rules)}
    results |= {name: [predict(r.sentence)[0] for r in rows] for name, predict in variants.items()}
    for name, directions in results.items():
        s = score(gold, directions)
        print(f"  {name:<30} {s.direction_accuracy:8.3f} {s.coverage:9.3f} {s.macro_f1:9.3f}")


def main(argv: list[str]) -> int:
    """Run the evaluation; print the figures; return 0 (2 for bad arguments or data)."""
    ap = argparse.ArgumentParser(
        prog="python -m analysis.evaluate escalation",
        description="Escalation analyzer vs CAMEO pentacode sentences.",
    )
    ap.add_argument("path", type=Path, help="events_pentacode_train.tsv")
    ap.add_argument(
        "--split",
        choices=(*SPLITS, "all"),
        default="dev",
        help="tune on dev, check on test; final is scored once per tuning round (splits.py)",
    )
    ap.add_argument("--errors", type=int, default=20, help="wrong sentences to list")
    ap.add_argument("--lexicon", default="escalation", help="lexicon name or YAML path")
    ap.add_argument(
        "--ablation", action="store_true", help="also score the analyzer without each rule"
    )
    args = ap.parse_args(argv)
    try:
        rows = read_rows(args.path)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    chosen = [r for r in rows if args.split in ("all", r.split)]
    lexicon = load_lexicon(args.lexicon)
    sizes = " / ".join(f"{sum(r.split == s for r in rows)} {s}" for s in SPLITS)
    print(
        f"{args.path.name}: {len(rows)} rows ({sizes}); "
        f"split '{args.split}': {len(chosen)} rows; lexicon {lexicon.name} {lexicon.version}"
    )
    gold = [r.gold for r in chosen]
    systems = {
        "analyzer (lexicon + verb-object + rules)": analyzer(lexicon),
        "baseline bow-flat (lexicon words, no verb-object, no rules, count 1)": bag_of_words(
            lexicon, flat=True
        ),
        "baseline bow-weighted (same, Goldstein weights)": bag_of_words(lexicon, flat=False),
        "baseline generic (56 CAMEO-root words, count 1, no rules)": generic_list(),
    }
    first = None
    for name, predict in systems.items():
        outputs = [predict(r.sentence) for r in chosen]
        _report(name, score(gold, [o[0] for o in outputs]))
        first = first or outputs
    assert first is not None
    if args.ablation:
        _ablation(lexicon, chosen, gold, [o[0] for o in first])
    wrong = [(r, o) for r, o in zip(chosen, first, strict=True) if o[0] != r.gold]
    print(f"\n== analyzer errors: {len(wrong)} (first {min(args.errors, len(wrong))})")
    for r, (pred, sc, hits) in wrong[: args.errors]:
        print(f"- gold {r.gold} ({r.label}) / pred {pred} ({sc:+g}): {r.sentence}")
        print(f"    {_hits(hits)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
