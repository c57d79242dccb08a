"""Reference norms: where an article's figures stand among other news articles.

LIWC reports its dimensions against norms per genre; this module does the same for the
package's figures. A :class:`Norms` holds, for each figure with an interval (the
:attr:`~analysis.document.Measure.statistics` of every measure), the distribution of that
figure over a reference corpus: its values sorted (all of them up to
:data:`MAX_STORED_VALUES` documents, evenly spaced quantiles beyond). An article's
**percentile** is the share of reference articles with a lower value, ties counting half
(the mid-rank percentile rank), from 0 to 100: "higher than 82% of reference news articles".

The shipped reference (:func:`shipped_norms`) was measured on 295 English Wikinews articles
of 2019-2020 (CC BY 2.5); only the derived table ships, with its provenance, in
``analysis/reference/`` (see its README). ``python -m analysis norms SOURCE --out FILE``
builds a table from any corpus, the shipped one included (``make norms``), and
``analyze(..., norms=FILE)`` or ``Norms.from_corpus(result)`` uses your own reference.

A figure that depends on the lexicons is only placed against a reference measured with the
very same lexicons (names, versions and sha256): otherwise its percentile is ``None``.
Sentiment does not depend on them.
"""

from __future__ import annotations

import bisect
import json
import math
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ParameterError
from .files import atomic_write, dumps_json, stable_float
from .measures import MEASURES

__all__ = [
    "FORMAT",
    "MAX_STORED_VALUES",
    "Norms",
    "normed_figures",
    "resolve_norms",
    "shipped_norms",
]

#: The version of the table format written by :meth:`Norms.to_json`.
FORMAT = 1
#: Up to this many reference documents every value is stored; beyond, this many quantiles.
MAX_STORED_VALUES = 2001
#: The shipped reference table (package data).
SHIPPED = "wikinews.json"


def normed_figures() -> list[tuple[str, bool]]:
    """``(summary key, depends on the lexicons)`` for every figure a reference places."""
    return [(s.key, m.reads_lexicons) for m in MEASURES for s in m.statistics]


