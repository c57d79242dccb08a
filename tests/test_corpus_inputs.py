"""Corpora of what researchers have (issue 13): web pages, languages, dates, failures.

Each corpus is written here from short hand-written texts; expected values are reasoned from
them in the comments.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.corpus import analyze_corpus, document_table, read_metadata

from .conftest import ROOT

PAGE = ROOT / "tests" / "fixtures" / "pages" / "ceasefire_talks.html"
STRIKE = "Troops attacked the town and shelled the power plant on Monday, officials said."
TRUCE = "Envoys signed a ceasefire and agreed to hold peace talks in Geneva next week."
RUSSIAN = "Войска атаковали город и обстреляли электростанцию в понедельник, заявили власти."
FRENCH = "Les envoyés ont signé un cessez-le-feu et accepté des pourparlers de paix à Genève."


def _folder(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "2019-10-15_strike.txt").write_text(STRIKE, encoding="utf-8")
    (folder / "2019-10-16_truce.txt").write_text(TRUCE, encoding="utf-8")
    (folder / "2019-10-17_удары.txt").write_text(RUSSIAN, encoding="utf-8")
    (folder / "page.html").write_bytes(PAGE.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")  # not read
    return folder


def test_a_folder_of_text_and_web_pages(tmp_path):
    folder = _folder(tmp_path)
    res = analyze_corpus(folder)
    s = res.summary.set_index("doc_id")
    # Sorted by file name; empty.txt failed; notes.md is not an article file.
    assert list(s.index) == ["2019-10-15_strike", "2019-10-16_truce", "2019-10-17_удары", "page"]
    # Dates: from the file names, and from the page's metadata.
    assert s["date"].tolist() == ["2019-10-15", "2019-10-16", "2019-10-17", "2023-10-24"]
    assert s.loc["page", "title"] == "Ceasefire talks resume in Geneva"
    assert s.loc["page", "author"] == "Jane Reporter"
    assert s.loc["page", "source_format"] == "html"
    assert s.loc["2019-10-15_strike", "source_format"] == "text"
    assert pd.isna(s.loc["2019-10-15_strike", "title"])
    # Files are bytes decoded as UTF-8: the encoding says so (not "text").
    assert set(s["encoding"]) == {"utf-8"}
    assert s["language"].tolist() == ["en", "en", "ru", "en"]
    # The page's sentences are those of its article: its first sentence starts "Envoys".
    page_sentences = res.sentences[res.sentences["doc_id"] == "page"]
    assert page_sentences["text"].iloc[0].startswith("Envoys from both sides")
    # The failure is listed with its path and the reason.
    assert res.errors.to_dict("records") == [
        {
            "doc_id": "empty",
            "path": str(folder / "empty.txt"),
            "error": f"'{folder / 'empty.txt'}' is empty; there is no text to analyse.",
        }
    ]


def test_non_english_documents_are_left_out_of_aggregates_by_default(tmp_path):
    res = analyze_corpus(
        pd.DataFrame(
            {"doc_id": ["strike", "ru", "truce", "fr"], "text": [STRIKE, RUSSIAN, TRUCE, FRENCH]}
        )
    )
    assert res.summary["language"].tolist() == ["en", "ru", "en", "fr"]
    assert res.non_english[["doc_id", "language"]].values.tolist() == [["ru", "ru"], ["fr", "fr"]]
    agg = res.for_aggregates()
    for table in ("summary", "sentences", "matches", "events", "terms"):
        assert set(getattr(agg, table)["doc_id"]) <= {"strike", "truce"}, table
    assert agg.summary["doc_id"].tolist() == ["strike", "truce"]
    # The parameter keeps them all.
    everything = res.for_aggregates(include_non_english=True)
    assert everything.summary["doc_id"].tolist() == ["strike", "ru", "truce", "fr"]


def test_jsonl_with_an_html_field(tmp_path):
    page = PAGE.read_text(encoding="utf-8")
    path = tmp_path / "scraped.jsonl"
    rows = [
        {"url": "https://a.example/1", "html": page, "date": "2023-10-30"},
        {"url": "https://a.example/2", "html": "<html><body></body></html>"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    res = analyze_corpus(path, html_column="html", id_column="url")
    s = res.summary.iloc[0]
    assert s["doc_id"] == "https://a.example/1"
    assert s["title"] == "Ceasefire talks resume in Geneva"  # from the page
    assert s["date"] == "2023-10-30"  # the table's own column wins over the page's date
    # "url" is the id column here, so the page's own (canonical) URL is its metadata.
    assert s["url"] == "https://news.example.org/2023/10/24/ceasefire-talks"
    assert s["encoding"] == "utf-8" and s["source_format"] == "html"
    # The empty page failed, with where it came from (file and row).
    assert res.errors["doc_id"].tolist() == ["https://a.example/2"]
    assert res.errors["path"].tolist() == [f"{path}, row 2"]
    assert "no article text" in res.errors["error"].iloc[0]
    # The same pages from a CSV and a Parquet file
    for suffix in ("csv", "parquet"):
        other = tmp_path / f"scraped.{suffix}"
        frame = pd.DataFrame(rows)
        frame.to_csv(other, index=False) if suffix == "csv" else frame.to_parquet(other)
        again = analyze_corpus(other, html_column="html", id_column="url")
        assert again.summary["title"].tolist() == ["Ceasefire talks resume in Geneva"]


def test_document_table_dates_drive_the_time_axis(tmp_path):
    folder = _folder(tmp_path)
    (folder / "metadata.yaml").write_text(
        "page.html:\n  source: wire\n  date: '1999-01-01'\n", encoding="utf-8"
    )
    res = analyze_corpus(folder)
    table = document_table(res.summary, read_metadata(folder)).set_index("doc_id")
    # The summary's date (from the page) wins over metadata.yaml's; its "source" is added.
    assert table.loc["page", "date"] == pd.Timestamp("2023-10-24")
    assert table.loc["page", "source"] == "wire"
    assert pd.api.types.is_datetime64_any_dtype(table["date"])
    assert table["date"].notna().all()


@pytest.mark.parametrize("engine", ["pandas", "processes"])
def test_a_failing_document_never_stops_the_others(tmp_path, engine):
    folder = _folder(tmp_path)
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    res = analyze_corpus(folder, engine=engine, jobs=2)
    assert sorted(res.errors["doc_id"]) == ["binary", "empty"]
    assert len(res.summary) == 4


def test_tables_stream_to_parquet_with_the_language_and_metadata(tmp_path):
    folder = _folder(tmp_path)
    out = tmp_path / "data"
    res = analyze_corpus(folder, out=out)
    for table in ("sentences", "matches", "events", "summary", "errors"):
        assert list((out / table).glob("part-*.parquet")), table
    summary = pd.read_parquet(out / "summary")
    assert {"language", "language_confidence", "title", "date", "source_sha256"} <= set(
        summary.columns
    )
    assert len(pd.read_parquet(out / "sentences")) == len(res.sentences)


def test_parquet_parts_agree_on_types_when_a_chunk_has_no_page(tmp_path):
    # One document per chunk: the plain-text chunks have no title, author..., the page has
    # them; every part must still give the same column types, so the folder reads as one.
    folder = _folder(tmp_path)
    analyze_corpus(folder, out=tmp_path / "data", chunk_size=1)
    summary = pd.read_parquet(tmp_path / "data" / "summary")
    assert summary["title"].tolist()[-1] == "Ceasefire talks resume in Geneva"
    assert summary["title"].isna().sum() == 3
