"""Many documents: every reader, the three engines, errors, streaming to Parquet, parameters.

The corpus is five short hand-written news texts. Expected values are reasoned from their
words and the shipped lexicons (comments say why), and every engine is checked against
``analysis.analyze()`` of each document alone, so the corpus machinery can neither change
nor mix up a document's results.
"""

from __future__ import annotations

import json
import logging

import pandas as pd
import pytest

import analysis
from analysis.corpus import TABLES, CorpusResult, analyze_corpus
from analysis.errors import ParameterError
from analysis.frames import summary_frame

TEXTS = [
    # Two sentences, both escalation: "missile strike", then "attack" and "killed".
    "Russia launched a missile strike on Kyiv on Monday. Officials said the attack killed "
    "five people.",
    # De-escalation ("signed a ceasefire agreement", "peace talks"), one hedge ("expected to").
    "The two sides signed a ceasefire agreement in Doha. Peace talks are expected to resume "
    "next week.",
    # One sentence, one hedge of three kinds: "Reportedly" (evidential), "about" before a
    # number (approximator), "may" (epistemic); "troops may withdraw" is a withdrawal.
    "Reportedly, about 200 troops may withdraw from the border town.",
    # No lexicon word at all: neutral, no match.
    "The museum opened a new wing on Tuesday.",
    # Escalation first, then two sentences of cooperation: the running balance is positive
    # after sentences 0 and 1 and turns negative, for good, at sentence 2.
    "The army shelled the city and killed ten civilians. Later both sides signed a ceasefire "
    "and agreed to hold peace talks. Aid convoys were allowed in and prisoners were released.",
]
IDS = [f"doc-{i}" for i in range(len(TEXTS))]


def _assert_same(a: CorpusResult, b: CorpusResult) -> None:
    for table in TABLES:
        pd.testing.assert_frame_equal(getattr(a, table), getattr(b, table), obj=table)


def _alone(doc_id: str, text: str) -> analysis.AnalysisResult:
    return analysis.analyze(text, doc_id=doc_id)


@pytest.fixture(scope="module")
def reference() -> CorpusResult:
    return analyze_corpus(pd.DataFrame({"doc_id": IDS, "text": TEXTS}))


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


# -- what comes out -----------------------------------------------------------------------


def test_frames_are_those_of_analyze_for_each_document(reference):
    # The corpus result is each document's analyze() result, stacked in input order.
    alone = [_alone(i, t) for i, t in zip(IDS, TEXTS, strict=True)]
    for table in ("sentences", "matches", "terms"):
        expected = pd.concat([getattr(r, table) for r in alone], ignore_index=True)
        pd.testing.assert_frame_equal(getattr(reference, table), expected, obj=table)
    pd.testing.assert_frame_equal(
        reference.summary, summary_frame([r.summary for r in alone]), obj="summary"
    )
    assert reference.errors.empty
    assert set(reference.lexicon_versions) == {"hedging", "escalation"}


def test_expected_values_reasoned_from_the_texts(reference):
    summary = reference.summary.set_index("doc_id")
    sentences = reference.sentences
    # doc-0: both sentences lean to escalation; three escalation terms, none the other way.
    assert sentences[sentences.doc_id == "doc-0"].direction.tolist() == ["escalation"] * 2
    assert (summary.loc["doc-0", "escalation_terms"], summary.loc["doc-0", "escalation_index"]) == (
        3,
        1.0,
    )
    # doc-1: de-escalation only, and "expected to" is its one (epistemic) hedge.
    assert summary.loc["doc-1", "deescalation_terms"] == 2
    assert summary.loc["doc-1", "escalation_terms"] == 0
    assert summary.loc["doc-1", "hedge_epistemic"] == 1
    # doc-2: one cue of each of three categories in its one sentence of 10 words.
    row = summary.loc["doc-2"]
    assert (row.hedge_evidential, row.hedge_approximator, row.hedge_epistemic) == (1, 1, 1)
    assert row.hedge_conditional == 0
    assert row.n_tokens == 10  # Reportedly about 200 troops may withdraw from the border town
    assert row.hedge_density == pytest.approx(100 * 3 / 10)
    # doc-3: nothing to match, a neutral sentence.
    assert not (reference.matches.doc_id == "doc-3").any()
    assert sentences[sentences.doc_id == "doc-3"].direction.tolist() == ["neutral"]
    # doc-4: the balance turns at sentence 2; the others never turn (missing values).
    assert summary.loc["doc-4", "escalation_turning_point.sentence_id"] == 2
    assert summary.loc["doc-4", "escalation_turning_point.to"] == "de-escalation"
    assert summary["escalation_turning_point.sentence_id"].isna().sum() == 4
    assert str(summary["escalation_turning_point.sentence_id"].dtype) == "Int64"


