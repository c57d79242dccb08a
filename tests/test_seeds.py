"""Seeds are inputs and are never edited: every file's sha256 must match its metadata."""

from __future__ import annotations

import hashlib

import yaml

from .conftest import ROOT

SEEDS = ROOT / "seeds"


def test_every_seed_has_metadata_and_unchanged_hash():
    meta = yaml.safe_load((SEEDS / "metadata.yaml").read_text(encoding="utf-8"))
    files = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert files, "seeds/ holds no article"
    assert sorted(meta) == files, "every seed .txt needs exactly one metadata entry"
    for name, entry in meta.items():
        assert {"title", "date", "topic", "sha256"} <= set(entry), name
        digest = hashlib.sha256((SEEDS / name).read_bytes()).hexdigest()
        assert digest == entry["sha256"], f"{name} was edited (sha256 differs from metadata)"


def test_seed_is_the_russia_ukraine_article_of_24_october_2023():
    meta = yaml.safe_load((SEEDS / "metadata.yaml").read_text(encoding="utf-8"))
    entry = meta["russia_ukraine_2023-10-24.txt"]
    assert str(entry["date"]) == "2023-10-24"
    text = (SEEDS / "russia_ukraine_2023-10-24.txt").read_text(encoding="utf-8")
    assert text.startswith("Tensions escalated between Russia and Ukraine")
