"""Turn a sample of the news texts of the first two RTE challenges into the JSON lines the
reading check reads.

``python bench/reading_check/rte_to_jsonl.py rte/ rte_news_sample.jsonl`` (the first sample)
``python bench/reading_check/rte_to_jsonl.py --second rte/ rte_news_sample2.jsonl`` (the second)

The source is NLTK's ``rte`` corpus (``packages/corpora/rte.zip`` in github.com/nltk/nltk_data
at commit 5db857e): the text-hypothesis pairs of the PASCAL Recognising Textual Entailment
challenges 1 to 3. Only the texts ("t") of challenges 1 and 2 (``rte1_dev.xml``,
``rte1_test.xml``, ``rte2_dev.xml``, ``rte2_test.xml``) are used: passages of one to three
sentences taken from news wire and web news of 1989 to 2005 (the third challenge adds
Wikipedia); the hypotheses, written by the organisers, are not. The sha256 of the four files
together (their bytes in the order of :data:`FILES`) is :data:`SHA256`; another copy is refused.

A text that recurs with another hypothesis, or in another wording (word-set overlap of half or
more: :func:`analysis.evaluate.splits.near_duplicate_groups`), is kept once, in its first
version in file order; :data:`SAMPLE` of those are drawn with :data:`SEED`, and each becomes a
row (``id`` = ``rte/<file>/<pair id>``, no title), in the order drawn. The second sample, for a
first reading of a later version of the code, draws :data:`SAMPLE` more with
:data:`SECOND_SEED` from the texts the first left, the same way.
"""

from __future__ import annotations

import random
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from copies import convert_folder

from analysis.evaluate.splits import near_duplicate_groups

#: the challenge files read, in this order
FILES = ["rte1_dev", "rte1_test", "rte2_dev", "rte2_test"]
SHA256 = "eed7fa7782cb438351c1c9346393b231c40d044f01406529f9d4be5b07c21989"
SAMPLE = 200
SEED = 2027
SECOND_SEED = 2028


def texts(root: str) -> list[tuple[str, str]]:
    """(id, text) of every distinct text of :data:`FILES`, in file order."""
    out: dict[str, str] = {}
    for name in FILES:
        for pair in ET.parse(Path(root) / f"{name}.xml").getroot().iter("pair"):
            text = " ".join((pair.findtext("t") or "").split())
            out.setdefault(text, f"rte/{name}/{pair.get('id')}")
    return [(row_id, text) for text, row_id in out.items()]


def _draws(root: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The two samples of (id, text): :data:`SAMPLE` of the first texts of the groups of
    near-duplicates (in file order) drawn with :data:`SEED`, then :data:`SAMPLE` of the rest
    drawn with :data:`SECOND_SEED`."""
    every = texts(root)
    groups = near_duplicate_groups([text for _, text in every])
    first: dict[int, tuple[str, str]] = {}
    for row, group in zip(every, groups, strict=True):
        first.setdefault(group, row)
    distinct = list(first.values())
    drawn = random.Random(SEED).sample(distinct, SAMPLE)
    taken = set(drawn)
    left = [row for row in distinct if row not in taken]
    return drawn, random.Random(SECOND_SEED).sample(left, SAMPLE)


def _as_rows(drawn: list[tuple[str, str]]) -> list[dict[str, object]]:
    return [{"id": row_id, "title": "", "text": text} for row_id, text in drawn]


def rows(root: str) -> list[dict[str, object]]:
    """:data:`SAMPLE` texts, one per group of near-duplicates, drawn with :data:`SEED`."""
    return _as_rows(_draws(root)[0])


def second_rows(root: str) -> list[dict[str, object]]:
    """:data:`SAMPLE` more, drawn with :data:`SECOND_SEED` from those :func:`rows` left."""
    return _as_rows(_draws(root)[1])


def main(argv: list[str]) -> int:
    files = [f"{name}.xml" for name in FILES]
    usage = "rte_to_jsonl.py [--second] RTE_DIR OUT.jsonl"
    if argv[:1] == ["--second"]:
        return convert_folder(argv[1:], usage, files, SHA256, second_rows)
    return convert_folder(argv, usage, files, SHA256, rows)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
