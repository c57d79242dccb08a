"""Evaluate the hedging detector against the Szeged Uncertainty Corpus (Wikipedia part).

``python -m analysis.evaluate hedging PATH [--split dev|test|all] [--categories ...] [--top N]
[--ablation]``

``PATH`` is the TSV described in ``../shared/data/README.md`` (columns ``id, label, cues,
sentence``; cues are ``start:end:type:text`` joined by ``|``). Each row is one sentence and goes
through the package's own code path: the row loaded as an article,
:class:`analysis.matching.Matcher` on the shipped hedging lexicon, then
:func:`analysis.hedging.apply_rules`.

Printed, for the chosen split:

* sentence-level precision, recall and F1 — a sentence is predicted uncertain when it has at
  least one cue of the chosen categories (default ``epistemic,conditional``) — for the
  detector, for the same lexicon without its context rules, and for a plain academic hedge list
  (:data:`HYLAND_HEDGES`, through the same matcher) scored the same way;
* cue-level precision, recall and F1: a predicted cue is right when it overlaps a gold cue, a
  gold cue is found when a predicted cue overlaps it;
* per cue word, the most frequent false positives and false negatives, with an example;
* the categories the corpus never labels (approximators, attribution), counted apart;
* with ``--ablation``, the sentence- and cue-level F1 each context rule buys (F1 with all rules
  minus F1 without that one).

Splits are by document (the article title in the id ``wiki:<Title>_<n>:S...``), with
documents that share a near-duplicate sentence kept together (:mod:`analysis.evaluate.splits`):
tune on ``dev``, check on ``test``, score ``final`` once at the end of a tuning round and
report it.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml
from nltk.metrics import precision, recall

from analysis.hedging import HEDGE_CATEGORIES, RULES, apply_rules
from analysis.lexicon import Lexicon, load_lexicon, parse_lexicon
from analysis.matching import Matcher
from analysis.text import load_article

from . import prf
from .splits import SPLITS, assign_splits

#: A plain academic hedge list: the hedges of Hyland (2005), *Metadiscourse: Exploring
#: Interaction in Writing*, London: Continuum, appendix ("hedges"), as commonly reproduced.
#: Matched like any lexicon (whole words, case-insensitive) with no context rules.
HYLAND_HEDGES: tuple[str, ...] = (
    "about", "almost", "apparent", "apparently", "appear", "appeared", "appears",
    "approximately", "argue", "argued", "argues", "around", "assume", "assumed", "broadly",
    "certain amount", "certain extent", "certain level", "claim", "claimed", "claims", "could",
    "couldn't", "doubt", "doubtful", "essentially", "estimate", "estimated", "fairly", "feel",
    "feels", "felt", "frequently", "from my perspective", "from our perspective",
    "from this perspective", "generally", "guess", "indicate", "indicated", "indicates",
    "in general", "in most cases", "in most instances", "in my opinion", "in my view",
    "in this view", "in our opinion", "in our view", "largely", "likely", "mainly", "may",
    "maybe", "might", "mostly", "often", "on the whole", "ought", "perhaps", "plausible",
    "plausibly", "possible", "possibly", "postulate", "postulated", "postulates", "presumable",
    "presumably", "probable", "probably", "quite", "rather", "relatively", "roughly", "seems",
    "should", "sometimes", "somewhat", "suggest", "suggested", "suggests", "suppose",
    "supposed", "supposes", "suspect", "suspects", "tend to", "tended to", "tends to",
    "to my knowledge", "typically", "uncertain", "uncertainly", "unclear", "unclearly",
    "unlikely", "usually", "would", "wouldn't",
)  # fmt: skip


_DOC_RE = re.compile(r"^wiki:(?P<title>.*)_\d+:S")

#: A cue as evaluated here: (start, end, category or gold cue type, text).
Cue = tuple[int, int, str, str]


@dataclass(frozen=True, slots=True)
class Row:
    """One labelled sentence of the TSV."""

    id: str
    doc: str
    label: bool
    gold: tuple[Cue, ...]
    sentence: str


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision over predictions, recall over gold items, F1, and the counts behind them
    (the same counts at sentence level). The figures come from ``nltk.metrics`` on sets of
    item ids (see :func:`sentence_scores` and :func:`cue_scores`); 0.0 where a set is empty."""

    precision: float
    recall: float
    f1: float
    right: int  # predictions that are correct
    predicted: int
    found: int  # gold items that were found
    gold: int

    def line(self, name: str) -> str:
        """One printed line: P, R, F1 and the counts behind them."""
        return (
            f"  {name:<32} P={self.precision:.4f}  R={self.recall:.4f}  F1={self.f1:.4f}"
            f"  ({self.right}/{self.predicted} right, {self.found}/{self.gold} found)"
        )


def document_of(row_id: str) -> str:
    """The article title a row belongs to (``wiki:<Title>_<n>:S...`` -> ``<Title>``)."""
    m = _DOC_RE.match(row_id)
    return m.group("title") if m else row_id


