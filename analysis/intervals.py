"""Bootstrap intervals: the one resampling helper behind every ``<figure>_ci95``.

A document figure is a :class:`Statistic` of the units it is built from: the mean of the
sentences' sentiment, hedge cues per 100 tokens over the sentences, the share of escalation
among the events, the sum of the sentences' escalation scores. Its 95% interval is an
**expanded percentile bootstrap** (Efron & Tibshirani 1993, ch. 13; Hesterberg 2015): draw the
units :data:`N_RESAMPLES` times with replacement (as many as there are), recompute the
statistic on each draw, and take the quantiles of the recomputed values at the tails of
:func:`expanded_tail` (for many units the 2.5th and 97.5th percentiles; for few, further out,
as a t interval widens with few degrees of freedom). The same
:class:`Resampler` serves a document's summary (units: its sentences or its events), a
comparison of two documents (each side resampled on its own) and a comparison of two groups
of documents (units: the documents).

Why this method: it needs no formula per figure (ratios and sums included), it stays inside a
figure's range (an index in [-1, 1] never gets an interval beyond it, as a normal
approximation can), and it is cheap when vectorised: one matrix of resample counts per kind
of unit, shared by all figures built from that unit. BCa would correct for skew but needs a
jackknife per figure and is undefined for the small samples news gives (one-sided events).
The plain percentile interval is too narrow for the 10-40 sentences of a news article; the
expansion restores most of the coverage (``bench/intervals.py``, on Wikinews sentences: a
nominal 95% interval of 17 sentences covers 93% plain and 96% expanded for sentiment, 90% and
92% for hedge density). ``bench/intervals.py`` also measures the Monte Carlo error of the ends
against :data:`N_RESAMPLES`.

Degenerate cases: fewer than :data:`MIN_UNITS` units gives no interval (``None``): one
sentence cannot say how much another sentence would differ. When every unit has the same
value (all of an article's three events escalate) every resample does too and the interval
has zero width: it says the sample shows no spread, not that the figure is certain.

Resamples are drawn from a seed derived from the input (the article's sha256), so the same
input gives the same interval, to the byte, on every run and machine with the same numpy.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from statistics import NormalDist
from typing import Any

import numpy as np

from .errors import ParameterError
from .files import stable_float

__all__ = [
    "INTERVAL_SUFFIX",
    "LEVEL",
    "MIN_UNITS",
    "N_RESAMPLES",
    "Columns",
    "Resampler",
    "Statistic",
    "expanded_tail",
    "interval_suffix",
    "percentile_interval",
    "seed_of",
    "t_quantile",
]

#: Resamples per interval. At 1,000 the endpoints' Monte Carlo error on the seed article is
#: a few per cent of the interval's width (``bench/intervals.py``); the cost is ~0.1 ms per
#: figure for a 40-sentence article.
N_RESAMPLES = 1000
#: Coverage of the intervals: ``<figure>_ci95``.
LEVEL = 0.95
#: Fewest units that give an interval.
MIN_UNITS = 2
#: Most resample counts held at once (16 MB of float64): beyond it, resamples are drawn in
#: blocks and drawn again (from the same seed) for each figure, so memory stays bounded on
#: huge inputs.
_MAX_CELLS = 2_000_000

ValueOf = Callable[["Columns"], np.ndarray]


def seed_of(*parts: object) -> int:
    """A 64-bit seed from the parts' text (sha256): the same parts, the same resamples."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "little")


class Columns(Mapping[str, np.ndarray]):
    """The units of one kind (the rows of a sentence or event table) as numeric columns.

    Built from plain lists (a document's sentence values) or a DataFrame (``res.sentences``);
    a column is converted to a numpy array on first use: numbers as float64 (missing values
    as NaN), anything else as an object array.
    """

    def __init__(self, data: Mapping[str, Any], n: int) -> None:
        self._data = data
        self._arrays: dict[str, np.ndarray] = {}
        self.n = n

    @classmethod
    def from_frame(cls, frame: Any) -> Columns:
        """The columns of a pandas DataFrame."""
        return cls({c: frame[c] for c in frame.columns}, len(frame))

    def __getitem__(self, key: str) -> np.ndarray:
        arr = self._arrays.get(key)
        if arr is None:
            arr = self._arrays[key] = _as_array(self._data[key])
        return arr

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


