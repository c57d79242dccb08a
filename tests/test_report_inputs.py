"""Reports on what researchers have (issue 13): long and non-English articles, failures in a
batch or corpus, readable folder names, no temporary paths or warnings; the project's
LICENSE, CITATION.cff and ``make lab``.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import re
import subprocess
import tomllib
import unicodedata

import nbformat
import pandas as pd
import pytest
import yaml

from analysis import report
from analysis.cli import main

from .conftest import ROOT, SEED

RUSSIAN = (
    "Войска атаковали город и обстреляли электростанцию в понедельник, заявили власти. "
    "Переговоры о перемирии могут возобновиться на следующей неделе.\n"
)


def _outputs(nb) -> list[dict]:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]


# --------------------------------------------------------------------------- folder names


@pytest.mark.parametrize(
    ("doc_id", "slug"),
    [
        ("Київ_удари", "Київ_удари"),  # Cyrillic stays readable
        ("Москва: удары (24.10)", "Москва-удары-24.10"),
        ("الهدنة في غزة", "الهدنة-في-غزة"),
        ("../Київ/../../etc", "Київ-etc"),  # no separators, no ".."
        ("..", "article"),
        ("Kyiv: strikes (Oct 24)", "Kyiv-strikes-Oct-24"),  # ASCII as before
    ],
)
def test_report_folders_keep_readable_non_ascii_names(doc_id, slug):
    assert report.safe_slug(doc_id) == slug


def test_decomposed_names_become_one_folder_name():
    # "й" typed as и + combining breve (NFD, as macOS file names are) is the same folder.
    nfd = unicodedata.normalize("NFD", "Київ")
    assert nfd != "Київ" and report.safe_slug(nfd) == "Київ"


def test_distinct_cyrillic_names_stay_distinct():
    slugs = report._unique_slugs(["a/Київ.txt", "b/Харків.txt", "c/Київ.txt"])
    assert slugs == ["Київ", "Харків", "Київ-2"]


# --------------------------------------------------------------------------- a batch


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """A long article (the seed 12 times: 12 x its sentences, well over max_rows=20), a
    Russian one and an empty file, reported in one batch."""
    tmp = tmp_path_factory.mktemp("batch")
    long_article = tmp / "довгий_звіт.txt"
    long_article.write_text(
        "\n\n".join([SEED.read_text(encoding="utf-8").strip()] * 12) + "\n", encoding="utf-8"
    )
    russian = tmp / "удары.txt"
    russian.write_text(RUSSIAN, encoding="utf-8")
    empty = tmp / "empty.txt"
    empty.write_bytes(b"")
    out = tmp / "out"
    argv = ["report", str(long_article), str(russian), str(empty), "--out", str(out)]
    with contextlib.redirect_stderr(io.StringIO()) as err:
        code = main([*argv, "-p", "max_rows", "20"])
    return {
        "code": code,
        "err": err.getvalue(),
        "out": out,
        "long": long_article,
        "russian": russian,
        "empty": empty,
    }


@pytest.mark.slow
def test_a_batch_with_failures_finishes_lists_them_and_exits_3(batch, capsys):
    out = batch["out"]
    # Two reports written, one failed: "finished with failures" (README, exit codes).
    assert batch["code"] == 3
    assert f"1 of 3 failed; listed in {out / 'errors.csv'}" in batch["err"]
    errors = pd.read_csv(out / "errors.csv")
    assert errors.to_dict("records") == [
        {
            "doc_id": "empty",
            "path": str(batch["empty"]),
            "error": f"'{batch['empty']}' is empty; there is no text to analyse.",
        }
    ]
    assert sorted(p.name for p in out.iterdir()) == [
        "batch.json",
        "errors.csv",
        "довгий_звіт",  # readable folder names (not "article", "article-2")
        "удары",
    ]


@pytest.mark.slow
def test_long_sections_are_cut_with_a_note(batch):
    folder = batch["out"] / "довгий_звіт"
    sentences = pd.read_csv(folder / "sentences.csv")
    n = len(sentences)
    assert n > 20 * 5  # the seed has well over 10 sentences; twelve copies of it
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert f"Showing the first 20 of {n:,} sentences" in html
    assert "sentences.csv</code>" in html  # the note points to the file beside the report
    # The annotated article: 20 of its paragraphs (12 x the seed's)
    assert "Showing the first 20 of" in html and "paragraphs" in html
    # and nothing was lost from the data files
    metrics = json.loads((folder / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["summary"]["n_sentences"] == n


@pytest.mark.slow
def test_a_non_english_report_has_a_banner_and_the_cli_says_so(batch, capsys):
    folder = batch["out"] / "удары"
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert "Not English" in html and "Russian (ru" in html
    summary = json.loads((folder / "metrics.json").read_text(encoding="utf-8"))["summary"]
    assert summary["language"] == "ru"
    assert f"note: '{batch['russian']}' looks like Russian (ru, confidence" in batch["err"]
    # No warning box in the report: the banner says it once.
    nb = nbformat.read(folder / "report.ipynb", as_version=4)
    assert not [o for o in _outputs(nb) if o.get("name") == "stderr"]


@pytest.mark.slow
def test_no_temporary_path_in_any_output(batch):
    for folder in (batch["out"] / "довгий_звіт", batch["out"] / "удары"):
        for name in ("report.ipynb", "report.html", "metrics.json"):
            text = (folder / name).read_text(encoding="utf-8")
            assert ".partial" not in text and ".tmp" not in text, (folder, name)
        nb = nbformat.read(folder / "report.ipynb", as_version=4)
        (cell,) = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
        assigned = {
            stmt.targets[0].id: ast.literal_eval(stmt.value)
            for stmt in ast.parse(cell.source).body
            if isinstance(stmt, ast.Assign)
        }
        assert assigned["output_dir"] == str(folder)  # the folder that exists
        assert nb.metadata["papermill"]["output_path"] == str(folder / "report.ipynb")


# --------------------------------------------------------------------------- a corpus


@pytest.mark.slow
def test_corpus_report_dates_languages_failures_and_no_warnings(tmp_path, capsys):
    src = tmp_path / "news"
    src.mkdir()
    (src / "2019-10-15_strike.txt").write_text(
        "Troops attacked the town and shelled the power plant. Officials said it may worsen.\n",
        encoding="utf-8",
    )
    (src / "2019-10-16_truce.txt").write_text(
        "Envoys signed a ceasefire and agreed to hold peace talks in Geneva next week.\n",
        encoding="utf-8",
    )
    (src / "2019-10-17_удары.txt").write_text(RUSSIAN, encoding="utf-8")
    (src / "broken.txt").write_bytes(b"\x00\x01" * 50)
    out = tmp_path / "out"
    code = main(["corpus", str(src), "--out", str(out), "--engine", "pandas"])
    err = capsys.readouterr().err
    folder = out / "corpus-news"
    # one document failed: exit 3, how many and where they are listed
    assert code == 3, err
    assert f"1 of 4 documents failed; listed in {folder / 'errors.csv'}" in err
    assert "1 of 3 documents are not in English (Russian 1)" in err
    errors = pd.read_csv(folder / "errors.csv")
    assert errors["doc_id"].tolist() == ["broken"]
    assert errors["path"].tolist() == [str(src / "broken.txt")]
    # sentence-, match- and event-level tables beside the report
    for table in ("sentences", "matches", "events"):
        assert len(pd.read_parquet(folder / "data" / table)) > 0, table
    # dates from the file names drive the time plot
    assert (folder / "figures" / "over_time.png").is_file()
    summary = pd.read_csv(folder / "summary.csv")
    assert summary["encoding"].tolist() == ["utf-8"] * 3  # files read as UTF-8, not "text"
    assert summary["language"].tolist() == ["en", "en", "ru"]
    nb = nbformat.read(folder / "report.ipynb", as_version=4)
    stderr = [o for o in _outputs(nb) if o.get("name") == "stderr"]
    assert not stderr, stderr  # no TqdmWarning (or any other) box
    for name in ("report.ipynb", "report.html"):
        text = (folder / name).read_text(encoding="utf-8")
        assert ".partial" not in text and "TqdmWarning" not in text
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert "1 of 3 articles are not in English" in html  # listed in the report


# --------------------------------------------------------------------------- the project


def test_license_and_citation_name_the_package_and_its_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0"
    assert cff["title"] == project["name"]
    assert cff["version"] == project["version"]
    assert cff["license"] == "MIT"
    cited = " ".join(r["title"] for r in cff["references"])
    for method in ("VADER", "Pattern", "CAMEO", "Conflict-Cooperation", "CoNLL-2010"):
        assert method in cited


def test_the_readme_says_how_to_cite_the_methods():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## How to cite", 1)[1].split("\n## ", 1)[0]
    for source in ("Hutto", "Gilbert", "TextBlob", "Pattern", "Gerner", "Schrodt", "Goldstein"):
        assert source in section
    for source in ("Hyland", "Farkas", "CoNLL-2010", "Prokofieva", "Hirschberg", "CITATION.cff"):
        assert source in section


def test_make_lab_takes_arguments_and_runs_as_root():
    dry = subprocess.run(
        ["make", "-n", "lab", "ARGS=--port 8931 --no-browser"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    (line,) = [x for x in dry.splitlines() if "jupyter lab" in x]
    assert re.search(r"jupyter lab (--allow-root )?--port 8931 --no-browser notebooks/", line)
    import os

    assert ("--allow-root" in line) == (os.geteuid() == 0)