def read_rows(path: str | Path) -> list[Row]:
    """Read the TSV (tab-separated, standard CSV quoting) into :class:`Row` objects."""
    rows: list[Row] = []
    with open(path, encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh, delimiter="\t"):
            gold: list[Cue] = []
            for item in filter(None, (rec["cues"] or "").split("|")):
                start, end, kind, text = item.split(":", 3)
                gold.append((int(start), int(end), kind, text))
            rows.append(
                Row(
                    id=rec["id"],
                    doc=document_of(rec["id"]),
                    label=rec["label"] == "1",
                    gold=tuple(gold),
                    sentence=rec["sentence"],
                )
            )
    return rows


def baseline_lexicon() -> Lexicon:
    """:data:`HYLAND_HEDGES` as an in-memory lexicon (one category, ``epistemic``, no rules)."""
    doc = {
        "name": "hyland_baseline",
        "version": "2005",
        "description": "Hyland (2005) hedges as a plain word list, for comparison.",
        "source": "Hyland, K. (2005). Metadiscourse. London: Continuum, appendix.",
        "categories": {"epistemic": {"patterns": list(HYLAND_HEDGES)}},
    }
    return parse_lexicon(yaml.safe_dump(doc, sort_keys=False), path="<hyland baseline>")


def find_cues(
    rows: Sequence[Row],
    lexicon: Lexicon,
    *,
    rules: bool = True,
    skip: Collection[str] = (),
) -> list[list[Cue]]:
    """The cues ``lexicon`` finds in each row, through the package's own pipeline: the row is
    loaded as an article (its own sentences, clauses and tokens) and matched.

    With ``rules`` (and a lexicon whose YAML says ``rules: hedging``) the hedging context rules
    run on the matches, except those named in ``skip``.
    """
    matcher = Matcher([lexicon])
    use_rules = rules and lexicon.rules == "hedging"
    out: list[list[Cue]] = []
    for row in rows:
        article = load_article(text=row.sentence)
        matches = matcher.find(article)
        if use_rules:
            matches = apply_rules(article, matches, skip=skip)
        out.append([(m.start, m.end, m.category, m.text) for m in matches])
    return out


def sentence_scores(
    rows: Sequence[Row], preds: Sequence[Sequence[Cue]], categories: Iterable[str]
) -> Scores:
    """Sentence level: a sentence is predicted uncertain when it has a cue of ``categories``."""
    cats = set(categories)
    gold = {k for k, row in enumerate(rows) if row.label}  # item ids: row positions
    hits = {k for k, cues in enumerate(preds) if any(c[2] in cats for c in cues)}
    right = len(gold & hits)
    return Scores(
        *prf(gold, hits),
        right,
        len(hits),
        right,
        len(gold),
    )


def _overlaps(a: Cue, b: Cue) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def cue_scores(
    rows: Sequence[Row], preds: Sequence[Sequence[Cue]], categories: Iterable[str]
) -> tuple[Scores, Counter[str], Counter[str], dict[str, str]]:
    """Cue level by overlap, with false-positive and false-negative counts per cue word.

    Returns the scores, the FP and FN counters keyed by the lower-cased cue text, and one
    example (the first seen) per ``"FP <word>"`` / ``"FN <word>"`` key.

    Items are cues, identified by (row, position): precision is ``nltk.metrics.precision`` of
    the predicted cues that overlap a gold cue against all predicted cues, recall
    ``nltk.metrics.recall`` of all gold cues against those a predicted cue overlaps. Matching
    by overlap is not one to one (a predicted cue can cover two gold cues), so no single pair
    of sets gives both, and F1 is their harmonic mean, computed as ``f_measure`` does.
    """
    cats = set(categories)
    right: set[tuple[int, int]] = set()
    predicted: set[tuple[int, int]] = set()
    found: set[tuple[int, int]] = set()
    gold: set[tuple[int, int]] = set()
    fps: Counter[str] = Counter()
    fns: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for k, (row, cues) in enumerate(zip(rows, preds, strict=True)):
        mine = [c for c in cues if c[2] in cats]
        for j, c in enumerate(mine):
            predicted.add((k, j))
            if any(_overlaps(c, g) for g in row.gold):
                right.add((k, j))
            else:
                word = " ".join(c[3].lower().split())
                fps[word] += 1
                examples.setdefault("FP " + word, _mark(row.sentence, c))
        for j, g in enumerate(row.gold):
            gold.add((k, j))
            if any(_overlaps(c, g) for c in mine):
                found.add((k, j))
            else:
                word = " ".join(g[3].lower().split())
                fns[word] += 1
                examples.setdefault("FN " + word, _mark(row.sentence, g))
    p = precision(right, predicted) or 0.0  # (nltk gives None for an empty set)
    r = recall(gold, found) or 0.0
    f1 = 1.0 / (0.5 / p + 0.5 / r) if p and r else 0.0
    scores = Scores(p, r, f1, len(right), len(predicted), len(found), len(gold))
    return scores, fps, fns, examples


