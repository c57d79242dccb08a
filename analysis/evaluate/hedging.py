"""Evaluate the hedging detector against the Szeged Uncertainty Corpus (Wikipedia part).

``python -m analysis.evaluate hedging PATH [--split dev|test|all] [--categories ...] [--top N]``

``PATH`` is the TSV described in ``../shared/data/README.md`` (columns ``id, label, cues,
sentence``; cues are ``start:end:type:text`` joined by ``|``). Each row is one sentence and is
run through the package's real code path — :class:`analysis.matching.Matcher` on the shipped
lexicon, then :func:`analysis.hedging.apply_rules` — with the whole row as the only span.

Printed, for the chosen split:

* sentence-level precision, recall and F1 (a sentence is predicted uncertain when it has at
  least one cue of the chosen categories, default ``epistemic,conditional``), for the detector,
  for the same lexicon without the context rules, and for a plain academic hedge list
  (:data:`HYLAND_HEDGES`) scored the same way;
* cue-level precision, recall and F1, where a predicted cue is right when it overlaps a gold cue;
* per cue word, the most frequent false positives and false negatives with an example sentence;
* the categories the corpus never annotates (approximators, attribution), counted apart.

The split is by document (article title, taken from the id ``wiki:<Title>_<n>:S...``) and
deterministic: a title goes to ``test`` when the first 8 hex digits of its SHA-256, modulo 100,
are 70 or more (about 30% of titles). Tune on ``dev``; report ``test``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from analysis.hedging import HEDGE_CATEGORIES, apply_rules
from analysis.lexicon import load_lexicon
from analysis.matching import Matcher

#: Plain academic hedge list: the hedges of Hyland (2005), *Metadiscourse: Exploring Interaction
#: in Writing*, Continuum, Appendix 2 ("hedges"), as commonly reproduced (e.g. in Hyland 2019,
#: 2nd ed.). Matched as whole words or phrases, case-insensitive, with no context rules.
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

#: Share of documents (article titles) that go to the test split, in percent.
TEST_PERCENT = 30

_DOC_RE = re.compile(r"^wiki:(?P<title>.*)_\d+:S")

# A cue as evaluated here: (start, end, category, text).
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
    """Precision over predictions and recall over gold items (equal counts at sentence level)."""

    right: int  # predictions that are correct
    predicted: int
    found: int  # gold items that were found
    gold: int

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

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


def split_of(doc: str) -> str:
    """Deterministic document-level split: ``"test"`` for ~30% of titles, else ``"dev"``."""
    bucket = int(hashlib.sha256(doc.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "test" if bucket >= 100 - TEST_PERCENT else "dev"


def read_rows(path: str | Path) -> list[Row]:
    """Read the TSV (standard CSV quoting, tab-separated) into :class:`Row` objects."""
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


def detector_cues(rows: Sequence[Row], *, rules: bool = True) -> list[list[Cue]]:
    """Cues found by the shipped hedging lexicon (+ context rules) in each row's sentence."""
    matcher = Matcher([load_lexicon("hedging")])
    out: list[list[Cue]] = []
    for row in rows:
        s = row.sentence
        matches = matcher.find(s, [(0, len(s))])
        if rules:
            matches = apply_rules(s, matches)
        out.append([(m.start, m.end, m.category, m.text) for m in matches])
    return out


_BASELINE_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        r"\s+".join(re.escape(w) for w in p.split())
        for p in sorted(HYLAND_HEDGES, key=len, reverse=True)
    )
    + r")(?!\w)",
    re.IGNORECASE,
)


def baseline_cues(rows: Sequence[Row]) -> list[list[Cue]]:
    """Cues of the plain :data:`HYLAND_HEDGES` list (all labelled ``epistemic``)."""
    return [
        [(m.start(), m.end(), "epistemic", m.group()) for m in _BASELINE_RE.finditer(r.sentence)]
        for r in rows
    ]


def sentence_scores(
    rows: Sequence[Row], preds: Sequence[Sequence[Cue]], categories: Iterable[str]
) -> Scores:
    """Sentence level: predicted uncertain = at least one cue of ``categories``."""
    cats = set(categories)
    hits = [any(c[2] in cats for c in cues) for cues in preds]
    tp = sum(h and r.label for h, r in zip(hits, rows, strict=True))
    return Scores(tp, sum(hits), tp, sum(r.label for r in rows))


