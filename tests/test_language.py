"""Language identified by a library (issue 13, item 2): analysis.language and where it shows.

The texts are short news sentences written for these tests, each plainly in one language.
"""

from __future__ import annotations

import warnings

import pytest

import analysis
from analysis import annotate
from analysis.cli import main
from analysis.language import (
    MIN_CONFIDENCE,
    SAMPLE_CHARS,
    UNDETERMINED,
    identify_language,
    is_non_english,
    language_name,
)

ENGLISH = "Envoys from both sides met in Geneva on Tuesday and agreed to extend the ceasefire."
NEWS = {
    "en": ENGLISH,
    "ru": "Делегации обеих сторон встретились в Женеве и договорились продлить перемирие.",
    "fr": "Les délégations se sont réunies à Genève et ont accepté de prolonger le cessez-le-feu.",
    "de": "Die Delegationen trafen sich in Genf und einigten sich auf eine längere Waffenruhe.",
    "es": "Las delegaciones se reunieron en Ginebra y acordaron prorrogar el alto el fuego.",
    "uk": "Делегації обох сторін зустрілися в Женеві й домовилися продовжити перемир'я.",
    "ar": "التقى مندوبو الطرفين في جنيف واتفقوا على تمديد وقف إطلاق النار لمدة أسبوع.",
}


@pytest.mark.parametrize("code", list(NEWS))
def test_one_news_sentence_is_enough(code):
    language, confidence = identify_language(NEWS[code])
    assert language == code
    assert MIN_CONFIDENCE <= confidence <= 1.0


@pytest.mark.parametrize("text", ["!!! ... ???", "12 345 6.7", "Kyiv", ""])
def test_text_without_enough_language_is_undetermined(text):
    # No words, numbers or a lone name: the identifier's best guess is below MIN_CONFIDENCE.
    language, confidence = identify_language(text)
    assert language == UNDETERMINED and confidence < MIN_CONFIDENCE
    assert not is_non_english(language)  # undetermined is not reported as "not English"


def test_symbols_have_no_language_and_are_not_called_foreign():
    # py3langid's "zxx" (no linguistic content): a run of digits and symbols.
    language, _ = identify_language("0x1F 0x2A 0x3B 0x4C 0x5D 0x6E 0x7F " * 200)
    assert language in ("zxx", "und") and not is_non_english(language)
    assert language_name("zxx") == "no linguistic content"


def test_long_texts_are_sampled_and_still_identified():
    # 30,000 English sentences then 3,000 Russian ones (~2.8 MB, the last ~9% Russian): of
    # the three evenly spaced windows (start, middle, end), two fall in the English part and
    # the last in the Russian, so the language is English with 2/3 of the confidence of the
    # English alone.
    text = (ENGLISH + " ") * 30_000 + (NEWS["ru"] + " ") * 3_000
    assert len(text) > 10 * SAMPLE_CHARS
    language, confidence = identify_language(text)
    assert language == "en"
    alone = identify_language((ENGLISH + " ") * 30_000)[1]
    assert confidence == pytest.approx(2 / 3 * alone, abs=0.01)


def test_language_names():
    assert language_name("ru") == "Russian"
    assert language_name("fr") == "French"
    assert language_name(UNDETERMINED) == "undetermined"
    assert language_name("xx-not-a-code") == "xx-not-a-code"


def test_every_summary_has_the_language_and_its_confidence(seed_result):
    assert seed_result.summary["language"] == "en"
    assert seed_result.summary["language_confidence"] > 0.99
    assert "low_english_share" not in seed_result.summary  # the word-list scan is gone
    assert "english_function_word_share" not in seed_result.summary


def test_a_non_english_article_warns_with_a_named_warning():
    assert issubclass(analysis.NonEnglishWarning, UserWarning)
    with pytest.warns(analysis.NonEnglishWarning, match="not English") as caught:
        res = analysis.analyze(NEWS["ru"] + " " + NEWS["ru"], doc_id="ru-news")
    message = str(caught[0].message)
    assert "article 'ru-news' looks like Russian (ru" in message
    assert res.summary["language"] == "ru"


def test_an_english_article_does_not_warn():
    with warnings.catch_warnings():
        warnings.simplefilter("error", analysis.NonEnglishWarning)
        analysis.analyze(ENGLISH)


def test_the_cli_says_so(tmp_path, capsys):
    path = tmp_path / "fr.txt"
    path.write_text(NEWS["fr"] + "\n", encoding="utf-8")
    assert main(["analyze", str(path)]) == 0
    err = capsys.readouterr().err
    assert f"note: '{path}' looks like French (fr, confidence" in err
    assert "only know English" in err


def test_the_report_card_shows_a_banner():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", analysis.NonEnglishWarning)
        summary = analysis.analyze(NEWS["ru"]).summary
    card = annotate.summary_card_html(summary)
    assert "Not English" in card and "Russian (ru" in card
    english = annotate.summary_card_html(analysis.analyze(ENGLISH).summary)
    assert "Not English" not in english
