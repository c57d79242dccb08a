"""Comparisons: differences with intervals, keyness (G²), groups of a corpus, the CLI."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

import analysis
from analysis.cli import main
from analysis.comparison import (
    FUNCTION_WORDS,
    MEASURE_COLUMNS,
    compare_groups,
    direction_keyness,
    group_comparisons,
    keyness,
    word_counts,
)

#: Six sentences of fighting: killings and attacks (VADER negative), every event escalation,
#: three hedges ("may", "reportedly", "according to").
WAR = (
    "Rebels attacked the town and killed dozens of civilians. "
    "Troops shelled the city again overnight. "
    "The army may launch new strikes, officials reportedly said. "
    "Militants bombed a bridge and killed two guards. "
    "Fighters stormed the base and burned the barracks. "
    "Residents were killed in the blast, according to witnesses."
)
#: Six sentences of peacemaking: agreements and praise (VADER positive), every event
#: de-escalation, no hedge.
PEACE = (
    "Envoys signed a ceasefire and welcomed the agreement. "
    "Leaders agreed to hold peace talks in Geneva. "
    "The sides released prisoners and praised the progress. "
    "Aid convoys reached the city safely. "
    "Both governments celebrated the truce. "
    "Diplomats expressed hope for a lasting peace."
)


@pytest.fixture(scope="module")
def war_peace():
    war = analysis.analyze(WAR, doc_id="war")
    peace = analysis.analyze(PEACE, doc_id="peace")
    return war, peace, analysis.compare(war, peace)


def _row(comp, measure):
    return comp.measures.set_index("measure").loc[measure]


def test_measures_frame_shape(war_peace):
    _, _, comp = war_peace
    assert list(comp.measures.columns) == MEASURE_COLUMNS
    assert (comp.a, comp.b) == ("war", "peace")
    assert {"sentiment", "hedge_density", "escalation_index", "escalation_score"} <= set(
        comp.measures["measure"]
    )
    for r in comp.measures.itertuples():
        assert r.difference == pytest.approx(r.a - r.b, abs=1e-6)
        assert r.ci_low <= r.difference <= r.ci_high, r.measure


def test_signs_reasoned_from_the_two_texts(war_peace):
    war, peace, comp = war_peace
    # Sentiment: every WAR sentence is neutral or negative, every PEACE sentence positive:
    # WAR is lower, clearly (the whole interval below 0).
    s = _row(comp, "sentiment")
    assert s.a < 0 < s.b and s.ci_high < 0 and s.reading == "lower"
    # Escalation index: WAR's events all escalate (+1), PEACE's all de-escalate (-1); every
    # resample of each side keeps that, so the difference is exactly 2 with a zero-width
    # interval, and WAR is higher.
    e = _row(comp, "escalation_index")
    assert (e.a, e.b, e.difference, e.ci_low, e.ci_high) == (1.0, -1.0, 2.0, 2.0, 2.0)
    assert e.reading == "higher" and e.unit == "events"
    assert (e.n_a, e.n_b) == (len(war.events), len(peace.events))
    # Hedging: WAR has three cues, PEACE none, so every PEACE resample has density 0 and the
    # difference's interval is WAR's own: above or at 0.
    h = _row(comp, "hedge_density")
    assert h.b == 0.0 and h.difference > 0 and h.ci_low >= 0
    assert (h.ci_low, h.ci_high) == (h.a_low, h.a_high)
    # The weighted score: positive weights on one side, negative on the other.
    assert _row(comp, "escalation_score").reading == "higher"


def test_each_sides_interval_is_its_summarys(war_peace):
    war, peace, comp = war_peace
    for side, res in (("a", war), ("b", peace)):
        for r in comp.measures.itertuples():
            lo, hi = getattr(r, f"{side}_low"), getattr(r, f"{side}_high")
            assert [lo, hi] == res.summary[f"{r.measure}_ci95"], (side, r.measure)


def test_comparing_swapped_sides_negates_the_difference(war_peace):
    war, peace, comp = war_peace
    back = analysis.compare(peace, war)
    for fwd, rev in zip(comp.measures.itertuples(), back.measures.itertuples(), strict=True):
        assert rev.difference == pytest.approx(-fwd.difference, abs=1e-6)
        assert rev.ci_low == pytest.approx(-fwd.ci_high, abs=1e-6)
    assert set(back.keyness["term"]) == set(comp.keyness["term"])


def _g2_by_hand(k_a: int, k_b: int, n_a: int, n_b: int) -> float:
    """Dunning's G² = 2 Σ O ln(O / E) over the 2x2 table (term / other terms x A / B)."""
    observed = [k_a, k_b, n_a - k_a, n_b - k_b]
    n = n_a + n_b
    rows = [k_a + k_b, n - k_a - k_b]
    cols = [n_a, n_b]
    expected = [rows[0] * cols[0] / n, rows[0] * cols[1] / n, rows[1] * cols[0] / n]
    expected.append(rows[1] * cols[1] / n)
    return 2 * sum(o * math.log(o / e) for o, e in zip(observed, expected, strict=True) if o)