def _overlaps(a: Cue, b: Cue) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def cue_scores(
    rows: Sequence[Row], preds: Sequence[Sequence[Cue]], categories: Iterable[str]
) -> tuple[Scores, Counter[str], Counter[str], dict[str, str]]:
    """Cue level by overlap, plus false-positive / false-negative counts per cue word.

    Precision counts predicted cues that overlap some gold cue; recall counts gold cues that
    some predicted cue overlaps. Returns the scores, the FP and FN counters keyed by the
    lower-cased cue text, and one example sentence per key (first seen).
    """
    cats = set(categories)
    tp_pred = n_pred = tp_gold = n_gold = 0
    fps: Counter[str] = Counter()
    fns: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for row, cues in zip(rows, preds, strict=True):
        mine = [c for c in cues if c[2] in cats]
        for c in mine:
            n_pred += 1
            if any(_overlaps(c, g) for g in row.gold):
                tp_pred += 1
            else:
                key = "FP " + c[3].lower()
                fps[c[3].lower()] += 1
                examples.setdefault(key, _mark(row.sentence, c))
        for g in row.gold:
            n_gold += 1
            if any(_overlaps(c, g) for c in mine):
                tp_gold += 1
            else:
                key = "FN " + g[3].lower()
                fns[g[3].lower()] += 1
                examples.setdefault(key, _mark(row.sentence, g))
    return Scores(tp_pred, n_pred, tp_gold, n_gold), fps, fns, examples


def _mark(sentence: str, cue: Cue, width: int = 90) -> str:
    """The sentence around ``cue`` with the cue in [[brackets]], shortened to ~``width``."""
    start, end = cue[0], cue[1]
    left = sentence[max(0, start - width // 2) : start]
    right = sentence[end : end + width // 2]
    return f"{left}[[{sentence[start:end]}]]{right}".replace("\n", " ")


def _report_errors(
    title: str, counts: Counter[str], examples: dict[str, str], prefix: str, top: int
) -> None:
    print(f"\n{title}")
    for word, n in counts.most_common(top):
        print(f"  {n:4d}  {word:<18} {examples[prefix + word]}")


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="python -m analysis.evaluate hedging",
        description="Score the hedging detector on the Szeged Uncertainty Corpus TSV.",
    )
    ap.add_argument("path", help="hedging_wikipedia.tsv (id, label, cues, sentence)")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument(
        "--categories",
        default="epistemic,conditional",
        help="comma-separated hedge categories that make a sentence uncertain",
    )
    ap.add_argument("--top", type=int, default=15, help="error words to list (default 15)")
    return ap.parse_args(list(argv))


def main(argv: list[str]) -> int:
    """Print sentence- and cue-level scores, error lists and the baseline; return 0 or 2."""
    args = _parse(argv)
    categories = tuple(c.strip() for c in args.categories.split(",") if c.strip())
    unknown = sorted(set(categories) - set(HEDGE_CATEGORIES))
    if unknown:
        sys.stderr.write(f"unknown categories {unknown}; choose from {HEDGE_CATEGORIES}\n")
        return 2
    path = Path(args.path)
    if not path.is_file():
        sys.stderr.write(f"'{path}' is not a file; pass the hedging_wikipedia.tsv path\n")
        return 2
    rows = [r for r in read_rows(path) if args.split == "all" or split_of(r.doc) == args.split]
    n_docs = len({r.doc for r in rows})
    n_pos = sum(r.label for r in rows)
    print(
        f"split={args.split}: {len(rows)} sentences from {n_docs} documents, "
        f"{n_pos} uncertain ({n_pos / max(len(rows), 1):.1%}); categories={','.join(categories)}"
    )

    found = detector_cues(rows)
    raw = detector_cues(rows, rules=False)
    base = baseline_cues(rows)
    every = ("epistemic",)  # the baseline list has one category

    print("\nsentence level")
    print(sentence_scores(rows, found, categories).line("detector (lexicon + rules)"))
    print(sentence_scores(rows, raw, categories).line("lexicon without context rules"))
    print(sentence_scores(rows, base, every).line("baseline: Hyland (2005) hedges"))

    cue, fps, fns, examples = cue_scores(rows, found, categories)
    base_cue = cue_scores(rows, base, every)[0]
    print("\ncue level (overlap)")
    print(cue.line("detector (lexicon + rules)"))
    print(base_cue.line("baseline: Hyland (2005) hedges"))

    _report_errors("top false positives (cue word, count, example)", fps, examples, "FP ", args.top)
    _report_errors("top false negatives (gold cue, count, example)", fns, examples, "FN ", args.top)

    apart = [c for c in HEDGE_CATEGORIES if c not in categories]
    if apart:
        print("\ncategories scored apart (the corpus never labels them as uncertainty)")
        for cat in apart:
            in_pos = sum(
                any(c[2] == cat for c in cues) and row.label
                for row, cues in zip(rows, found, strict=True)
            )
            n_sent = sum(any(c[2] == cat for c in cues) for cues in found)
            n_cues = sum(c[2] == cat for cues in found for c in cues)
            print(
                f"  {cat:<13} {n_cues:5d} cues in {n_sent:5d} sentences, "
                f"{in_pos} of them labelled uncertain"
            )
    return 0
