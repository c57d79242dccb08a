"""Evaluation of the analyzers against labelled development data.

Run ``python -m analysis.evaluate {sentiment,hedging,escalation} PATH``; each sub-module has a
``main(argv)`` that prints its figures. The data sets are not shipped (see the README).
"""

from collections.abc import Set

from nltk.metrics import f_measure, precision, recall


def prf(reference: Set[int], test: Set[int]) -> tuple[float, float, float]:
    """Precision, recall and F1 of the item ids ``test`` against ``reference`` (NLTK's
    ``nltk.metrics`` scores; 0.0 where NLTK gives None for an empty set)."""
    return (
        precision(reference, test) or 0.0,
        recall(reference, test) or 0.0,
        float(f_measure(reference, test) or 0.0),
    )
