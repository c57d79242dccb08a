"""Evaluate the actor roles (who acts on whom) against hand-coded sentences.

``python -m analysis.evaluate actors [PATH] [--split dev|test|all] [--errors N]``
``python -m analysis.evaluate actors --names [PATH]``

``PATH`` defaults to ``tests/fixtures/actors_gold.tsv``: one sentence a row (``doc, split,
sentence, gold, reason``), the gold its CAMEO-style dyads at country level (``RUS>UKR``, ``-``
for no actor, several joined by ``|`` when the sentence reports several events or the coding
is ambiguous). Each sentence is analysed on its own with the shipped lexicons and gazetteers;
the prediction is the event with the largest weight that names an actor (the scoring of the
issue), and it is right for the source when its source is the source of any gold dyad, for the
target likewise, and for both when its pair is a gold dyad. A sentence without such an event
counts as wrong. The baseline, scored the same way, takes the sentence's first actor mention
(same gazetteers) as the source and the next mention of another actor as the target.

``--names`` measures the country libraries on ``tests/fixtures/country_variants.tsv`` (a name
as news writes it, and its code): pycountry's ``countries.lookup`` and the package's mention
finder (pycountry's names plus the gazetteers). country_converter cannot be measured here: its
1.3.2 release fails at ``CountryConverter()`` under pandas 3 (see README).
"""

from __future__ import annotations

import argparse
import csv
import functools
import sys
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pycountry

import analysis
from analysis.gazetteer import find_mentions, resolve_gazetteers
from analysis.lexicon import Lexicon

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures"
Dyad = tuple[str | None, str | None]


@dataclass(frozen=True)
class Row:
    """One gold sentence."""

    doc: str
    split: str
    sentence: str
    gold: tuple[Dyad, ...]
    reason: str


def _dyad(text: str) -> Dyad:
    src, _, tgt = text.strip().partition(">")
    return (None if src in ("", "-") else src, None if tgt in ("", "-") else tgt)


def read_rows(path: Path) -> list[Row]:
    """The gold rows of ``path`` (tab-separated with a header)."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Row(
                r["doc"],
                r["split"],
                r["sentence"],
                tuple(map(_dyad, r["gold"].split("|"))),
                r["reason"],
            )
            for r in reader
        ]


def analyzer(sentence: str) -> Dyad | None:
    """The package: the strongest event that names an actor. (Every gold sentence is English;
    the language identifier's guess on one short sentence is not asked.)"""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", analysis.NonEnglishWarning)
        events = analysis.analyze(sentence).events
    named = events[events["source"].notna() | events["target"].notna()]
    if named.empty:
        return None
    best = named.loc[named["weight"].idxmax()]
    return (_code(best["source"]), _code(best["target"]))


def naive(sentence: str) -> Dyad | None:
    """First actor mention is the source, the next mention of another actor the target."""
    art = analysis.load_article(text=sentence)
    mentions = find_mentions(art, _gazetteers())
    if not mentions:
        return None
    src = mentions[0].code
    tgt = next((m.code for m in mentions[1:] if m.code != src), None)
    return (src, tgt)


@functools.cache
def _gazetteers() -> tuple[Lexicon, ...]:
    """The shipped gazetteers, resolved once for all the sentences."""
    return resolve_gazetteers()


def _code(value: object) -> str | None:
    return value if isinstance(value, str) else None


def score(rows: Sequence[Row], predict: Callable[[str], Dyad | None]) -> dict[str, float]:
    """Source, target and both accuracy over ``rows`` (no prediction: wrong)."""
    return score_predictions(rows, [predict(r.sentence) for r in rows])


def score_predictions(rows: Sequence[Row], preds: Sequence[Dyad | None]) -> dict[str, float]:
    """:func:`score` of predictions already made, one per row."""
    hits = {"source": 0, "target": 0, "both": 0}
    for r, p in zip(rows, preds, strict=True):
        if p is None:
            continue
        hits["source"] += p[0] is not None and p[0] in {g[0] for g in r.gold}
        hits["target"] += p[1] in {g[1] for g in r.gold}
        hits["both"] += p[0] is not None and p in r.gold
    n = max(len(rows), 1)
    return {k: v / n for k, v in hits.items()}


def name_coverage(path: Path) -> dict[str, tuple[int, int]]:
    """``{system: (right, total)}`` on the country-name variants of ``path``."""
    with path.open(encoding="utf-8") as fh:
        pairs = [line.rstrip("\n").split("\t") for line in fh if line.strip()][1:]

    def lookup(name: str) -> str | None:
        try:
            return pycountry.countries.lookup(name).alpha_3
        except LookupError:
            return None

    gazetteers = resolve_gazetteers()

    def mentions(name: str) -> str | None:
        found = find_mentions(analysis.load_article(text=f"{name} said."), gazetteers)
        return found[0].code if found and found[0].start == 0 else None

    out = {}
    for label, fn in (("pycountry.countries.lookup", lookup), ("this package", mentions)):
        out[label] = (sum(fn(n) == code for n, code in pairs), len(pairs))
    return out


def main(argv: list[str]) -> int:
    """Run the evaluation; print the figures; return 0 (2 for bad arguments or data)."""
    ap = argparse.ArgumentParser(
        prog="python -m analysis.evaluate actors",
        description="Actor roles (source, target) vs hand-coded sentences.",
    )
    ap.add_argument("path", type=Path, nargs="?", default=None, help="gold TSV")
    ap.add_argument("--split", choices=("dev", "test", "written", "all"), default="dev")
    ap.add_argument("--errors", type=int, default=0, help="wrong sentences to list")
    ap.add_argument("--names", action="store_true", help="country-name coverage instead")
    args = ap.parse_args(argv)
    if args.names:
        path = args.path or FIXTURES / "country_variants.tsv"
        for label, (right, total) in name_coverage(path).items():
            print(f"{label:<28} {right}/{total} = {right / total:.3f}")
        return 0
    path = args.path or FIXTURES / "actors_gold.tsv"
    try:
        rows = read_rows(path)
    except (OSError, KeyError, ValueError) as exc:
        print(f"error: {path} cannot be read as actor gold ({exc}).", file=sys.stderr)
        return 2
    chosen = [r for r in rows if args.split in ("all", r.split)]
    docs = len({r.doc for r in chosen})
    print(f"{path.name}: split '{args.split}': {len(chosen)} sentences from {docs} articles")
    print(f"{'system':<44} {'source':>7} {'target':>7} {'both':>7}")
    preds = [analyzer(r.sentence) for r in chosen]
    for label, done in (("analyzer (strongest event naming an actor)", preds),
                        ("naive (first mention -> next other mention)",
                         [naive(r.sentence) for r in chosen])):  # fmt: skip
        s = score_predictions(chosen, done)
        print(f"{label:<44} {s['source']:>7.3f} {s['target']:>7.3f} {s['both']:>7.3f}")
    shown = 0
    for r, p in zip(chosen, preds, strict=True):
        if shown >= args.errors:
            break
        if p is None or p not in r.gold:
            shown += 1
            gold = " | ".join(f"{s or '-'}>{t or '-'}" for s, t in r.gold)
            got = "none" if p is None else f"{p[0] or '-'}>{p[1] or '-'}"
            print(f"\n[{r.doc}] {r.sentence}\n  gold {gold}; got {got}  ({r.reason})")
    return 0