def test_keyness_g2_and_p_against_a_hand_computation():
    a = {"war": 10, "peace": 2, "talks": 8}  # 20 words
    b = {"war": 1, "peace": 9, "talks": 10, "aid": 10}  # 30 words
    key = keyness(a, b).set_index("term")
    # war: 10 of 20 in A against 1 of 30 in B; expected under no difference 11 * 20/50 = 4.4
    # in A and 6.6 in B.
    war = _g2_by_hand(10, 1, 20, 30)
    assert war == pytest.approx(
        2
        * (
            10 * math.log(10 / 4.4)
            + 1 * math.log(1 / 6.6)
            + 10 * math.log(10 / 15.6)
            + 29 * math.log(29 / 23.4)
        )
    )
    assert key.loc["war", "g2"] == pytest.approx(war, abs=1e-6)  # positive: key to A
    assert key.loc["peace", "g2"] == pytest.approx(-_g2_by_hand(2, 9, 20, 30), abs=1e-6)
    assert key.loc["aid", "g2"] == pytest.approx(-_g2_by_hand(0, 10, 20, 30), abs=1e-6)
    assert (key.loc["war", "count_a"], key.loc["war", "count_b"]) == (10, 1)
    # p: chi-squared with 1 df, whose survival function is erfc(sqrt(x / 2)); at the 5%
    # critical value 3.841459 it is 0.05.
    assert key.loc["war", "p"] == pytest.approx(math.erfc(math.sqrt(war / 2)))
    assert keyness({"x": 1}, {"x": 1})["p"].iloc[0] == pytest.approx(1.0)
    assert math.erfc(math.sqrt(3.841459 / 2)) == pytest.approx(0.05, abs=1e-6)
    # sorted by |g2|
    assert list(key.index[:1]) == ["war"]


def test_keyness_of_the_comparison(war_peace):
    _, _, comp = war_peace
    key = comp.keyness.set_index("term")
    # "killed" three times in WAR, never in PEACE; "peace" twice in PEACE only.
    assert key.loc["killed", "g2"] > 0 and (
        key.loc["killed", "count_a"],
        key.loc["killed", "count_b"],
    ) == (3, 0)
    assert key.loc["peace", "g2"] < 0
    assert not set(key.index) & FUNCTION_WORDS  # "the", "and" are left out by default
    everything = analysis.compare(*war_peace[:2], features="all-words").keyness
    assert "the" in set(everything["term"])
    terms = analysis.compare(*war_peace[:2], features="terms").keyness
    assert "signed a ceasefire" in set(terms["term"])


def test_word_counts():
    counts = word_counts(["The U.S. troops' 2023 raid; the raid failed."])
    assert counts == {"u.s": 1, "troops": 1, "raid": 2, "failed": 1}
    assert word_counts(["The raid"], function_words=True)["the"] == 1