def _as_array(values: Any) -> np.ndarray:
    to_numpy = getattr(values, "to_numpy", None)
    if to_numpy is not None:  # a pandas Series (nullable Int64/Float64 included)
        import pandas as pd

        if pd.api.types.is_numeric_dtype(values.dtype) or pd.api.types.is_bool_dtype(values.dtype):
            return to_numpy(dtype="float64", na_value=np.nan)
        return to_numpy(dtype=object)
    arr = np.asarray(values)
    if arr.dtype.kind in "biuf":
        return arr.astype("float64")
    if arr.dtype.kind == "O":
        try:
            return np.asarray(values, dtype="float64")
        except (TypeError, ValueError):
            return arr
    return arr


@dataclass(frozen=True)
class Statistic:
    """A figure as a function of its units: ``scale * Σ value / Σ per``.

    Args:
        key: the summary key (``"hedge_density"``); its interval is ``<key>_ci95``.
        unit: what is resampled: ``"sentences"``, ``"events"`` (rows of ``res.sentences`` /
            ``res.events``) or ``"documents"`` (rows of a corpus summary).
        value: a column of the units, or a function of their :class:`Columns` giving one
            number per unit.
        per: the column summed in the denominator (``"n_tokens"``: a rate); ``None``: the
            number of units, i.e. a mean.
        total: a sum over the units instead of a mean (``per`` is then ignored).
        scale: a constant factor (100 for "per 100 tokens").

    With no units, or a zero denominator, the figure is 0.0 (a document without events has
    index 0).
    """

    key: str
    unit: str
    value: str | ValueOf
    per: str | None = None
    total: bool = False
    scale: float = 1.0

    def values(self, units: Columns) -> np.ndarray:
        """One number per unit: the numerator's terms."""
        if callable(self.value):
            return np.asarray(self.value(units), dtype="float64")
        return units[self.value]

    def estimate(self, units: Columns) -> float:
        """The figure on the units as they are (exactly rounded sums: no platform drift)."""
        x = self.values(units)
        num = math.fsum(x.tolist())
        if self.total:
            return self.scale * num
        den = math.fsum(units[self.per].tolist()) if self.per else float(units.n)
        return self.scale * num / den if den else 0.0

    def parts(self, units: Columns) -> tuple[np.ndarray, np.ndarray | None]:
        """The terms summed over a resample: the numerator's, and the denominator's (None for
        a mean or a total); missing values count as 0."""
        x = np.nan_to_num(self.values(units), nan=0.0)
        if self.per and not self.total:
            return x, np.nan_to_num(units[self.per], nan=0.0)
        return x, None

    def combine(self, num: np.ndarray, den: np.ndarray | None, n: int) -> np.ndarray:
        """The figure on each resample from its sums (``num``, ``den``) over ``n`` units."""
        if self.total:
            return self.scale * num
        if den is None:
            return self.scale * num / n
        out = np.zeros(len(num))
        np.divide(num, den, out=out, where=den != 0)
        return self.scale * out

    def replicates(self, units: Columns, counts: np.ndarray) -> np.ndarray:
        """The figure on each resample; row ``i`` of ``counts`` says how many times resample
        ``i`` drew each unit."""
        x, y = self.parts(units)
        return self.combine(counts @ x, None if y is None else counts @ y, counts.shape[1])


