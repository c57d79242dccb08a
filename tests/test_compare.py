"""Keyness (analysis.compare): NLTK's four-cell log-likelihood, checked by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import analysis
from analysis.compare import direction_keyness, keyness


def _g2(cells: list[tuple[float, float]]) -> float:
    """Dunning's G2 = 2 * sum(observed * ln(observed / expected)) over non-empty cells."""
    return 2 * sum(o * math.log(o / e) for o, e in cells if o > 0)


def test_keyness_equals_the_four_cell_statistic_by_hand():
    # Side A: "attack" 10 of 12 terms; side B: "attack" 1 of 13. N = 25.
    # Expected under independence: attack in A 12*11/25 = 5.28, rest of A 12*14/25 = 6.72,
    # attack in B 13*11/25 = 5.72, rest of B 13*14/25 = 7.28.
    expected = _g2([(10, 5.28), (2, 6.72), (1, 5.72), (12, 7.28)])
    assert expected == pytest.approx(16.432, abs=1e-3)
    out = keyness({"attack": 10, "talks": 2}, {"attack": 1, "talks": 12})
    row = out.set_index("term").loc["attack"]
    assert row["g2"] == pytest.approx(expected, abs=1e-5)
    assert (row["count_a"], row["count_b"]) == (10, 1)
    # relatively more frequent in B: the same statistic, negative
    assert out.set_index("term").loc["talks", "g2"] == pytest.approx(-expected, abs=1e-5)
    # chi-squared, 1 df: P(X > 16.43) = erfc(sqrt(16.43 / 2)) ~ 5e-5
    assert row["p"] == pytest.approx(math.erfc(math.sqrt(expected / 2)))
    assert row["p"] < 1e-4


def test_a_term_as_frequent_on_both_sides_is_not_key():
    out = keyness({"war": 5, "x": 5}, {"war": 5, "x": 5})
    assert out["g2"].abs().max() == pytest.approx(0.0, abs=1e-9)
    assert out["p"].min() == pytest.approx(1.0)


def test_direction_keyness_on_an_analysed_text():
    # Escalation hits: "attacked", "strikes"; de-escalation: "talks" twice (between two
    # named states, so that the talks are diplomacy, not a conversation).
    res = analysis.analyze(
        "Rebels attacked the town. Talks between Sudan and Chad began. Drone strikes resumed. "
        "Talks between Sudan and Chad stalled.",
        lexicons=["escalation"],
    )
    key = direction_keyness(res.matches).set_index("term")
    assert key.loc["talks", "de-escalation"] == 2 and key.loc["talks", "g2"] < 0
    assert key.loc["attacked", "escalation"] == 1 and key.loc["attacked", "g2"] > 0
    assert (key["documents"] == 1).all()
    empty = direction_keyness(res.matches.iloc[0:0])
    assert empty.empty and isinstance(empty, pd.DataFrame)
