"""The tour and corpus notebooks run top to bottom through papermill (as users run them)."""

from __future__ import annotations

import json

import nbformat
import pytest

from analysis import report
from analysis.cli import main

from .conftest import ROOT

pytestmark = pytest.mark.slow
NOTEBOOKS = ROOT / "notebooks"


@pytest.mark.parametrize(
    "name", ["article_report", "corpus_report", "compare_report", "getting_started"]
)
def test_notebooks_are_stored_clean_with_one_parameters_cell(name):
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert not any(c.outputs or c.execution_count for c in code), "store notebooks without outputs"
    tagged = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    for line in tagged[0].source.splitlines():
        if line and not line.startswith("#"):
            # every parameter is typed and commented: `name: type = value  # what it is`
            assert ": " in line.split("=")[0] and "  # " in line, line


def test_getting_started_runs(tmp_path):
    import papermill

    out = tmp_path / "tour.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOKS / "getting_started.ipynb"),
        str(out),
        kernel_name="python3",
        parameters={"output_dir": str(tmp_path / "reports")},
        cwd=str(NOTEBOOKS),
        progress_bar=False,
    )
    nb = nbformat.read(out, as_version=4)
    assert not any(o.get("output_type") == "error" for c in nb.cells for o in c.get("outputs", []))
    # the tour ends by writing a report for the seed article
    assert (tmp_path / "reports" / "russia_ukraine_2023-10-24" / "report.html").is_file()


def test_corpus_report_from_a_jsonl_with_groups_and_dates(tmp_path, capsys):
    rows = [
        {
            "doc_id": "a1",
            "source": "wire",
            "date": "2023-10-24",
            "text": (
                "Troops attacked the town and shelled the power plant. "
                "Officials said it may get worse."
            ),
        },
        {
            "doc_id": "a2",
            "source": "wire",
            "date": "2023-10-25",
            "text": "Envoys signed a ceasefire and agreed to hold peace talks.",
        },
        {
            "doc_id": "b1",
            "source": "paper",
            "date": "2023-10-25",
            "text": "Both sides held talks on humanitarian aid, reportedly with progress.",
        },
        {"doc_id": "bad", "source": "paper", "date": "2023-10-26", "text": "   "},
    ]
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code = main(
        [
            "corpus",
            str(src),
            "--out",
            str(tmp_path / "out"),
            "--group-by",
            "source",
            "--engine",
            "pandas",
        ]
    )
    err = capsys.readouterr().err
    # One of four documents ("bad", whitespace only) failed: the run finishes the other three,
    # says how many failed and where they are listed, and exits 3.
    assert code == 3, err
    folder = tmp_path / "out" / "corpus-news"
    assert f"1 of 4 documents failed; listed in {folder / 'errors.csv'}" in err
    assert {"report.html", "report.ipynb", "summary.csv", "terms.csv", "errors.csv", "data"} <= {
        p.name for p in folder.iterdir()
    }
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert "3 articles analysed" in html and "1 could not be" in html
    import pandas as pd

    summary = pd.read_csv(folder / "summary.csv").set_index("doc_id")
    assert sorted(summary.index) == ["a1", "a2", "b1"]
    assert set(summary["source"]) == {"wire", "paper"}  # metadata joined to the scores
    # a1 reports an attack and shelling, a2 a signed ceasefire and agreed talks: they must
    # lean opposite ways.
    assert summary.loc["a1", "escalation_index"] > 0 > summary.loc["a2", "escalation_index"]
    # intervals and percentiles travel with the rows; the groups are compared with intervals
    assert {"sentiment_ci95_low", "sentiment_ci95_high", "percentiles.sentiment"} <= set(
        summary.columns
    )
    figures = {p.name for p in (folder / "figures").iterdir()}
    assert {"intervals_sentiment.png", "groups.png"} <= figures
    groups = pd.read_csv(folder / "groups.csv")
    assert set(groups["comparison"]) == {"paper vs wire"}
    assert {"difference", "ci_low", "ci_high", "reading"} <= set(groups.columns)
    assert "IProgress" not in html  # no tqdm warning in the report


def test_corpus_parameters_are_checked():
    with pytest.raises(report.ParameterError, match="'top_n' must be int"):
        report.check_parameters({"top_n": "3"}, notebook=report.CORPUS_NOTEBOOK)
    with pytest.raises(report.ParameterError, match="'engine' must be one of pandas, processes"):
        report.check_parameters({"engine": "spark"}, notebook=report.CORPUS_NOTEBOOK)
    with pytest.raises(report.ParameterError, match="unknown report parameter 'smoothing'"):
        report.check_parameters({"smoothing": 3}, notebook=report.CORPUS_NOTEBOOK)


def test_compare_report_on_two_articles(tmp_path, capsys):
    war = "Rebels attacked the town and killed dozens. Troops shelled the bridge overnight."
    peace = "Envoys signed a ceasefire and welcomed the deal. Leaders agreed to hold talks."
    (tmp_path / "war.txt").write_text(war, encoding="utf-8")
    (tmp_path / "peace.txt").write_text(peace, encoding="utf-8")
    out = tmp_path / "out"
    args = ["compare", str(tmp_path / "war.txt"), str(tmp_path / "peace.txt"), "--out", str(out)]
    assert main([*args, "--labels", "War <b>", "Peace"]) == 0, capsys.readouterr().err
    folder = out / "compare-war-vs-peace"
    names = {p.name for p in folder.iterdir()}
    assert {
        "report.html",
        "report.ipynb",
        "comparison.json",
        "measures.csv",
        "keyness.csv",
    } <= names
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert "Figures, side by side" in html and "Key words" in html and "Provenance" in html
    assert "War &lt;b&gt;" in html and "War <b>" not in html
    data = json.loads((folder / "comparison.json").read_text(encoding="utf-8"))
    rows = {r["measure"]: r for r in data["comparison"]["measures"]}
    assert rows["escalation_index"]["difference"] == 2.0  # +1 against -1
    assert data["provenance"]["parameters"]["a"] == "war.txt"  # names, not absolute paths
    assert set(data["provenance"]["lexicons"]) == {"hedging", "escalation"}
    # same inputs, same bytes
    first = (folder / "comparison.json").read_bytes()
    assert main([*args, "--labels", "War <b>", "Peace"]) == 0
    assert (folder / "comparison.json").read_bytes() == first
