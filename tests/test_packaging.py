"""The package as shipped: an installed wheel runs reports outside the repository."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from .conftest import REPORT_FILES, ROOT, SEED

ARTICLES = {
    "attack.txt": "Troops shelled the town on Monday and launched new attacks, officials said.\n",
    "talks.txt": "Envoys may sign a ceasefire soon; talks reportedly resumed in Geneva.\n",
}


def _run(cmd: list[str | os.PathLike[str]], **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kw)
    assert proc.returncode == 0, f"{cmd}\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.mark.slow
def test_reports_run_from_an_installed_wheel(tmp_path):
    # Build the wheel from a copy of the project (setuptools writes build/ and *.egg-info
    # beside the sources) and install it, offline, into a new virtual environment.
    src = tmp_path / "src"
    shutil.copytree(
        ROOT,
        src,
        ignore=shutil.ignore_patterns(
            ".git",
            ".venv",
            "reports",
            "bench",
            "build",
            "dist",
            "*.egg-info",
            "__pycache__",
            ".*_cache",
            ".hypothesis",
        ),
    )
    wheels = tmp_path / "wheels"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONWARNINGS"] = "ignore"  # setuptools' notices about the build are not failures
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    _run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", wheels, src],
        env=env,
    )
    (wheel,) = wheels.glob("conflict_news_analysis-*.whl")
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv])
    python = venv / "bin" / "python"
    _run([*pip, "--python", python, "install", "--no-deps", "--no-index", wheel], env=env)

    # The project's dependencies come from this environment's site-packages: a .pth line adds
    # that folder to sys.path, after the new environment's own (so `analysis` is the wheel's),
    # and without running the .pth files in it (so not the editable install's import hook).
    site = Path(
        _run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]
        ).stdout.strip()
    )
    (site / "zz-project-dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )

    # Somewhere that is not the repository, with a seed copy and a two-article corpus.
    work = tmp_path / "work"
    (work / "seed").mkdir(parents=True)
    for name in (SEED.name, "metadata.yaml"):
        shutil.copy(SEED.parent / name, work / "seed" / name)
    (work / "news").mkdir()
    for name, text in ARTICLES.items():
        (work / "news" / name).write_text(text, encoding="utf-8")
    # A decoy `python3` kernel spec that cannot start: the kernel must be this interpreter
    # whatever kernel specs the machine has (a user's `ipykernel install --user` elsewhere).
    decoy = tmp_path / "jupyter" / "kernels" / "python3"
    decoy.mkdir(parents=True)
    (decoy / "kernel.json").write_text(
        json.dumps({"argv": ["/nonexistent/python", "{connection_file}"], "language": "python"}),
        encoding="utf-8",
    )
    # The dependencies' data files (nbconvert's HTML templates) are in this environment's
    # share/jupyter, which the new one does not search by itself.
    shared = Path(sysconfig.get_paths()["data"]) / "share" / "jupyter"
    env["JUPYTER_PATH"] = os.pathsep.join([str(tmp_path / "jupyter"), str(shared)])

    where = _run(
        [python, "-c", "import analysis.report as r; print(r.__file__); print(r.ARTICLE_NOTEBOOK)"],
        cwd=work,
        env=env,
    ).stdout.split()
    assert all(Path(p).is_relative_to(site) for p in where), where

    _run(
        [python, "-m", "analysis", "report", f"seed/{SEED.name}", "--out", "reports"],
        cwd=work,
        env=env,
    )
    folder = work / "reports" / SEED.stem
    assert {p.name for p in folder.iterdir()} == REPORT_FILES
    metrics = json.loads((folder / "metrics.json").read_text(encoding="utf-8"))
    # Written by the kernel: it imported the wheel's analysis, which is in no git checkout.
    assert metrics["provenance"]["git_commit"] is None
    executed = json.loads((folder / "report.ipynb").read_text(encoding="utf-8"))
    assert Path(executed["metadata"]["papermill"]["input_path"]).is_relative_to(site)

    _run([python, "-m", "analysis", "corpus", "news", "--out", "corpus"], cwd=work, env=env)
    corpus = work / "corpus" / "corpus-news"
    assert {"report.ipynb", "report.html", "summary.csv", "terms.csv"} <= {
        p.name for p in corpus.iterdir()
    }
    assert len((corpus / "summary.csv").read_text(encoding="utf-8").splitlines()) == 1 + 2
