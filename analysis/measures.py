"""The registered measures, in the order their columns and figures appear.

Adding a measure: write its module with one :class:`~analysis.document.Measure` subclass
(optionally a lexicon whose YAML says ``rules: <name>``) and add an instance to
:data:`MEASURES`. Nothing else names a measure.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from .document import Document, Measure
from .errors import LexiconError
from .escalation import EscalationMeasure
from .hedging import HedgingMeasure
from .lexicon import Lexicon
from .sentiment import SentimentMeasure

__all__ = ["MEASURES", "CategoryCounts", "rules_for", "sentence_columns"]


class CategoryCounts(Measure):
    """Plain dictionaries (no ``rules:``, no directions): hits per category, per lexicon."""

    name = "categories"

    @staticmethod
    def _plain(lexicons: Sequence[Lexicon]) -> list[Lexicon]:
        return [
            lx
            for lx in lexicons
            if lx.rules is None and not any(c.direction for c in lx.categories.values())
        ]

    def active(self, lexicons: Sequence[Lexicon]) -> bool:
        return bool(self._plain(lexicons))

    def summarise(self, doc: Document, values: Mapping[str, list[Any]]) -> dict[str, Any]:
        """``category_counts``: ``{lexicon: {category: hits}}`` for every plain lexicon."""
        counts = Counter((m.lexicon, m.category) for m in doc.matches)
        return {
            "category_counts": {
                lx.name: {cat: counts.get((lx.name, cat), 0) for cat in lx.categories}
                for lx in self._plain(doc.lexicons)
            }
        }


#: Every measure, in order: sentence columns and summary keys follow it.
MEASURES: tuple[Measure, ...] = (
    SentimentMeasure(),
    HedgingMeasure(),
    EscalationMeasure(),
    CategoryCounts(),
)


def sentence_columns() -> dict[str, str]:
    """The sentence columns all measures add, in order, with their dtypes."""
    return {c: dtype for m in MEASURES for c, dtype in m.columns.items()}


def rules_for(lexicon: Lexicon) -> Measure | None:
    """The measure whose context rules ``lexicon`` names (``rules:``), or None.

    Raises :class:`LexiconError` when the name is not a measure with rules.
    """
    if lexicon.rules is None:
        return None
    for m in MEASURES:
        if m.has_rules and m.name == lexicon.rules:
            return m
    known = ", ".join(m.name for m in MEASURES if m.has_rules)
    raise LexiconError(
        f"lexicon '{lexicon.name}' ({lexicon.path or 'in memory'}) names unknown rules "
        f"{lexicon.rules!r}; use one of {known} or leave 'rules' out."
    )
