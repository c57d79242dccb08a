"""The bootstrap intervals: Monte Carlo stability against cost, and coverage on news sentences.

Run from the repository root::

    .venv/bin/python bench/intervals.py [--data PATH.jsonl] [--seeds 200] [--trials 1000]

Prints two tables:

* **stability vs cost** (the seed article): for each number of resamples B, the standard
  deviation of each interval end over ``--seeds`` different seeds, as a share of the interval's
  width, and the time :meth:`analysis.intervals.Resampler.figures` takes for all the seed's
  figures (warm, median of the seeds). B = 1000 is the package's choice.
* **coverage** (Wikinews): all sentences of the benchmark articles form a population; for each
  sample size n, ``--trials`` samples of n sentences are drawn with replacement, and the share
  of 95% intervals (B = 1000; plain percentile, and expanded percentile as the package
  computes them) that hold the population's value is counted, for the mean
  sentiment, the hedge density (cues per 100 tokens) and the escalation index (over the
  population's events, samples of n events). Sentences drawn independently are the
  bootstrap's own assumption; sentences of one article are not independent (neighbours share
  a topic), so in real articles the intervals are somewhat narrower than they should be.

The data set is read in place and never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import analysis  # noqa: E402
from analysis.intervals import Columns, Resampler, percentile_interval  # noqa: E402
from analysis.measures import MEASURES  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "bench" / "wikinews.jsonl"
SEED = ROOT / "seeds" / "russia_ukraine_2023-10-24.txt"
SHOWN = ("sentiment", "hedge_density", "escalation_index")


def stability(seeds: int) -> None:
    res = analysis.analyze(analysis.load_article(SEED))
    tables = {
        "sentences": Columns.from_frame(res.sentences),
        "events": Columns.from_frame(res.events),
    }
    stats = [s for m in MEASURES for s in m.statistics]
    print(
        f"stability vs cost: the seed article ({len(res.sentences)} sentences, "
        f"{len(res.events)} events), {seeds} seeds"
    )
    print(
        f"{'B':>6}  "
        + "  ".join(f"{k + ' low/high sd %w':>34}" for k in SHOWN)
        + f"  {'ms (all 8 figures)':>18}"
    )
    for b in (250, 500, 1000, 2000, 4000):
        ends: dict[str, list[list[float]]] = {k: [] for k in SHOWN}
        times = []
        for i in range(seeds):
            r = Resampler(f"seed-{i}", n_resamples=b)
            t0 = time.perf_counter()
            figures = r.figures(stats, tables)
            times.append(time.perf_counter() - t0)
            for k in SHOWN:
                ends[k].append(figures[f"{k}_ci95"])
        cells = []
        for k in SHOWN:
            arr = np.array(ends[k])
            width = float(np.mean(arr[:, 1] - arr[:, 0]))
            lo, hi = arr[:, 0].std() / width, arr[:, 1].std() / width
            cells.append(f"{100 * lo:>15.1f}% / {100 * hi:>5.1f}% (w {width:.3f})")
        print(
            f"{b:>6}  "
            + "  ".join(f"{c:>34}" for c in cells)
            + f"  {1000 * statistics.median(times):>18.2f}"
        )


def coverage(path: Path, trials: int) -> None:
    texts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            texts.append((str(row.get("id", len(texts))), row["text"]))
    corpus = analysis.analyze_corpus(texts, progress=False)
    s, e = corpus.sentences, corpus.events
    population = {
        "sentences": Columns.from_frame(s[["sentiment", "hedge_cues", "n_tokens"]]),
        "events": Columns.from_frame(e[["direction"]]),
    }
    stats = {k: next(st for m in MEASURES for st in m.statistics if st.key == k) for k in SHOWN}
    truth = {k: stats[k].estimate(population[stats[k].unit]) for k in SHOWN}
    print(
        f"\ncoverage of 95% intervals (B = 1000), {trials} samples per n, Wikinews: "
        f"{len(s)} sentences, {len(e)} events; plain percentile / expanded (the package's)"
    )
    print(f"{'n':>5}  " + "  ".join(f"{k:>22}" for k in SHOWN))
    rng = np.random.default_rng(0)
    for n in (5, 10, 17, 20, 40, 80):
        hits = {k: [0, 0] for k in SHOWN}
        for t in range(trials):
            for k, st in stats.items():
                pop = population[st.unit]
                idx = rng.integers(0, pop.n, n)
                sample = Columns({c: pop[c][idx] for c in pop}, n)
                reps = Resampler(f"cov-{t}-{k}").replicates(st, sample)
                plain = percentile_interval(reps)
                expanded = percentile_interval(reps, n_units=n)
                hits[k][0] += plain[0] <= truth[k] <= plain[1]
                hits[k][1] += expanded[0] <= truth[k] <= expanded[1]
        cells = [f"{100 * h[0] / trials:.1f}% / {100 * h[1] / trials:.1f}%" for h in hits.values()]
        print(f"{n:>5}  " + "  ".join(f"{c:>22}" for c in cells))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, default=DEFAULT_DATA)
    p.add_argument("--seeds", type=int, default=200)
    p.add_argument("--trials", type=int, default=1000)
    args = p.parse_args()
    stability(args.seeds)
    if args.data.is_file():
        coverage(args.data, args.trials)
    else:
        print(f"\n(no {args.data}: coverage skipped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