# -- every source type --------------------------------------------------------------------


def _dataframe(tmp_path):
    return pd.DataFrame({"doc_id": IDS, "text": TEXTS})


def _texts(tmp_path):
    return list(TEXTS)  # ids become doc-<position>


def _pairs(tmp_path):
    return list(zip(IDS, TEXTS, strict=True))


def _folder(tmp_path):
    for doc_id, text in zip(IDS, TEXTS, strict=True):
        (tmp_path / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a .txt: ignored", encoding="utf-8")
    return tmp_path


def _csv(tmp_path):
    path = tmp_path / "corpus.csv"
    pd.DataFrame({"doc_id": IDS, "text": TEXTS, "source": "test"}).to_csv(path, index=False)
    return path


def _jsonl(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"doc_id": i, "text": t}) for i, t in zip(IDS, TEXTS, strict=True)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _parquet(tmp_path):
    path = tmp_path / "corpus.parquet"
    pd.DataFrame({"doc_id": IDS, "text": TEXTS}).to_parquet(path, index=False)
    return path


@pytest.mark.parametrize(
    "make_source", [_dataframe, _texts, _pairs, _folder, _csv, _jsonl, _parquet]
)
def test_every_source_type_gives_the_same_result(make_source, tmp_path, reference):
    result = analyze_corpus(make_source(tmp_path))
    # Only how the text was read differs: files are UTF-8 bytes decoded ("utf-8"), texts
    # given in memory are strings ("text").
    in_memory = make_source in (_dataframe, _texts, _pairs)
    assert set(result.summary["encoding"]) == {"text" if in_memory else "utf-8"}
    result.summary["encoding"] = reference.summary["encoding"]
    _assert_same(result, reference)


def test_files_are_read_with_named_columns(tmp_path, reference):
    path = tmp_path / "news.jsonl"
    lines = [json.dumps({"id": i, "body": t}) for i, t in zip(IDS, TEXTS, strict=True)]
    path.write_text("\n".join(lines), encoding="utf-8")
    result = analyze_corpus(path, text_column="body", id_column="id")
    assert set(result.summary["encoding"]) == {"utf-8"}  # a file: bytes decoded as UTF-8
    result.summary["encoding"] = reference.summary["encoding"]
    _assert_same(result, reference)


# -- engines --------------------------------------------------------------------------------


def _corpus_with_bad_documents() -> pd.DataFrame:
    # Ids out of alphabetical order and bad documents in between: order and errors must hold.
    ids = ["z-strike", "empty", "m-truce", "none", "a-hedged", "blank", "k-museum", "b-turn"]
    texts = [TEXTS[0], "", TEXTS[1], None, TEXTS[2], "  \n ", TEXTS[3], TEXTS[4]]
    return pd.DataFrame({"doc_id": ids, "text": pd.Series(texts, dtype=object)})


