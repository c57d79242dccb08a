"""The evaluation metrics (``nltk.metrics``) on tiny hand-made examples, values worked out by
hand in the comments: hedging P/R/F1 at sentence and cue level, the escalation per-class
figures, accuracy, coverage and confusion matrix, and Pk/WindowDiff of the segmentation
benchmark. None of this needs the development data or any downloaded NLTK data."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from analysis.evaluate import escalation as esc_eval
from analysis.evaluate import hedging as hedge_eval

ROOT = Path(__file__).resolve().parent.parent
ESC, DE, NEU = "escalation", "de-escalation", "neutral"


def _row(sentence: str, label: bool, gold: Sequence[str] = ()) -> hedge_eval.Row:
    """A labelled row whose gold cues are the given words, located in the sentence."""
    cues = tuple(_cue(sentence, w, "modal_probable") for w in gold)
    return hedge_eval.Row(id="wiki:T_1:S1", doc="T", label=label, gold=cues, sentence=sentence)


def _cue(sentence: str, text: str, category: str) -> hedge_eval.Cue:
    start = sentence.index(text)
    return (start, start + len(text), category, text)


# -- hedging ----------------------------------------------------------------------------------


def test_hedging_sentence_scores():
    cats = ("epistemic", "conditional")
    s = "x"
    rows = [_row(s, True), _row(s, True), _row(s, False), _row(s, False)]
    rows += [_row(s, True), _row(s, True)]
    epistemic, conditional, approximator = (
        [(0, 1, "epistemic", "x")],
        [(0, 1, "conditional", "x")],
        [(0, 1, "approximator", "x")],
    )
    preds = [epistemic, [], epistemic, approximator, conditional, []]
    # gold uncertain: rows {0, 1, 4, 5}; predicted (a cue of cats): rows {0, 2, 4} (row 3's
    # approximator does not count). Right: {0, 4}.
    # P = 2/3, R = 2/4 = 1/2, F1 = 2 * (2/3) * (1/2) / (2/3 + 1/2) = (2/3) / (7/6) = 4/7.
    got = hedge_eval.sentence_scores(rows, preds, cats)
    assert (got.right, got.predicted, got.found, got.gold) == (2, 3, 2, 4)
    assert got.precision == pytest.approx(2 / 3)
    assert got.recall == pytest.approx(1 / 2)
    assert got.f1 == pytest.approx(4 / 7)
    assert "P=0.6667  R=0.5000  F1=0.5714  (2/3 right, 2/4 found)" in got.line("x")


def test_hedging_sentence_scores_with_nothing_predicted():
    # No prediction: nltk's precision is None (empty test set) and F1 None; both read 0.0.
    got = hedge_eval.sentence_scores([_row("x", True)], [[]], ("epistemic",))
    assert (got.precision, got.recall, got.f1) == (0.0, 0.0, 0.0)


def test_hedging_cue_scores_count_overlaps_on_each_side():
    cats = ("epistemic", "conditional")
    one = "It may perhaps rain."
    two = "If it rains, we could stay."
    rows = [_row(one, True, ["may", "perhaps"]), _row(two, True, ["If"])]
    preds = [[_cue(one, "may perhaps", "epistemic")], [_cue(two, "could", "epistemic")]]
    # Predicted cues: "may perhaps" (overlaps both gold cues: right), "could" (overlaps none:
    # a false positive) -> P = 1/2. Gold cues: "may" and "perhaps" are found (both overlap
    # "may perhaps"), "If" is not -> R = 2/3. P and R count different items, so
    # F1 = 2 * (1/2) * (2/3) / (1/2 + 2/3) = (2/3) / (7/6) = 4/7.
    scores, fps, fns, examples = hedge_eval.cue_scores(rows, preds, cats)
    assert (scores.right, scores.predicted, scores.found, scores.gold) == (1, 2, 2, 3)
    assert scores.precision == pytest.approx(1 / 2)
    assert scores.recall == pytest.approx(2 / 3)
    assert scores.f1 == pytest.approx(4 / 7)
    assert fps == {"could": 1}
    assert fns == {"if": 1}
    assert examples["FP could"] == "If it rains, we [[could]] stay."


def test_hedging_cue_scores_with_no_cues():
    scores, *_ = hedge_eval.cue_scores([_row("x", False)], [[]], ("epistemic",))
    assert (scores.precision, scores.recall, scores.f1) == (0.0, 0.0, 0.0)


# -- escalation -------------------------------------------------------------------------------


def test_escalation_scores():
    #        0    1    2    3   4   5    6    7
    gold = [ESC, ESC, ESC, DE, DE, NEU, NEU, DE]
    pred = [ESC, ESC, DE, DE, NEU, NEU, ESC, ESC]
    s = esc_eval.score(gold, pred)
    # escalation: gold {0,1,2}, predicted {0,1,6,7}, both {0,1}: P = 2/4, R = 2/3,
    #   F1 = 2 * (1/2) * (2/3) / (1/2 + 2/3) = 4/7.
    # de-escalation: gold {3,4,7}, predicted {2,3}, both {3}: P = 1/2, R = 1/3,
    #   F1 = 2 * (1/2) * (1/3) / (5/6) = 2/5.
    # neutral: gold {5,6}, predicted {4,5}, both {5}: P = R = F1 = 1/2.
    assert s.per_class[ESC] == pytest.approx((1 / 2, 2 / 3, 4 / 7, 3))
    assert s.per_class[DE] == pytest.approx((1 / 2, 1 / 3, 2 / 5, 3))
    assert s.per_class[NEU] == pytest.approx((1 / 2, 1 / 2, 1 / 2, 2))
    # macro-F1 = (4/7 + 2/5 + 1/2) / 3 = (40 + 28 + 35) / 70 / 3 = 103/210.
    assert s.macro_f1 == pytest.approx(103 / 210)
    # Conflict/cooperation rows: 0,1,2,3,4,7 (6); with a direction predicted: all but 4 (5);
    # right among those: 0, 1, 3 (2 is DE for ESC, 7 ESC for DE) -> accuracy 3/5, coverage 5/6.
    assert (s.n, s.polar, s.directed) == (8, 6, 5)
    assert s.direction_accuracy == pytest.approx(3 / 5)
    assert s.coverage == pytest.approx(5 / 6)
    # Confusion (rows gold, columns predicted), counted from the two lists above.
    expected = {
        (ESC, ESC): 2, (ESC, DE): 1, (ESC, NEU): 0,
        (DE, ESC): 1, (DE, DE): 1, (DE, NEU): 1,
        (NEU, ESC): 1, (NEU, DE): 0, (NEU, NEU): 1,
    }  # fmt: skip
    assert s.confusion == expected


def test_escalation_scores_with_a_class_that_never_occurs(capsys):
    # No neutral anywhere. escalation: gold {0}, predicted {0,1}: P = 1/2, R = 1, F1 = 2/3;
    # de-escalation: gold {1}, never predicted: nltk's precision is None -> 0.0, R = 0, F1 = 0.
    s = esc_eval.score([ESC, DE], [ESC, ESC])
    assert s.per_class[ESC] == pytest.approx((1 / 2, 1.0, 2 / 3, 1))
    assert s.per_class[DE] == (0.0, 0.0, 0.0, 1)
    assert s.per_class[NEU] == (0.0, 0.0, 0.0, 0)
    assert s.macro_f1 == pytest.approx(2 / 9)  # (2/3 + 0 + 0) / 3
    assert (ESC, NEU) not in s.confusion  # the matrix only knows labels that occur...
    esc_eval._report("tiny", s)  # ...and the report prints 0 for the others
    neutral_row = capsys.readouterr().out.splitlines()[-1]
    assert neutral_row.split() == ["neutral", "0", "0", "0"]


def test_escalation_scores_of_nothing():
    s = esc_eval.score([], [])
    assert (s.n, s.direction_accuracy, s.coverage, s.macro_f1, s.confusion) == (0, 0, 0, 0, {})


# -- segmentation (bench/segmentation.py) ------------------------------------------------------


@pytest.fixture(scope="module")
def seg_bench():
    path = ROOT / "bench" / "segmentation.py"
    spec = importlib.util.spec_from_file_location("bench_segmentation", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TEXT = "Hi there. Go. Stop now."  # 23 characters; sentences end at 8, 12 and 22
EXPECTED = ["Hi there.", "Go.", "Stop now."]


def test_boundary_string(seg_bench):
    assert seg_bench.boundary_string(TEXT, EXPECTED) == "00000000100010000000001"
    # Whitespace around a sentence is not part of it; a sentence not in the text gives None.
    assert seg_bench.boundary_string(TEXT, [" Hi there. ", "Go. Stop now."]) == (
        "00000000100000000000001"
    )
    assert seg_bench.boundary_string(TEXT, ["Hi there!"]) is None


def test_pk_and_windowdiff(seg_bench):
    # k = round(23 / (2 * 3)) = 4, so 23 - 4 + 1 = 20 windows [i, i+3], i = 0..19.
    # Identical segmentations: no error.
    assert seg_bench.segmentation_errors(TEXT, EXPECTED, EXPECTED) == (0.0, 0.0)
    # A missed boundary (8): the windows that hold 8 but not 12, i = 5..8, see a boundary in
    # the reference and none in the hypothesis: Pk = WindowDiff = 4/20.
    missed = ["Hi there. Go.", "Stop now."]
    assert seg_bench.segmentation_errors(TEXT, EXPECTED, missed) == pytest.approx((0.2, 0.2))
    # An extra boundary (10) right beside true ones: every window holding 10 (i = 7..10) also
    # holds 8 or 12, so Pk sees no error, but their boundary counts differ: WindowDiff 4/20.
    extra = ["Hi there.", "G", "o.", "Stop now."]
    assert seg_bench.segmentation_errors(TEXT, EXPECTED, extra) == pytest.approx((0.0, 0.2))
    assert seg_bench.segmentation_errors(TEXT, EXPECTED, ["Hi there!"]) is None


def test_golden_rule_means(seg_bench):
    # Perfect on every rule when the segmenter returns the expected sentences themselves.
    rules = json.loads(seg_bench.GOLDEN.read_text(encoding="utf-8"))
    answers = {r["text"]: r["expected"] for r in rules}
    assert seg_bench.segmentation_metrics(answers.__getitem__) == (0.0, 0.0, len(rules))
    # One sentence per text misses every boundary but the last of each text.
    pk, wd, n = seg_bench.segmentation_metrics(lambda text: [text])
    assert n == len(rules) and pk > 0 and wd > 0


def test_the_wilson_interval_of_a_reading_by_eye():
    from analysis.evaluate import proportion_interval

    z2 = 1.959963984540054**2  # the 97.5th percentile of the standard normal, squared
    assert proportion_interval(0, 0) is None  # nothing judged: no figure, no interval
    # n of n right: the centre (1 + z²/2n) / (1 + z²/n) and the half-width (z²/2n) / (1 + z²/n)
    # give [n / (n + z²), 1]; for 5 of 5, 5 / 8.84 = 0.566, where the normal approximation
    # would claim [1, 1]
    low, high = proportion_interval(5, 5)
    assert low == pytest.approx(5 / (5 + z2)) and high == 1.0
    # k right of n mirrors n - k right: the interval of the wrong ones, turned around
    low, high = proportion_interval(20, 29)
    mirror = proportion_interval(9, 29)
    assert (low, high) == pytest.approx((1 - mirror[1], 1 - mirror[0]))
    # it holds the proportion, and ten times the sample at the same proportion narrows it
    assert low < 20 / 29 < high
    low10, high10 = proportion_interval(200, 290)
    assert low < low10 < 20 / 29 < high10 < high
    with pytest.raises(ValueError, match="6 right of 5 judged"):
        proportion_interval(6, 5)
