"""Intervals: the one seeded bootstrap behind every ``<figure>_ci95`` (analysis/intervals.py)."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

import analysis
from analysis.files import dumps_json
from analysis.frames import summary_frame
from analysis.intervals import (
    MIN_UNITS,
    N_RESAMPLES,
    Columns,
    Resampler,
    Statistic,
    expanded_tail,
    percentile_interval,
    t_quantile,
)
from analysis.measures import MEASURES

from .conftest import ROOT, SEED

#: Six sentences of mixed tone, hedging and direction; repeated to make longer articles
#: whose figures are the same and whose intervals must narrow.
BLOCK = (
    "Rebels attacked the town and killed two guards. "
    "Officials may resume talks next week, envoys reportedly said. "
    "The sides signed a ceasefire and welcomed the agreement. "
    "Troops shelled the bridge again. "
    "Residents celebrated the calm and praised the mediators. "
    "The army could launch new strikes if the truce collapses. "
)

FIGURES = [s.key for m in MEASURES for s in m.statistics]


def _width(summary: dict, key: str) -> float:
    lo, hi = summary[f"{key}_ci95"]
    return hi - lo


def test_every_figure_of_every_measure_has_an_interval(seed_result):
    s = seed_result.summary
    assert {"sentiment", "hedge_density", "escalation_index", "escalation_score"} <= set(FIGURES)
    for key in FIGURES:
        lo, hi = s[f"{key}_ci95"]
        assert isinstance(lo, float) and isinstance(hi, float)
        assert lo <= s[key] <= hi, key  # the interval brackets the estimate


@pytest.mark.parametrize("text", [BLOCK, BLOCK * 3, SEED.read_text(encoding="utf-8")])
def test_intervals_bracket_the_estimate(text):
    s = analysis.analyze(text).summary
    for key in FIGURES:
        lo, hi = s[f"{key}_ci95"]
        assert lo <= s[key] <= hi, (key, lo, s[key], hi)


def test_intervals_shrink_with_more_sentences():
    # The same six sentences once, four times and sixteen times: the means and densities
    # stay the same, and their intervals narrow roughly as 1 / sqrt(n) (halving per 4x).
    one, four, sixteen = (analysis.analyze(BLOCK * k).summary for k in (1, 4, 16))
    for key in ("sentiment", "hedge_density", "hedged_sentence_share", "escalation_index"):
        assert one[key] == pytest.approx(four[key]) == pytest.approx(sixteen[key]), key
        w1, w4, w16 = _width(one, key), _width(four, key), _width(sixteen, key)
        assert w4 < 0.7 * w1 and w16 < 0.7 * w4, (key, w1, w4, w16)
        assert w16 == pytest.approx(w1 / 4, rel=0.35), (key, w1, w16)


def test_same_input_same_bytes_other_input_other_resamples():
    first = analysis.analyze(BLOCK * 2).summary
    second = analysis.analyze(BLOCK * 2).summary
    assert dumps_json(first) == dumps_json(second)
    # The seed is the text's sha256: a different article draws different resamples.
    a = Resampler("a").counts("sentences", 10)
    b = Resampler("b").counts("sentences", 10)
    assert not np.array_equal(next(a), next(b))


@pytest.mark.slow
def test_metrics_are_byte_identical_across_processes():
    # Hash randomisation, import order and a fresh numpy must not move a single byte.
    cmd = [sys.executable, "-m", "analysis", "analyze", str(SEED)]
    runs = [subprocess.run(cmd, capture_output=True, cwd=ROOT, check=True).stdout for _ in "ab"]
    assert runs[0] == runs[1]
    assert json.loads(runs[0])["sentiment_ci95"] is not None


def test_degenerate_cases():
    # One sentence: no interval (one sentence cannot say how another would differ).
    s = analysis.analyze("Troops attacked the town.").summary
    assert s["n_sentences"] == 1 < MIN_UNITS
    assert s["sentiment_ci95"] is None and s["hedge_density_ci95"] is None
    # No event: the index is 0 by convention and has no interval.
    s = analysis.analyze("The weather was mild. It rained on Tuesday.").summary
    assert s["escalation_index"] == 0.0 and s["escalation_index_ci95"] is None
    assert s["escalation_score_ci95"] == [0.0, 0.0]  # two sentences, both scoring 0
    # Every event escalates: every resample does too, the interval has zero width.
    s = analysis.analyze("Rebels attacked the town. Troops shelled the bridge.").summary
    assert s["escalation_events"] == 2 and s["deescalation_events"] == 0
    assert s["escalation_index"] == 1.0 and s["escalation_index_ci95"] == [1.0, 1.0]


def test_percentile_interval_by_hand():
    # 1,000 replicates 0..999: the 2.5% and 97.5% quantiles sit at positions 0.025 * 999 =
    # 24.975 and 0.975 * 999 = 974.025 (linear interpolation between order statistics).
    assert percentile_interval(np.arange(1000.0)[::-1]) == [24.975, 974.025]
    assert percentile_interval(np.array([2.0, 2.0, 2.0])) == [2.0, 2.0]


def test_statistics_on_given_resamples_by_hand():
    units = Columns({"x": [1.0, 2.0, 3.0], "tokens": [10, 20, 30]}, 3)
    counts = np.array([[2.0, 0.0, 1.0], [0.0, 3.0, 0.0]])  # {1, 1, 3} and {2, 2, 2}
    mean = Statistic("m", "sentences", "x")
    rate = Statistic("r", "sentences", "x", per="tokens", scale=100.0)
    total = Statistic("t", "sentences", "x", total=True)
    assert mean.replicates(units, counts).tolist() == pytest.approx([5 / 3, 2.0])
    assert rate.replicates(units, counts).tolist() == pytest.approx([100 * 5 / 50, 100 * 6 / 60])
    assert total.replicates(units, counts).tolist() == [5.0, 6.0]
    assert (mean.estimate(units), rate.estimate(units), total.estimate(units)) == (
        2.0,
        pytest.approx(10.0),
        6.0,
    )


def test_resamples_are_multinomial_draws_of_every_unit():
    (counts,) = Resampler("x").counts("sentences", 7)
    assert counts.shape == (N_RESAMPLES, 7)
    assert (counts.sum(axis=1) == 7).all()  # each resample draws as many units as there are
    assert counts.mean() == pytest.approx(1.0)


def test_huge_inputs_are_resampled_in_blocks_with_the_same_result(monkeypatch):
    # Beyond the cell limit resamples are drawn in blocks (bounded memory), from the same seed.
    units = Columns({"x": np.arange(50.0)}, 50)
    stat = Statistic("m", "sentences", "x")
    whole = Resampler("s").interval(stat, units)
    monkeypatch.setattr("analysis.intervals._MAX_CELLS", 50 * 7)  # 7 resamples per block
    blocks = list(Resampler("s").counts("sentences", 50))
    assert len(blocks) == -(-N_RESAMPLES // 7) and sum(len(b) for b in blocks) == N_RESAMPLES
    blocked = Resampler("s").interval(stat, units)
    assert blocked[0] < 24.5 < blocked[1] and whole[0] < 24.5 < whole[1]


def test_the_frames_give_the_summarys_figures_and_intervals(seed_result):
    # Comparisons recompute figures from the frames: they must be the summary's, to the byte.
    s = seed_result.summary
    tables = {
        "sentences": Columns.from_frame(seed_result.sentences),
        "events": Columns.from_frame(seed_result.events),
    }
    stats = [st for m in MEASURES for st in m.statistics]
    figures = Resampler(s["input_sha256"]).figures(stats, tables)
    for st in stats:
        assert figures[st.key] == s[st.key], st.key
        assert figures[f"{st.key}_ci95"] == s[f"{st.key}_ci95"], st.key


def test_corpus_summary_has_two_float_columns_per_interval():
    rows = [analysis.analyze(t).summary for t in (BLOCK, "The weather was mild. It rained.")]
    frame = summary_frame(rows)
    for key in FIGURES:
        for end in ("low", "high"):
            col = f"{key}_ci95_{end}"
            assert str(frame[col].dtype) == "float64", col
    assert pd.isna(frame.loc[1, "escalation_index_ci95_low"])  # no event, no interval
    assert frame.loc[0, "sentiment_ci95_low"] == rows[0]["sentiment_ci95"][0]


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [({"n_resamples": 0}, "n_resamples"), ({"level": 1.5}, "level")],
)
def test_bad_resampler_options(kwargs, fragment):
    with pytest.raises(analysis.ParameterError, match=fragment):
        Resampler("x", **kwargs)


def test_student_t_quantiles_and_the_expanded_tail():
    # Student's t 97.5% quantiles from the tables, and the expanded percentile's tail
    # Φ(-sqrt(n / (n - 1)) t_{n-1}): wider than 2.5% for few units, 2.5% in the limit.
    for df, table in ((3, 3.182), (4, 2.776), (9, 2.262), (16, 2.120), (30, 2.042)):
        assert t_quantile(0.975, df) == pytest.approx(table, rel=2e-3), df
    assert expanded_tail(17) == pytest.approx(0.0144, abs=2e-4)
    assert expanded_tail(2) < expanded_tail(5) < expanded_tail(17) < expanded_tail(1000) < 0.025
    assert expanded_tail(100_000) == pytest.approx(0.025, abs=1e-4)
    # the interval of n units is the percentile interval at that tail
    reps = np.arange(1000.0)
    tail = expanded_tail(17)
    assert percentile_interval(reps, n_units=17) == pytest.approx([tail * 999, (1 - tail) * 999])
