"""Evaluation of the analyzers against labelled development data.

Run ``python -m analysis.evaluate {sentiment,hedging,escalation} PATH``; each sub-module has a
``main(argv)`` that prints its figures. The data sets are not shipped (see the README).
"""

import math
from collections.abc import Set
from statistics import NormalDist

from nltk.metrics import f_measure, precision, recall

from analysis.intervals import LEVEL


def prf(reference: Set[int], test: Set[int]) -> tuple[float, float, float]:
    """Precision, recall and F1 of the item ids ``test`` against ``reference`` (NLTK's
    ``nltk.metrics`` scores; 0.0 where NLTK gives None for an empty set)."""
    return (
        precision(reference, test) or 0.0,
        recall(reference, test) or 0.0,
        float(f_measure(reference, test) or 0.0),
    )


def proportion_interval(
    right: int, judged: int, level: float = LEVEL
) -> tuple[float, float] | None:
    """The Wilson score interval (Wilson 1927) of a proportion ``right / judged`` at ``level``
    (the package's :data:`analysis.intervals.LEVEL`, 95%), or None when nothing was judged.

    It is the interval Brown, Cai & DasGupta (2001) recommend for the small counts a reading by
    eye gives: unlike the normal approximation it stays inside [0, 1] and does not collapse to
    a point at 0 or ``judged`` right (5 of 5 right is at least n / (n + z^2) = 0.57 at 95%).
    """
    if judged <= 0:
        return None
    if not 0 <= right <= judged:
        raise ValueError(f"{right} right of {judged} judged is no proportion")
    z = NormalDist().inv_cdf(0.5 + level / 2)
    p, z2 = right / judged, z * z
    denominator = 1 + z2 / judged
    centre = (p + z2 / (2 * judged)) / denominator
    half = z * math.sqrt(p * (1 - p) / judged + z2 / (4 * judged * judged)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)
