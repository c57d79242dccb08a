"""Comparisons: which terms are key to one side against another (keyness).

Keyness is Dunning's (1993) log-likelihood G² on the full 2x2 contingency table of a term
(this term / every other term, side A / side B), the statistic of quanteda's
``textstat_keyness(measure = "lr")``, computed by NLTK's association measures
(``BigramAssocMeasures.likelihood_ratio``, whose four cells are the term in A, the term in B,
the rest of A and the rest of B). Its p-value is that of a chi-squared test with one degree of
freedom.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping

import pandas as pd
from nltk.metrics.association import BigramAssocMeasures

from .text import normalise_term

__all__ = ["KEYNESS_COLUMNS", "direction_keyness", "keyness"]

KEYNESS_COLUMNS = ["term", "count_a", "count_b", "g2", "p"]


def keyness(a: Mapping[str, int], b: Mapping[str, int]) -> pd.DataFrame:
    """Keyness of every term counted in ``a`` or ``b`` (term -> count), A against B.

    Columns :data:`KEYNESS_COLUMNS`: ``g2`` is signed, positive when the term is relatively
    more frequent in A, negative when in B; ``p`` its chi-squared p-value (1 df). Sorted by
    descending ``|g2|``, then term.
    """
    n_a, n_b = sum(a.values()), sum(b.values())
    rows = []
    for term in sorted(set(a) | set(b)):
        ka, kb = int(a.get(term, 0)), int(b.get(term, 0))
        g2 = BigramAssocMeasures.likelihood_ratio(ka, (n_a, ka + kb), n_a + n_b)
        g2 = max(g2, 0.0)  # (NLTK's smoothing constant can leave -1e-19 for a perfect fit)
        if n_b and kb / n_b > (ka / n_a if n_a else 0.0):
            g2 = -g2
        p = math.erfc(math.sqrt(abs(g2) / 2))
        rows.append((term, ka, kb, round(g2, 6) + 0.0, p))
    out = pd.DataFrame(rows, columns=KEYNESS_COLUMNS)
    out = out.astype({"term": "str", "count_a": "int64", "count_b": "int64"})
    order = out.assign(_key=-out["g2"].abs()).sort_values(["_key", "term"], kind="mergesort")
    return order.drop(columns="_key").reset_index(drop=True)


def direction_keyness(matches: pd.DataFrame) -> pd.DataFrame:
    """Keyness of the terms of escalation hits (A) against de-escalation hits (B).

    ``matches`` is a matches frame (one or many documents). Columns: ``term, escalation,
    de-escalation, documents, g2, p``: the term's count in each direction, the number of
    documents it occurs in, and its signed keyness (positive: key for escalation).
    """
    sub = matches[matches["direction"].isin(["escalation", "de-escalation"])]
    cols = ["term", "escalation", "de-escalation", "documents", "g2", "p"]
    if sub.empty:
        return pd.DataFrame({c: [] for c in cols})
    terms = [normalise_term(t) for t in sub["text"].astype("str")]
    sub = sub.assign(term=terms)
    by_direction = {
        d: Counter(sub.loc[sub["direction"] == d, "term"]) for d in ("escalation", "de-escalation")
    }
    key = keyness(by_direction["escalation"], by_direction["de-escalation"])
    documents = sub.groupby("term")["doc_id"].nunique()
    key = key.rename(columns={"count_a": "escalation", "count_b": "de-escalation"})
    key["documents"] = key["term"].map(documents).astype("int64")
    return key[cols]
