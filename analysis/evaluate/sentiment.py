"""Sentiment against human ratings: sentence engines, and sentence -> document aggregation.

``python -m analysis.evaluate sentiment PATH [--headlines PATH]``

PATH is a TSV of rated sentences with columns ``id, mean_rating, text`` where ``id`` is
``<piece>_<sentence>`` (e.g. the NYT editorial set of Hutto & Gilbert 2014). It prints Pearson r
against the human means for each engine per sentence, then per piece for each candidate
aggregation, both on the gold sentence split and on the package's own segmentation of the
joined text. ``--headlines`` adds a headline set (``id, valence, text``, SemEval-2007).
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import statistics
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from ..sentiment import SentenceSentiment, aggregate, score_sentence
from ..text import count_tokens, split_sentences

Aggregation = Callable[[list[SentenceSentiment], list[str]], float]


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    """Pearson correlation; 0.0 when either side is constant."""
    mx, my = statistics.fmean(x), statistics.fmean(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else 0.0


def bootstrap_difference(
    a: Sequence[float], b: Sequence[float], gold: Sequence[float], *, n: int = 2000, seed: int = 0
) -> tuple[float, float]:
    """95% paired-bootstrap interval of ``r(a, gold) - r(b, gold)`` over documents."""
    rng = random.Random(seed)
    k = len(gold)
    diffs = []
    for _ in range(n):
        idx = [rng.randrange(k) for _ in range(k)]
        g = [gold[i] for i in idx]
        diffs.append(pearson([a[i] for i in idx], g) - pearson([b[i] for i in idx], g))
    diffs.sort()
    return diffs[int(0.025 * n)], diffs[int(0.975 * n) - 1]


def _nonzero_mean(scores: list[SentenceSentiment], _texts: list[str]) -> float:
    vals = [s.vader_compound for s in scores if s.vader_compound != 0]
    return aggregate(vals)


AGGREGATIONS: dict[str, Aggregation] = {
    "vader mean (chosen)": lambda s, _t: aggregate([x.vader_compound for x in s]),
    "vader token-weighted mean": lambda s, t: aggregate(
        [x.vader_compound for x in s], [count_tokens(u) for u in t]
    ),
    "vader mean of non-neutral": _nonzero_mean,
    "vader median": lambda s, _t: statistics.median([x.vader_compound for x in s]),
    "textblob mean": lambda s, _t: aggregate([x.textblob_polarity for x in s]),
    "mean of vader and textblob": lambda s, _t: aggregate(
        [(x.vader_compound + x.textblob_polarity) / 2 for x in s]
    ),
}


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def evaluate_pieces(rows: list[dict[str, str]]) -> None:
    """Print sentence- and piece-level correlations for a ``<piece>_<n>`` rated sentence set."""
    pieces: dict[str, list[tuple[float, str]]] = defaultdict(list)
    sentence_scores, sentence_gold = [], []
    for row in rows:
        piece = row["id"].split("_")[0]
        rating = float(row["mean_rating"])
        pieces[piece].append((rating, row["text"]))
        sentence_scores.append(score_sentence(row["text"]))
        sentence_gold.append(rating)
    print(f"{len(rows)} sentences in {len(pieces)} pieces")
    print("\nsentence level, Pearson r with the human mean rating")
    for name, get in [
        ("vader compound", lambda s: s.vader_compound),
        ("textblob polarity", lambda s: s.textblob_polarity),
        ("mean of the two", lambda s: (s.vader_compound + s.textblob_polarity) / 2),
    ]:
        print(f"  {name:<30} r = {pearson([get(s) for s in sentence_scores], sentence_gold):.3f}")

    gold = [statistics.fmean(r for r, _ in items) for items in pieces.values()]
    gold_split = [[t for _, t in items] for items in pieces.values()]
    joined = [" ".join(texts) for texts in gold_split]
    own_split = [[s.text for s in split_sentences(doc)] for doc in joined]
    scored_gold = [[score_sentence(t) for t in texts] for texts in gold_split]
    scored_own = [[score_sentence(t) for t in texts] for texts in own_split]

    print("\npiece level, Pearson r with the mean of the piece's sentence ratings")
    whole = [score_sentence(doc).vader_compound for doc in joined]
    print(f"  {'vader on the whole text':<30} r = {pearson(whole, gold):.3f}")
    print(
        f"  {'aggregation':<30} {'own split':>10} {'gold split':>10}"
        f"   {'r - chosen (own split), 95% bootstrap CI':>40}"
    )
    chosen = next(iter(AGGREGATIONS.values()))
    base = [chosen(s, t) for s, t in zip(scored_own, own_split, strict=True)]
    for name, agg in AGGREGATIONS.items():
        r_gold = pearson([agg(s, t) for s, t in zip(scored_gold, gold_split, strict=True)], gold)
        own = [agg(s, t) for s, t in zip(scored_own, own_split, strict=True)]
        lo, hi = bootstrap_difference(own, base, gold)
        print(
            f"  {name:<30} {pearson(own, gold):>10.3f} {r_gold:>10.3f}"
            f"   {pearson(own, gold) - pearson(base, gold):>+18.3f} [{lo:+.3f}, {hi:+.3f}]"
        )


def evaluate_headlines(rows: list[dict[str, str]]) -> None:
    """Print sentence-level correlations on a headline set (``id, valence, text``)."""
    gold = [float(r["valence"]) for r in rows]
    scores = [score_sentence(r["text"]) for r in rows]
    print(f"\nheadlines: {len(rows)}, Pearson r with human valence")
    for name, vals in [
        ("vader compound", [s.vader_compound for s in scores]),
        ("textblob polarity", [s.textblob_polarity for s in scores]),
        ("mean of the two", [(s.vader_compound + s.textblob_polarity) / 2 for s in scores]),
    ]:
        print(f"  {name:<30} r = {pearson(vals, gold):.3f}")


def main(argv: list[str]) -> int:
    """Entry point for ``python -m analysis.evaluate sentiment``."""
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate sentiment")
    parser.add_argument("path", type=Path, help="TSV with id, mean_rating, text")
    parser.add_argument("--headlines", type=Path, help="TSV with id, valence, text")
    args = parser.parse_args(argv)
    for p in (args.path, args.headlines):
        if p is not None and not p.is_file():
            parser.error(f"'{p}' is not a file")
    evaluate_pieces(_read_tsv(args.path))
    if args.headlines:
        evaluate_headlines(_read_tsv(args.headlines))
    return 0