def _mark(sentence: str, cue: Cue, width: int = 90) -> str:
    """The sentence around ``cue``, with the cue in [[brackets]], cut to about ``width``."""
    start, end = cue[0], cue[1]
    left = sentence[max(0, start - width // 2) : start]
    right = sentence[end : end + width // 2]
    return f"{left}[[{sentence[start:end]}]]{right}".replace("\n", " ")


def _print_errors(
    title: str, counts: Counter[str], examples: dict[str, str], prefix: str, top: int
) -> None:
    print(f"\n{title}")
    for word, n in counts.most_common(top):
        print(f"  {n:4d}  {word:<18} {examples[prefix + word]}")


def _print_ablation(rows: Sequence[Row], lexicon: Lexicon, categories: Sequence[str]) -> None:
    full = find_cues(rows, lexicon)
    s_all = sentence_scores(rows, full, categories).f1
    c_all = cue_scores(rows, full, categories)[0].f1
    print("\nwhat each context rule buys (F1 with all rules minus F1 without that rule)")
    for rule in RULES:
        preds = find_cues(rows, lexicon, skip=(rule.name,))
        s = sentence_scores(rows, preds, categories).f1
        c = cue_scores(rows, preds, categories)[0].f1
        print(f"  {rule.name:<26} sentence {s_all - s:+.4f}   cue {c_all - c:+.4f}")


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="python -m analysis.evaluate hedging",
        description="Score the hedging detector on the Szeged Uncertainty Corpus TSV.",
    )
    ap.add_argument("path", help="hedging_wikipedia.tsv (id, label, cues, sentence)")
    ap.add_argument(
        "--split",
        choices=(*SPLITS, "all"),
        default="dev",
        help="split by documents and near-duplicates (analysis/evaluate/splits.py): tune on "
        "dev, check on test, score final once at the end of a tuning round",
    )
    ap.add_argument(
        "--categories",
        default="epistemic,conditional",
        help="comma-separated hedge categories that make a sentence uncertain "
        "(default epistemic,conditional)",
    )
    ap.add_argument("--top", type=int, default=15, help="error words to list (default 15)")
    ap.add_argument(
        "--ablation", action="store_true", help="also print what each context rule buys"
    )
    return ap.parse_args(list(argv))


def main(argv: list[str]) -> int:
    """Print sentence- and cue-level scores, errors and the baseline; 0 on success, 2 on bad
    arguments."""
    args = _parse(argv)
    categories = tuple(c.strip() for c in args.categories.split(",") if c.strip())
    unknown = sorted(set(categories) - set(HEDGE_CATEGORIES))
    if unknown or not categories:
        sys.stderr.write(
            f"--categories {args.categories!r}: choose from {', '.join(HEDGE_CATEGORIES)}\n"
        )
        return 2
    path = Path(args.path)
    if not path.is_file():
        sys.stderr.write(f"'{path}' is not a file; pass the path of hedging_wikipedia.tsv\n")
        return 2
    every = read_rows(path)
    splits = assign_splits([r.sentence for r in every], keys=[r.doc for r in every])
    rows = [r for r, s in zip(every, splits, strict=True) if args.split in ("all", s)]
    n_pos = sum(r.label for r in rows)
    print(
        f"split={args.split}: {len(rows)} sentences from {len({r.doc for r in rows})} "
        f"documents, {n_pos} uncertain ({n_pos / max(len(rows), 1):.1%}); "
        f"categories={','.join(categories)}"
    )

    lexicon = load_lexicon("hedging")
    found = find_cues(rows, lexicon)
    raw = find_cues(rows, lexicon, rules=False)
    base = find_cues(rows, baseline_lexicon())
    only = ("epistemic",)  # the baseline list's one category

    print(f"\nsentence level (lexicon {lexicon.name} {lexicon.version})")
    print(sentence_scores(rows, found, categories).line("detector (lexicon + rules)"))
    print(sentence_scores(rows, raw, categories).line("lexicon without context rules"))
    print(sentence_scores(rows, base, only).line("baseline: Hyland (2005) hedges"))

    cue, fps, fns, examples = cue_scores(rows, found, categories)
    print("\ncue level (overlap)")
    print(cue.line("detector (lexicon + rules)"))
    print(cue_scores(rows, base, only)[0].line("baseline: Hyland (2005) hedges"))

    _print_errors("top false positives (cue, count, example)", fps, examples, "FP ", args.top)
    _print_errors("top false negatives (gold cue, count, example)", fns, examples, "FN ", args.top)

    apart = [c for c in HEDGE_CATEGORIES if c not in categories]
    if apart:
        print("\ncategories scored apart (the corpus does not label approximation or attribution)")
        for cat in apart:
            has = [any(c[2] == cat for c in cues) for cues in found]
            n_cues = sum(c[2] == cat for cues in found for c in cues)
            in_pos = sum(h and r.label for h, r in zip(has, rows, strict=True))
            print(
                f"  {cat:<13} {n_cues:5d} cues in {sum(has):5d} sentences, "
                f"{in_pos} of those labelled uncertain"
            )
    if args.ablation:
        _print_ablation(rows, lexicon, categories)
    return 0