@pytest.mark.parametrize("chunk_size", [None, 1, 3])
def test_engines_give_identical_results(chunk_size, dask_client):
    corpus = _corpus_with_bad_documents()
    pandas_result = analyze_corpus(corpus, engine="pandas", chunk_size=chunk_size)
    _assert_same(
        analyze_corpus(corpus, engine="processes", jobs=2, chunk_size=chunk_size), pandas_result
    )
    _assert_same(
        analyze_corpus(corpus, engine="dask", client=dask_client, chunk_size=chunk_size),
        pandas_result,
    )


def test_input_order_is_kept_by_every_engine(dask_client):
    corpus = _corpus_with_bad_documents()
    good = ["z-strike", "m-truce", "a-hedged", "k-museum", "b-turn"]
    for kwargs in (
        {},
        {"engine": "processes", "jobs": 2},
        {"engine": "dask", "client": dask_client},
    ):
        result = analyze_corpus(corpus, chunk_size=1, **kwargs)
        assert result.summary.doc_id.tolist() == good
        assert result.sentences.doc_id.drop_duplicates().tolist() == good
        assert result.errors.doc_id.tolist() == ["empty", "none", "blank"]


def test_dask_engine_without_a_client_runs_local_processes():
    corpus = _corpus_with_bad_documents()
    _assert_same(
        analyze_corpus(corpus, engine="dask", jobs=2, chunk_size=2), analyze_corpus(corpus)
    )


# -- bad documents --------------------------------------------------------------------------


def test_bad_documents_go_to_errors_and_the_run_goes_on():
    result = analyze_corpus(_corpus_with_bad_documents())
    errors = result.errors.set_index("doc_id")["error"]
    assert list(errors.index) == ["empty", "none", "blank"]
    assert "is empty" in errors["empty"]
    assert "has no text (got NoneType)" in errors["none"]
    assert "whitespace only" in errors["blank"]
    assert len(result.summary) == 5  # every good document was analysed


@pytest.mark.parametrize("engine", ["pandas", "processes", "dask"])
def test_a_binary_file_in_a_folder_is_an_error_not_a_crash(engine, tmp_path, request):
    _folder(tmp_path)
    (tmp_path / "doc-2.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")  # an image
    client = request.getfixturevalue("dask_client") if engine == "dask" else None
    result = analyze_corpus(tmp_path, engine=engine, jobs=2, client=client)
    assert result.errors.doc_id.tolist() == ["doc-2"]
    assert "binary" in result.errors.error.iloc[0]
    assert result.errors.path.tolist() == [str(tmp_path / "doc-2.txt")]
    assert result.summary.doc_id.tolist() == ["doc-0", "doc-1", "doc-3", "doc-4"]


# -- independence and streaming -----------------------------------------------------------


@pytest.mark.parametrize("position", [0, 2, 4])
def test_a_documents_rows_do_not_depend_on_the_other_documents(position, reference):
    doc_id = IDS[position]
    alone = analyze_corpus([(doc_id, TEXTS[position])])
    # The same text among others (repeated, so it shares chunks with every other document).
    crowd = [(f"{i}-{k}", t) for k in range(3) for i, t in zip(IDS, TEXTS, strict=True)]
    crowd.insert(7, (doc_id, TEXTS[position]))
    among = analyze_corpus(crowd, chunk_size=4)
    for table in ("sentences", "matches", "terms", "summary"):
        mine = getattr(among, table)
        mine = mine[mine.doc_id == doc_id].reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, getattr(alone, table), obj=table)


def test_out_dir_streams_parquet_parts_equal_to_the_result_in_memory(tmp_path):
    corpus = _corpus_with_bad_documents()
    in_memory = analyze_corpus(corpus, chunk_size=2)
    streamed = analyze_corpus(corpus, chunk_size=2, out=tmp_path / "out")
    assert isinstance(streamed, CorpusResult)  # one result type, in memory or on disk
    written = streamed.paths
    assert set(written) == set(TABLES)
    # 4 chunks of 2 documents: each holds a good one, the last no bad one (no empty parts).
    assert (len(written["sentences"]), len(written["errors"])) == (4, 3)
    for table in TABLES:
        assert all(p.name.startswith("part-") and p.suffix == ".parquet" for p in written[table])
        assert written[table] == sorted(written[table])
        parts = pd.concat([pd.read_parquet(p) for p in written[table]], ignore_index=True)
        pd.testing.assert_frame_equal(parts, getattr(in_memory, table), obj=table)
        # the result reads its tables from those parts when asked
        pd.testing.assert_frame_equal(getattr(streamed, table), parts, obj=table)
    versions = json.loads((tmp_path / "out" / "lexicons.json").read_text(encoding="utf-8"))
    assert versions == in_memory.lexicon_versions