@dataclass(frozen=True)
class Norms:
    """The distribution of each figure over a reference corpus of news articles.

    Args:
        name: a short name for the reference (``"wikinews-2019-2020"``).
        description: one line a report can print ("295 English Wikinews articles, 2019-2020").
        n_documents: how many articles the reference holds.
        values: per summary key, the sorted reference values (or evenly spaced quantiles).
        lexicon_versions: the lexicons the reference was measured with (as in a summary).
        provenance: where the articles come from, their licence, how the table was built.
    """

    name: str
    description: str
    n_documents: int
    values: Mapping[str, tuple[float, ...]]
    lexicon_versions: Mapping[str, Any] = field(default_factory=dict)
    provenance: Mapping[str, Any] = field(default_factory=dict)

    def percentile(self, key: str, value: float | None) -> float | None:
        """The mid-rank percentile of ``value`` among the reference values of ``key``
        (0..100, one decimal): the share below it plus half the share equal to it. None when
        the reference has no such figure or ``value`` is missing."""
        ref = self.values.get(key)
        if not ref or value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        below = bisect.bisect_left(ref, value)
        equal = bisect.bisect_right(ref, value) - below
        return round(100.0 * (below + equal / 2.0) / len(ref), 1) + 0.0

    def percentiles(self, summary: Mapping[str, Any]) -> dict[str, float | None]:
        """The percentile of each figure of ``summary`` this reference has, by key.

        Figures that depend on the lexicons get ``None`` unless ``summary["lexicon_versions"]``
        equals the reference's: a hedge density measured with another lexicon is not
        comparable.
        """
        same_lexicons = dict(summary.get("lexicon_versions", {})) == dict(self.lexicon_versions)
        out: dict[str, float | None] = {}
        for key, reads_lexicons in normed_figures():
            if key in summary and key in self.values:
                comparable = same_lexicons or not reads_lexicons
                out[key] = self.percentile(key, summary[key]) if comparable else None
        return out

    def __dask_tokenize__(self) -> Any:
        """A cheap, content-based Dask token (the table's JSON hash)."""
        import hashlib

        return ("analysis-norms", hashlib.sha256(self.to_json().encode("utf-8")).hexdigest())

    def reference(self) -> dict[str, Any]:
        """What a summary records about the reference: ``name``, ``n_documents``."""
        return {"name": self.name, "n_documents": self.n_documents}

    # ------------------------------------------------------------------ building

    @classmethod
    def from_summaries(
        cls,
        summaries: Iterable[Mapping[str, Any]] | Any,
        *,
        name: str,
        description: str = "",
        lexicon_versions: Mapping[str, Any] | None = None,
        provenance: Mapping[str, Any] | None = None,
    ) -> Norms:
        """A reference from document summaries: dicts (``res.summary``) or a corpus summary
        frame (``corpus_result.summary``). ``lexicon_versions`` defaults to the first
        summary's."""
        rows = summaries.to_dict("records") if hasattr(summaries, "to_dict") else list(summaries)
        if not rows:
            raise ParameterError("a reference needs at least one analysed document.")
        if lexicon_versions is None:
            lexicon_versions = rows[0].get("lexicon_versions", {})
        values: dict[str, tuple[float, ...]] = {}
        for key, _ in normed_figures():
            column = [_number(r.get(key)) for r in rows]
            present = sorted(v for v in column if v is not None)
            if present:
                values[key] = _stored(present)
        return cls(
            name=name,
            description=description or f"{len(rows)} articles",
            n_documents=len(rows),
            values=values,
            lexicon_versions=dict(lexicon_versions),
            provenance=dict(provenance or {}),
        )

    @classmethod
    def from_corpus(
        cls,
        result: Any,
        *,
        name: str,
        description: str = "",
        provenance: Mapping[str, Any] | None = None,
    ) -> Norms:
        """A reference from a corpus result (:func:`analysis.analyze_corpus`): its summary
        frame and the lexicons it was measured with."""
        return cls.from_summaries(
            result.summary,
            name=name,
            description=description,
            lexicon_versions=result.lexicon_versions,
            provenance=provenance,
        )

    # ------------------------------------------------------------------ files

    def to_dict(self) -> dict[str, Any]:
        """The table as plain JSON data (``format`` :data:`FORMAT`)."""
        return {
            "format": FORMAT,
            "name": self.name,
            "description": self.description,
            "n_documents": self.n_documents,
            "lexicon_versions": dict(self.lexicon_versions),
            "provenance": dict(self.provenance),
            "values": {k: list(v) for k, v in self.values.items()},
        }

    def to_json(self) -> str:
        """Deterministic JSON text of :meth:`to_dict`."""
        return dumps_json(self.to_dict())

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the table to ``path`` (atomically); return the path."""
        atomic_write(path, self.to_json())
        return Path(path)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, where: str = "reference table") -> Norms:
        """A reference from :meth:`to_dict`'s data; :class:`ParameterError` if it is not one."""
        if not isinstance(data, Mapping) or data.get("format") != FORMAT:
            raise ParameterError(
                f"{where} is not a reference table of format {FORMAT} "
                "(write one with python -m analysis norms)."
            )
        try:
            values = {str(k): tuple(float(x) for x in v) for k, v in data["values"].items()}
            return cls(
                name=str(data["name"]),
                description=str(data.get("description", "")),
                n_documents=int(data["n_documents"]),
                values={k: tuple(sorted(v)) for k, v in values.items()},
                lexicon_versions=dict(data.get("lexicon_versions", {})),
                provenance=dict(data.get("provenance", {})),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ParameterError(f"{where} is malformed ({type(exc).__name__}: {exc}).") from None

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Norms:
        """Read a table written by :meth:`save` (or ``python -m analysis norms``)."""
        where = f"reference table '{path}'"
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise ParameterError(f"{where} cannot be read ({exc.strerror}).") from None
        except json.JSONDecodeError as exc:
            raise ParameterError(f"{where} is not JSON (line {exc.lineno}).") from None
        return cls.from_dict(data, where=where)


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(x) else x


def _stored(values: Sequence[float]) -> tuple[float, ...]:
    """All values (six decimals) up to :data:`MAX_STORED_VALUES`, else that many quantiles."""
    n = len(values)
    if n > MAX_STORED_VALUES:
        steps = MAX_STORED_VALUES - 1
        picked = []
        for i in range(MAX_STORED_VALUES):  # linear interpolation between order statistics
            pos = i * (n - 1) / steps
            lo = int(pos)
            hi = min(lo + 1, n - 1)
            picked.append(values[lo] + (values[hi] - values[lo]) * (pos - lo))
        values = picked
    return tuple(stable_float(v) for v in values)


@cache
def shipped_norms() -> Norms:
    """The shipped reference: 295 English Wikinews articles, 2019-2020 (CC BY 2.5)."""
    data = resources.files("analysis.reference").joinpath(SHIPPED).read_text(encoding="utf-8")
    return Norms.from_dict(json.loads(data), where=f"shipped reference table {SHIPPED}")


def resolve_norms(norms: Norms | str | os.PathLike[str] | None) -> Norms:
    """``None``: the shipped reference; a :class:`Norms`; or the path of a saved table."""
    if norms is None:
        return shipped_norms()
    if isinstance(norms, Norms):
        return norms
    if isinstance(norms, str | os.PathLike):
        return Norms.load(norms)
    raise ParameterError(
        f"norms must be a Norms object, the path of a reference table or None, not "
        f"{type(norms).__name__}."
    )
