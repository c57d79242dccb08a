"""Sentence sentiment (VADER + TextBlob) and its aggregation to the document.

Expected signs are reasoned from VADER's shipped lexicon (valences in brackets, from
vaderSentiment/vader_lexicon.txt) and TextBlob's Pattern lexicon, not copied from a run.
"""

from __future__ import annotations

import pytest

from analysis.sentiment import aggregate, score_sentence


@pytest.mark.parametrize(
    ("sentence", "sign", "why"),
    [
        (
            "Moscow launched drone and missile strikes targeting Ukraine’s power infrastructure, "
            "while Kyiv retaliated with a significant strike on southwestern Russia.",
            -1,
            "strikes (-1.5) and strike (-0.5) outweigh significant (+0.8)",
        ),
        (
            "According to Ukrainian officials, these strikes have severely impacted electricity "
            "supplies across various regions, exacerbating the humanitarian crisis in a country "
            "already grappling with the repercussions of war.",
            -1,
            "strikes, severely (-2.0), crisis (-3.1), war (-2.9): nothing positive",
        ),
        (
            "While the military exchanges between Russia and Ukraine highlight the ongoing "
            "volatility in the region, the potential for diplomatic engagement offers a glimmer "
            "of hope for peace.",
            +1,
            "hope (+1.9) and peace (+2.5), no negative lexicon word",
        ),
        ("The talks are scheduled for Tuesday.", 0, "no sentiment-bearing word at all"),
    ],
)
def test_vader_sign_follows_the_words(sentence, sign, why):
    s = score_sentence(sentence)
    if sign == 0:
        assert s.vader_compound == 0.0, why
    else:
        assert s.vader_compound * sign > 0.05, why
    assert s.sentiment == s.vader_compound  # the headline score is VADER's compound
    assert s.vader_pos + s.vader_neu + s.vader_neg == pytest.approx(1.0, abs=0.002)


def test_textblob_subjectivity_separates_opinion_from_report():
    # Pattern rates "terrible" and "wonderful" as strongly subjective; a bare schedule is not.
    opinion = score_sentence("It is a terrible, truly wonderful idea.")
    report = score_sentence("The talks are scheduled for Tuesday.")
    assert opinion.textblob_subjectivity > 0.5
    assert report.textblob_subjectivity == 0.0


def test_scores_are_deterministic():
    s = "Kyiv retaliated with a significant strike."
    assert score_sentence(s) == score_sentence(s)


@pytest.mark.parametrize(
    ("values", "weights", "expected"),
    [
        ([], None, 0.0),
        ([0.5, -0.5, 0.3], None, 0.1),
        ([1.0, 0.0], [3, 1], 0.75),
        ([1.0], [0], 0.0),
    ],
)
def test_aggregate_is_a_mean(values, weights, expected):
    assert aggregate(values, weights) == pytest.approx(expected)


def test_document_sentiment_is_the_mean_of_sentences(seed_result):
    sents = seed_result.sentences
    mean = sents["vader_compound"].mean()
    assert seed_result.summary["sentiment"] == pytest.approx(mean, abs=1e-6)
    # The seed reports strikes, crisis, loss of life: most sentences score negative, and the
    # article as a whole does too, despite the hopeful talks paragraphs.
    assert (sents["vader_compound"] < 0).sum() > (sents["vader_compound"] > 0).sum()
    assert seed_result.summary["sentiment"] < 0