# -- parameters -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"engine": "spark"}, "engine must be one of 'pandas', 'processes', 'dask', not 'spark'"),
        ({"engine": "processes", "jobs": 0}, "jobs must be a positive whole number"),
        ({"jobs": -2}, "jobs must be a positive whole number"),
        ({"jobs": 1.5}, "jobs must be a positive whole number"),
        ({"jobs": True}, "jobs must be a positive whole number"),
        ({"chunk_size": 0}, "chunk_size must be a positive int"),
        ({"text_column": "body"}, "the corpus has no 'body' column (columns: doc_id, text)"),
    ],
)
def test_wrong_parameters_say_what_is_wrong(kwargs, message):
    with pytest.raises(ParameterError, match=message.replace("(", r"\(").replace(")", r"\)")):
        analyze_corpus(pd.DataFrame({"doc_id": IDS, "text": TEXTS}), **kwargs)


def test_a_file_without_the_text_column_is_a_parameter_error(tmp_path):
    path = tmp_path / "corpus.csv"
    pd.DataFrame({"doc_id": IDS, "body": TEXTS}).to_csv(path, index=False)
    with pytest.raises(ParameterError, match=r"no 'text' column .* pass text_column="):
        analyze_corpus(path, engine="processes", jobs=2)


def test_guided_chunks_keep_every_document_in_order_and_shrink_by_text():
    from analysis.corpus import CHUNK_SIZE, MIN_CHUNK_CHARS, _guided_chunks

    # 600 short documents (100 characters) followed by 40 long ones (20,000 characters): the
    # tail holds most of the text, so chunks must get fewer documents there, not more.
    rows = [(f"s{i}", "x" * 100) for i in range(600)] + [(f"l{i}", "y" * 20_000) for i in range(40)]
    chunks = list(_guided_chunks(rows, len(rows), workers=2))
    assert [r for c in chunks for r in c] == rows  # nothing lost, duplicated or reordered
    # The first chunk is sized by count: a quarter of 640 documents is 160 (under CHUNK_SIZE).
    assert len(chunks[0]) == 160
    assert all(len(c) <= CHUNK_SIZE for c in chunks)
    # Once the mean length is known every chunk but the last closes at CHUNK_SIZE documents
    # or on reaching its text budget, which is never below MIN_CHUNK_CHARS.
    for c in chunks[1:-1]:
        assert len(c) == CHUNK_SIZE or sum(len(t) for _, t in c) >= MIN_CHUNK_CHARS
    # Among the long documents a chunk closes after 2 of them (40,000 characters), so the last
    # chunks hold a couple of documents each, where counting alone would give 40 in one go.
    long_chunks = [c for c in chunks if all(d.startswith("l") for d, _ in c)]
    assert long_chunks and max(len(c) for c in long_chunks) <= 2


@pytest.mark.parametrize("engine", ["pandas", "processes"])
def test_an_empty_corpus_gives_empty_frames_with_the_usual_columns(engine, reference):
    # No document at all: nothing to analyse, nothing failed, and every frame that has fixed
    # columns keeps them (code that selects columns must not break on an empty batch).
    res = analyze_corpus([], engine=engine, jobs=2, progress=False)
    for table in TABLES:
        assert len(getattr(res, table)) == 0, table
    for table in ("sentences", "matches", "terms", "errors"):
        assert list(getattr(res, table).columns) == list(getattr(reference, table).columns)
