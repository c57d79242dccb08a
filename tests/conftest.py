"""Shared fixtures: the seed article and small hand-written inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "russia_ukraine_2023-10-24.txt"

#: What every article report folder holds (DESIGN.md, "Reports").
REPORT_FILES = {
    "report.ipynb",
    "report.html",
    "metrics.json",
    "sentences.csv",
    "matches.csv",
    "events.csv",
    "dyads.csv",
    "terms.csv",
    "figures",
}


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_result():
    import analysis

    return analysis.analyze(analysis.load_article(SEED))