def t_quantile(p: float, df: float) -> float:
    """Student's t quantile by the Cornish-Fisher expansion in ``1 / df`` (Abramowitz & Stegun
    1964, 26.7.5): within 0.2% of the exact value from 3 degrees of freedom, 1% at 2."""
    z = NormalDist().inv_cdf(p)
    g1 = (z**3 + z) / 4
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
    g4 = (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / 92160
    return z + g1 / df + g2 / df**2 + g3 / df**3 + g4 / df**4


@lru_cache(maxsize=4096)
def expanded_tail(n_units: int, level: float = LEVEL) -> float:
    """The tail probability of the **expanded percentile** interval (Hesterberg 2015).

    A percentile bootstrap of ``n`` units is as wide as a normal interval with the plug-in
    standard error, too narrow for small ``n`` (a 95% interval of 10 sentences covers ~87%).
    Taking the bootstrap quantiles at ``Φ(-sqrt(n / (n - 1)) * t_{n-1}(1 - α / 2))`` instead of
    ``α / 2`` widens it to the width of a t interval with the usual ``n - 1`` standard error,
    and keeps what the percentile interval does well (skew, the figure's range). The tail tends
    to ``α / 2`` as ``n`` grows; at ``n = 17`` it is 1.4% instead of 2.5%.
    """
    if n_units < MIN_UNITS:
        raise ParameterError(f"an interval needs at least {MIN_UNITS} units, not {n_units}.")
    alpha = 1.0 - level
    t = t_quantile(1.0 - alpha / 2.0, n_units - 1)
    return NormalDist().cdf(-math.sqrt(n_units / (n_units - 1)) * t)


def percentile_interval(
    replicates: np.ndarray, level: float = LEVEL, *, n_units: int | None = None
) -> list[float]:
    """``[low, high]``: quantiles of the replicates (linear interpolation between order
    statistics, numpy's default), six decimals. With ``n_units`` (the number of units each
    replicate resampled) the tails are :func:`expanded_tail`'s, else ``(1 - level) / 2``."""
    r = np.asarray(replicates, dtype="float64")
    r = r[~np.isnan(r)]
    if not len(r):
        raise ParameterError("an interval needs at least one resample that is a number.")
    tail = (1.0 - level) / 2.0 if n_units is None else expanded_tail(n_units, level)
    return [stable_float(v) for v in _tail_quantiles(r[:, None], tail)[:, 0]]


def _tail_quantiles(reps: np.ndarray, tail: float) -> np.ndarray:
    """The ``tail`` and ``1 - tail`` quantiles of each column of ``reps`` (no NaN): linear
    interpolation between order statistics (numpy's default), all columns in one partition;
    shape ``(2, columns)``."""
    positions = np.array([tail, 1.0 - tail]) * (len(reps) - 1)
    lo, hi = np.floor(positions).astype(int), np.ceil(positions).astype(int)
    part = np.partition(reps, sorted({*lo.tolist(), *hi.tolist()}), axis=0)
    return part[lo] + (part[hi] - part[lo]) * (positions - lo)[:, None]


class Resampler:
    """Seeded bootstrap resamples of one input's units, shared by all its figures.

    Args:
        seed: text that identifies the input (an article's sha256): the resamples follow
            from it and from the unit's kind and count, nothing else.
        n_resamples: resamples per interval (:data:`N_RESAMPLES`).
        level: the intervals' coverage (:data:`LEVEL`).
    """

    def __init__(self, seed: str, *, n_resamples: int = N_RESAMPLES, level: float = LEVEL) -> None:
        if isinstance(n_resamples, bool) or not isinstance(n_resamples, int) or n_resamples < 1:
            raise ParameterError(f"n_resamples must be a positive int, not {n_resamples!r}.")
        if not 0.0 < level < 1.0:
            raise ParameterError(f"level must be between 0 and 1, not {level!r}.")
        self.seed = seed
        self.n_resamples = n_resamples
        self.level = level
        self._cache: dict[tuple[str, int], np.ndarray] = {}

    def counts(self, unit: str, n: int) -> Iterator[np.ndarray]:
        """The resamples of ``n`` units of kind ``unit``: blocks of rows, one row per resample
        holding how many times it drew each unit (one block unless ``n_resamples * n`` is
        huge). Always the same blocks for the same seed, unit and ``n``."""
        cached = self._cache.get((unit, n))
        if cached is not None:
            yield cached
            return
        rows = max(1, _MAX_CELLS // max(n, 1))
        rng = np.random.default_rng(seed_of(self.seed, unit, n, self.n_resamples))
        for start in range(0, self.n_resamples, rows):
            size = min(rows, self.n_resamples - start)
            # the indices of the units drawn (16 bits when they fit: half the memory to fill)
            draws = rng.integers(0, n, size=(size, n), dtype=np.uint16 if n <= 2**16 else np.int64)
            cells = np.add(draws, np.arange(0, size * n, n)[:, None], dtype=np.intp)  # row i: i*n..
            block = np.bincount(cells.ravel(), minlength=size * n).reshape(size, n)
            block = block.astype("float64")
            if size == self.n_resamples:
                self._cache[(unit, n)] = block
            yield block

    def replicates(self, statistic: Statistic, units: Columns) -> np.ndarray | None:
        """The statistic on each resample, or None with fewer than :data:`MIN_UNITS` units."""
        if units.n < MIN_UNITS:
            return None
        parts = [statistic.replicates(units, w) for w in self.counts(statistic.unit, units.n)]
        return np.concatenate(parts)

    def interval(self, statistic: Statistic, units: Columns) -> list[float] | None:
        """The statistic's expanded percentile-bootstrap interval ``[low, high]``, or None
        with fewer than :data:`MIN_UNITS` units."""
        reps = self.replicates(statistic, units)
        if reps is None:
            return None
        return percentile_interval(reps, self.level, n_units=units.n)

    def figures(
        self, statistics: Sequence[Statistic], tables: Mapping[str, Columns]
    ) -> dict[str, Any]:
        """``{key: estimate, key_ci95: [low, high] | None}`` for each statistic, in order;
        ``tables`` holds the units of each kind the statistics name. The statistics of one
        kind of unit share one pass over its resamples: all their sums are one product of
        the resample counts with the stacked terms."""
        reps: dict[str, list[np.ndarray]] = {s.key: [] for s in statistics}
        by_unit: dict[str, list[Statistic]] = {}
        for stat in statistics:
            by_unit.setdefault(stat.unit, []).append(stat)
        for unit, stats in by_unit.items():
            units = tables[unit]
            if units.n < MIN_UNITS:
                continue
            columns: list[np.ndarray] = []
            where: list[tuple[int, int | None]] = []
            for stat in stats:
                x, y = stat.parts(units)
                columns.append(x)
                if y is None:
                    where.append((len(columns) - 1, None))
                else:
                    columns.append(y)
                    where.append((len(columns) - 2, len(columns) - 1))
            terms = np.column_stack(columns)
            for counts in self.counts(unit, units.n):
                sums = counts @ terms
                for stat, (i, j) in zip(stats, where, strict=True):
                    den = None if j is None else sums[:, j]
                    reps[stat.key].append(stat.combine(sums[:, i], den, units.n))
        intervals: dict[str, list[float] | None] = {}
        for unit, stats in by_unit.items():
            done = [st for st in stats if reps[st.key]]
            if done:
                columns = np.column_stack([np.concatenate(reps[st.key]) for st in done])
                ends = _column_intervals(columns, self.level, tables[unit].n)
                intervals.update(zip((st.key for st in done), ends, strict=True))
        suffix = interval_suffix(self.level)
        out: dict[str, Any] = {}
        for stat in statistics:
            out[stat.key] = stable_float(stat.estimate(tables[stat.unit]))
            out[stat.key + suffix] = intervals.get(stat.key)
        return out


def _column_intervals(reps: np.ndarray, level: float, n_units: int) -> list[list[float]]:
    """:func:`percentile_interval` of each column of ``reps`` (resamples x figures), the same
    numbers, in one partition of the whole matrix when no column holds a NaN."""
    if np.isnan(reps).any():
        return [percentile_interval(c, level, n_units=n_units) for c in reps.T]
    ends = _tail_quantiles(reps, expanded_tail(n_units, level))
    return [[stable_float(v) for v in col] for col in ends.T]


def interval_suffix(level: float = LEVEL) -> str:
    """The suffix of an interval's summary key: ``"_ci95"`` for a 95% interval."""
    return f"_ci{100 * level:g}"


#: The suffix of the package's intervals (at :data:`LEVEL`): ``<figure>_ci95``.
INTERVAL_SUFFIX = interval_suffix()
