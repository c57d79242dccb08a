"""Reports: the notebook executed through papermill, its files, determinism, batches, escaping."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import nbformat
import pytest

from analysis import report
from analysis.cli import main

from .conftest import REPORT_FILES, ROOT

pytestmark = pytest.mark.slow


class _Outline(HTMLParser):
    """Collects headings, images and visible text of an HTML page."""

    def __init__(self):
        super().__init__()
        self.headings, self.images, self.text, self._in = [], 0, [], None

    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2"):
            self._in = tag
            self.headings.append("")
        if tag == "img" and dict(attrs).get("src", "").startswith("data:image/png"):
            self.images += 1

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        self.text.append(data)
        if self._in:
            self.headings[-1] += data.strip().rstrip("¶")


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory, seed_path):
    out = tmp_path_factory.mktemp("reports")
    folder = report.run_report(seed_path, out)
    return folder


def test_report_folder_has_every_file(seed_report):
    assert seed_report.name == "russia_ukraine_2023-10-24"
    assert {p.name for p in seed_report.iterdir()} == REPORT_FILES
    figures = {p.name for p in (seed_report / "figures").iterdir()}
    assert {"sentiment.png", "hedging.png", "escalation.png"} <= figures
    # nothing half-written or temporary is left beside the report
    assert [p.name for p in seed_report.parent.iterdir()] == [seed_report.name]


def test_html_has_the_sections_and_figures(seed_report):
    page = _Outline()
    page.feed((seed_report / "report.html").read_text(encoding="utf-8"))
    for section in (
        "Article report",
        "Sentiment",
        "Hedging",
        "Escalation and de-escalation",
        "The annotated article",
        "Sentence table",
        "Provenance",
    ):
        assert section in page.headings, section
    assert page.images >= 4  # sentiment, hedging, escalation, category bars
    text = "".join(page.text)
    assert "The numbers, their intervals and where they stand" in page.headings
    assert "95% interval" in text and "reference news articles" in text
    assert "leans escalation" not in text  # the seed's index interval includes 0
    # the index and the weighted score reconciled once; one keyword-in-context table
    assert text.count("The escalation index counts events") == 1
    assert text.count("left context") == 1


def test_metrics_hold_summary_and_provenance(seed_report):
    metrics = json.loads((seed_report / "metrics.json").read_text(encoding="utf-8"))
    summary, prov = metrics["summary"], metrics["provenance"]
    assert summary["input_sha256"] == (
        "91007d7378967567bed125af12c8707330f8cffbb99f14f2c75ae6931fc1f22d"
    )
    assert set(summary["lexicon_versions"]) == {"hedging", "escalation"}
    assert prov["python"].startswith("3.11")
    assert prov["libraries"]["vaderSentiment"] == "3.3.2"
    assert prov["parameters"]["article"] == "russia_ukraine_2023-10-24.txt"
    assert "output_dir" not in prov["parameters"]  # a temp path would break reproducibility


def test_executed_notebook_ran_every_cell(seed_report):
    nb = nbformat.read(seed_report / "report.ipynb", as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code)
    assert not any(o.get("output_type") == "error" for c in code for o in c.outputs)


@pytest.fixture(scope="module")
def seed_report_by_command(tmp_path_factory, seed_path):
    """The seed's report written again, by the report command in its own process (as a user
    runs it): the second run of the determinism test and the output the command test reads."""
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("command")
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "report", str(seed_path), "--out", str(out)],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return proc, out / seed_path.stem


def test_same_input_gives_identical_bytes(seed_report, seed_report_by_command):
    # Two runs on the same input, each with its own kernel: the module's report and the
    # command's (the data files are written by the kernel, so both runs are complete).
    proc, again = seed_report_by_command
    assert proc.returncode == 0, proc.stderr
    assert again != seed_report
    for name in ("metrics.json", "sentences.csv", "matches.csv", "terms.csv"):
        assert (again / name).read_bytes() == (seed_report / name).read_bytes(), name


def test_batch_one_good_one_bad_escaped_with_parameters_file(tmp_path, capsys):
    good = tmp_path / "in" / "hostile.txt"
    good.parent.mkdir()
    good.write_text(
        "Troops <script>alert(1)</script> attacked the town.\n"
        'Envoys signed a ceasefire <img src=x onerror="alert(2)"> on Monday.\n',
        encoding="utf-8",
    )
    bad = tmp_path / "in" / "empty.txt"
    bad.write_bytes(b"")
    params = tmp_path / "params.yaml"
    params.write_text("title: Hostile test\ntop_n: 2\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(
        [
            "report",
            str(good),
            str(bad),
            "--out",
            str(out),
            "--parameters-file",
            str(params),
            "--no-input",
        ]
    )
    assert code == 3  # finished, with one failure (an empty file): README, exit codes
    err = capsys.readouterr().err
    assert "empty.txt" in err and "is empty" in err
    assert f"1 of 2 failed; listed in {out / 'errors.csv'}" in err
    batch = json.loads((out / "batch.json").read_text(encoding="utf-8"))["articles"]
    assert [a["status"] for a in batch] == ["ok", "failed"]
    assert sorted(p.name for p in out.iterdir()) == ["batch.json", "errors.csv", "hostile"]
    html = (out / "hostile" / "report.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)" in html
    assert '<img src=x onerror="alert(2)">' not in html
    assert "Hostile test" in html
    metrics = json.loads((out / "hostile" / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["provenance"]["parameters"]["top_n"] == 2
    assert "check_parameters(" not in html  # --no-input hides the code cells


@pytest.mark.parametrize(
    ("doc_id", "slug"),
    [
        ("../../etc/passwd", "etc-passwd"),
        ("/abs/path", "abs-path"),
        ("..", "article"),
        ("Kyiv: strikes (Oct 24)", "Kyiv-strikes-Oct-24"),
    ],
)
def test_slugs_cannot_escape_the_output_folder(doc_id, slug):
    assert report.safe_slug(doc_id) == slug


def test_wrong_parameter_type_is_a_clear_error():
    with pytest.raises(report.ParameterError, match="'top_n' must be int, not str"):
        report.check_parameters({"top_n": "5"})
    with pytest.raises(report.ParameterError, match="'smoothing' must be int, not bool"):
        report.check_parameters({"smoothing": True})


@pytest.mark.parametrize("name", ["article_report", "corpus_report"])
def test_parameters_come_from_the_notebooks_parameters_cell(name):
    nb = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(cells) == 1
    declared = [
        tuple(part.strip() for part in line.split("=")[0].split(":"))
        for line in cells[0].source.splitlines()
        if line and not line.startswith("#")
    ]
    shipped = getattr(report, f"{name.split('_')[0].upper()}_NOTEBOOK")
    assert shipped == ROOT / "notebooks" / f"{name}.ipynb"  # the editable install: one copy
    spec = report.notebook_parameters(shipped)
    assert [(p.name, p.type_name) for p in spec.values()] == declared
    assert all(p.help for p in spec.values())  # every parameter is commented


def test_cli_values_take_the_notebooks_types():
    assert report.coerce_cli_value("title", "123") == "123"  # str: the text as given
    assert report.coerce_cli_value("top_n", "3") == 3
    assert report.coerce_cli_value("lexicons", "[hedging]") == ["hedging"]


@pytest.mark.slow
def test_the_report_command_says_only_what_it_wrote(seed_report_by_command):
    # On a terminal the command prints one line per article and the batch line, nothing else:
    # no TqdmWarning from papermill's bar (tqdm.auto takes any process that imported
    # ipykernel's shell for a notebook) and no other warning. (The run: the fixture above,
    # `python -m analysis report SEED --out DIR` started in DIR.)
    proc, _ = seed_report_by_command
    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 2, proc.stderr
    assert lines[0].startswith("ok ") and lines[1].startswith("1 of 1 reports written")
    assert "Warning" not in proc.stderr + proc.stdout
