"""What a reader sees: readings decided by intervals, reprs, HTML views (escaped), figures."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pytest

import analysis
from analysis import annotate, plots, readings

XSS = "<script>alert(1)</script>"
HOSTILE = (
    f"{XSS} Rebels attacked <img src=x onerror=alert(2)> the town. "
    "Troops may have shelled the bridge, officials reportedly said. "
    "Envoys signed a ceasefire <b>today</b>."
)


def _summary(e: int, d: int, ci: list[float] | None) -> dict:
    return {
        "escalation_events": e,
        "deescalation_events": d,
        "escalation_index": (e - d) / (e + d) if e + d else 0.0,
        "escalation_index_ci95": ci,
    }


def test_a_near_tie_is_balanced_not_a_lean():
    # The case: +0.06 from 18 against 16 was called "leans escalation".
    reading = readings.lean_reading(_summary(18, 16, [-0.29, 0.41]))
    assert reading.startswith("balanced: 18 escalation vs 16 de-escalation events")
    assert "includes 0" in reading and "leans" not in reading
    assert readings.lean_reading(_summary(12, 3, [0.27, 0.87])).startswith("leans escalation")
    assert readings.lean_reading(_summary(1, 9, [-1.0, -0.6])).startswith("leans de-escalation")
    assert "too few events" in readings.lean_reading(_summary(1, 0, None))
    assert readings.lean_reading(_summary(0, 0, None)).startswith("no escalation")
    # a corpus summary row (flattened interval) reads the same
    row = {**_summary(12, 3, None), "escalation_index_ci95_low": 0.27}
    row["escalation_index_ci95_high"] = 0.87
    assert readings.lean_reading(row).startswith("leans escalation")


def test_the_seed_reads_balanced(seed_result):
    s = seed_result.summary
    assert readings.lean_reading(s).startswith("balanced")
    card = annotate.summary_card_html(s)
    assert "95% interval" in card and "reference news articles" in card
    assert "leans" not in card
    assert "no clear tone" in readings.sentiment_reading(s)  # its interval spans 0


def test_percentile_words():
    ref = {"name": "r", "n_documents": 295}
    assert readings.percentile_reading(82.4, ref) == (
        "higher than 82% of the 295 reference news articles"
    )
    assert readings.percentile_reading(30.0) == "lower than 70% of reference news articles"
    assert "no reference" in readings.percentile_reading(None)


def test_index_and_score_are_reconciled_once(seed_result):
    s = seed_result.summary
    text = readings.index_and_score_reading(s, seed_result.events)
    assert f"{s['escalation_events']} escalation against {s['deescalation_events']}" in text
    assert f"{s['escalation_score']:+.1f}" in text and "heavier" in text


def test_reprs_are_short(seed_result):
    text = repr(seed_result)
    assert "\n" not in text and len(text) < 300
    assert "sentiment -0.071 [" in text
    corpus = analysis.analyze_corpus([("a", HOSTILE), ("b", "Talks resumed. Envoys met.")])
    assert repr(corpus) == "CorpusResult(2 documents analysed, 0 failed; in memory)"


def test_html_views_escape_the_article():
    res = analysis.analyze(HOSTILE, doc_id=f"{XSS}.txt")
    page = res._repr_html_()
    assert "<script" not in page and "<img" not in page and "<b>today" not in page
    assert "&lt;script&gt;" in page  # the id, shown as text
    assert "95% interval" in page and "reference" in page and "Top terms" in page
    corpus = analysis.analyze_corpus([(XSS, HOSTILE), ("b", "Talks resumed. Envoys met.")])
    page = corpus._repr_html_()
    assert "<script" not in page and "2 documents analysed" in page
    assert "mean over articles" in page and "[" in page


def test_one_kwic_table_without_offsets(seed_result):
    matches = seed_result.matches[seed_result.matches["lexicon"] == "escalation"]
    terms = seed_result.terms[seed_result.terms["lexicon"] == "escalation"]
    top = terms.sort_values(["count", "term"], ascending=[False, True]).head(2)
    kwic = annotate.terms_in_context(seed_result.article, matches, top["term"])
    for term, count in zip(top["term"], top["count"], strict=True):
        label = f"{term} ({count}×)"
        assert kwic["term"].tolist().count(label) == count  # a term's rows are its count
    page = annotate.kwic_table_html(kwic)
    assert page.count("<table") == 1
    header = page[page.index("<tr>") : page.index("</tr>")]
    for col in ("term", "left context", "keyword", "right context", "sentence"):
        assert col in header
    assert "start" not in header and "end" not in header
    res = analysis.analyze(HOSTILE)
    hostile = annotate.terms_in_context(res.article, res.matches, ["attacked"])
    assert "<img" not in annotate.kwic_table_html(hostile)


def _overlaps(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


@pytest.mark.parametrize(
    "draw",
    [
        lambda r: plots.sentiment_by_sentence(r.sentences),
        lambda r: plots.hedging_along_article(r.sentences),
        lambda r: plots.escalation_along_article(r.sentences),
        lambda r: plots.category_bars(
            r.matches, lexicon="escalation", directions=["escalation", "de-escalation"]
        ),
    ],
)
def test_no_legend_over_the_data(seed_result, draw):
    fig = draw(seed_result)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    legends = list(fig.legends) + [ax.get_legend() for ax in fig.axes if ax.get_legend()]
    assert legends
    for legend in legends:
        box = legend.get_window_extent(renderer)
        for ax in fig.axes:
            assert not _overlaps(box, ax.get_window_extent(renderer))
    plt.close(fig)


def test_counts_have_whole_number_ticks(seed_result):
    fig = plots.hedging_along_article(seed_result.sentences)
    fig.canvas.draw()
    ticks = fig.axes[0].get_yticks()
    assert all(float(t).is_integer() for t in ticks)
    fig = plots.category_bars(seed_result.matches, lexicon="hedging")
    fig.canvas.draw()
    assert all(float(t).is_integer() for t in fig.axes[0].get_xticks())
    plt.close("all")


def test_interval_plots(seed_result):
    corpus = analysis.analyze_corpus(
        [("a", HOSTILE), ("b", "Talks resumed. Envoys met. Both sides agreed."), ("c$", "Hi.")]
    )
    fig = plots.article_intervals(corpus.summary, "sentiment", reference=[-0.2, 0.0, 0.1])
    ax = fig.axes[0]
    assert len(ax.get_yticklabels()) == 3  # "c$" shown literally, not as mathtext
    assert any(label.get_text() == r"c\$" for label in ax.get_yticklabels())
    comp = analysis.compare(seed_result, analysis.analyze(HOSTILE))
    fig = plots.group_intervals(comp.sides(), measures=["sentiment", "escalation_index"])
    assert len([a for a in fig.axes if a.get_visible()]) == 2
    plt.close("all")