def test_groups_of_a_corpus():
    docs = [
        ("w1", WAR),
        ("w2", "Troops attacked the village and killed four people. Rebels shelled the camp."),
        ("w3", "Gunmen bombed the market and killed ten. The army stormed the hideout."),
        ("p1", PEACE),
        ("p2", "The parties signed a peace deal. Both sides welcomed the agreement warmly."),
        ("p3", "Negotiators agreed on a truce. Leaders praised the talks and hailed the deal."),
    ]
    corpus = analysis.analyze_corpus(docs, progress=False)
    groups = {d: ("war" if d.startswith("w") else "peace") for d, _ in docs}
    comp = compare_groups(corpus, groups, "war", "peace")
    s = _row(comp, "sentiment")
    # three articles a side: the unit is the article, the figure the mean of the articles'
    assert (s.n_a, s.n_b, s.unit) == (3, 3, "documents")
    table = corpus.summary.set_index("doc_id")
    assert s.a == pytest.approx(table.loc[["w1", "w2", "w3"], "sentiment"].mean(), abs=1e-6)
    assert s.difference < 0 and s.reading == "lower"
    assert _row(comp, "escalation_index").reading == "higher"
    # against the rest, and each group against the rest when there are more than two
    rest = compare_groups(corpus, groups, "war")
    assert rest.b == "not war" and _row(rest, "sentiment").n_b == 3
    three = {**groups, "p3": "truce"}
    comps = group_comparisons(corpus, three)
    assert set(comps) == {"war", "peace", "truce"}
    truce = _row(comps["truce"], "sentiment")  # one article: resampled by its 2 sentences
    assert (truce.n_a, truce.n_b, truce.unit) == (2, 5, "sentences / documents")
    with pytest.raises(analysis.ParameterError, match="group 'nope' has no analysed document"):
        compare_groups(corpus, groups, "nope")
    with pytest.raises(analysis.ParameterError, match="no column 'source'"):
        compare_groups(corpus, "source", "war")


def test_comparison_views_are_short_and_escaped():
    bad = "<script>alert(1)</script> Troops attacked <img src=x onerror=alert(2)> the town."
    a = analysis.analyze(bad + " They may return.", doc_id="<b>a</b>")
    b = analysis.analyze(PEACE, doc_id="peace")
    comp = analysis.compare(a, b, labels=["<script>x</script>", "peace"])
    page = comp._repr_html_()
    assert "<script" not in page and "<img" not in page and "&lt;script&gt;" in page
    assert "\n" not in repr(comp) and len(repr(comp)) < 200
    data = comp.to_dict(top=5)
    assert json.loads(json.dumps(data, allow_nan=False)) == data
    assert len(data["keyness"]) == 5


def test_compare_rejects_what_it_cannot_compare(war_peace):
    war = war_peace[0]
    with pytest.raises(analysis.ParameterError, match="not str"):
        analysis.compare(war, "text")  # type: ignore[arg-type]
    with pytest.raises(analysis.ParameterError, match="features must be one of"):
        analysis.compare(war, war, features="letters")


def test_compare_command(tmp_path, capsys):
    (tmp_path / "war.txt").write_text(WAR, encoding="utf-8")
    (tmp_path / "peace.txt").write_text(PEACE, encoding="utf-8")
    args = ["compare", str(tmp_path / "war.txt"), str(tmp_path / "peace.txt")]
    assert main(args) == 0
    text = capsys.readouterr().out
    assert "A = war, B = peace" in text and "escalation_index" in text and "killed" in text
    assert main([*args, "--format", "json", "--top", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["a"], data["b"]) == ("war", "peace") and len(data["keyness"]) == 3
    assert main([*args, "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith(",".join(MEASURE_COLUMNS))
    assert main([*args, "--top", "0"]) == 2


def test_sides_measured_with_other_lexicons_are_not_compared(war_peace):
    war = war_peace[0]
    hedges_only = analysis.analyze(PEACE, lexicons=["hedging"])
    with pytest.raises(analysis.ParameterError, match="different lexicons"):
        analysis.compare(war, hedges_only)
    assert war_peace[2].lexicon_versions == war.summary["lexicon_versions"]


def test_direction_keyness_on_an_analysed_text():
    # Escalation hits: "attacked", "strikes"; de-escalation: "talks" twice (between two
    # named states, so that the talks are diplomacy, not a conversation; talks that began and
    # continued, not talks that "stalled", which read as their failing since lexicon 1.51.0).
    res = analysis.analyze(
        "Rebels attacked the town. Talks between Sudan and Chad began. Drone strikes resumed. "
        "Talks between Sudan and Chad continued.",
        lexicons=["escalation"],
    )
    key = direction_keyness(res.matches).set_index("term")
    assert key.loc["talks", "de-escalation"] == 2 and key.loc["talks", "g2"] < 0
    assert key.loc["attacked", "escalation"] == 1 and key.loc["attacked", "g2"] > 0
    assert (key["documents"] == 1).all()
    empty = direction_keyness(res.matches.iloc[0:0])
    assert empty.empty and isinstance(empty, pd.DataFrame)
