"""Turn a sample of the news texts of the first two RTE challenges into the JSON lines the
reading check reads.

``python bench/reading_check/rte_to_jsonl.py rte/ rte_news_sample.jsonl`` (the first sample)
``python bench/reading_check/rte_to_jsonl.py --second rte/ rte_news_sample2.jsonl`` (the second;
``--third`` to ``--twelfth`` the later ones, into ``rte_news_sample3.jsonl`` and so on)
``python bench/reading_check/rte_to_jsonl.py --rte3 rte/ rte3_news_sample.jsonl`` (the third
challenge's texts, once the first two's were used up; ``--rte3-second`` to ``--rte3-eighth`` the
next, into ``rte3_news_sample2.jsonl`` and so on)

The source is NLTK's ``rte`` corpus (``packages/corpora/rte.zip`` in github.com/nltk/nltk_data
at commit 5db857e): the text-hypothesis pairs of the PASCAL Recognising Textual Entailment
challenges 1 to 3. Only the texts ("t") of challenges 1 and 2 (``rte1_dev.xml``,
``rte1_test.xml``, ``rte2_dev.xml``, ``rte2_test.xml``) are used: passages of one to three
sentences taken from news wire and web news of 1989 to 2005 (the third challenge adds
Wikipedia); the hypotheses, written by the organisers, are not. The sha256 of the four files
together (their bytes in the order of :data:`FILES`) is :data:`SHA256`; another copy is refused.

A text that recurs with another hypothesis, or in another wording (word-set overlap of half or
more: :func:`analysis.evaluate.splits.near_duplicate_groups`), is kept once, in its first
version in file order; :data:`SAMPLE` of those are drawn with the first of :data:`SEEDS`, and
each becomes a row (``id`` = ``rte/<file>/<pair id>``, no title), in the order drawn. Each later
sample, for a first reading of a later version of the code, draws :data:`SAMPLE` more with the
next seed from the texts the samples before it left, the same way; the twelfth, the last,
holds the 97 texts the eleven before it left (in the order its seed draws them).

``--rte3`` draws :data:`SAMPLE` with the first of :data:`RTE3_SEEDS` from the texts of the third
challenge (``rte3_dev.xml``, ``rte3_test.xml``; :data:`SHA256_ALL` checks all six files), one
per group of near-duplicates, leaving out every group that holds a text of the first two
challenges (all of which the twelve samples above drew). These texts mix news with encyclopaedia
and web prose: the reading's kinds file excludes the passages that are not news, judged from
each passage alone. ``--rte3-second`` draws :data:`SAMPLE` more, with the next seed, from the
texts the first left, ``--rte3-third`` from those the two left, ``--rte3-fourth`` from those
the three left, ``--rte3-fifth`` from those the four left, ``--rte3-sixth`` from those the five
left, ``--rte3-seventh`` from those the six left and ``--rte3-eighth`` from those the seven
left.
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
#: the third challenge's files, read after :data:`FILES`; the sha256 of all six together, in
#: that order; and the seeds of its samples
FILES3 = ["rte3_dev", "rte3_test"]
SHA256_ALL = "3352e49271953fc670e2cd1123aa55ba8dee8e73d80af5194dcbb2e2dea2f1e6"
RTE3_SEEDS = (2039, 2040, 2041, 2042, 2043, 2044, 2045, 2046)
#: the seeds of the first to twelfth samples
SEEDS = (2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038)


def texts(root: str, names: list[str] = FILES) -> list[tuple[str, str]]:
    """(id, text) of every distinct text of ``names`` (:data:`FILES`), in file order."""
    out: dict[str, str] = {}
    for name in names:
        for pair in ET.parse(Path(root) / f"{name}.xml").getroot().iter("pair"):
            text = " ".join((pair.findtext("t") or "").split())
            out.setdefault(text, f"rte/{name}/{pair.get('id')}")
    return [(row_id, text) for text, row_id in out.items()]


def sample_rows(root: str, n: int = 1) -> list[dict[str, object]]:
    """The ``n``-th sample (1 to ``len(SEEDS)``) as rows of the reading check: :data:`SAMPLE` of
    the first texts of the groups of near-duplicates (in file order) drawn with the first of
    :data:`SEEDS`, then :data:`SAMPLE` of the rest with the next seed, and so on up to the
    ``n``-th (or all that is left, if fewer)."""
    return _drawn(root, FILES, FILES, SEEDS, n)


def rte3_rows(root: str, n: int = 1) -> list[dict[str, object]]:
    """The ``n``-th sample of the third challenge's texts (see the module's docstring) as
    rows, drawn as :func:`sample_rows` draws with :data:`RTE3_SEEDS`."""
    return _drawn(root, FILES + FILES3, FILES3, RTE3_SEEDS, n)


def _drawn(
    root: str, names: list[str], sampled: list[str], seeds: tuple[int, ...], n: int
) -> list[dict[str, object]]:
    """The ``n``-th draw with ``seeds`` from the first texts (in file order) of the groups of
    near-duplicates of ``names`` that hold texts of ``sampled`` only, as rows."""
    every = texts(root, names)
    groups = near_duplicate_groups([text for _, text in every])
    pairs = list(zip(every, groups, strict=True))
    other = {group for (row_id, _), group in pairs if row_id.split("/")[1] not in sampled}
    first: dict[int, tuple[str, str]] = {}
    for row, group in pairs:
        if group not in other:
            first.setdefault(group, row)
    left = list(first.values())
    drawn: list[tuple[str, str]] = []
    for seed in seeds[:n]:
        drawn = random.Random(seed).sample(left, min(SAMPLE, len(left)))
        taken = set(drawn)
        left = [row for row in left if row not in taken]
    return [{"id": row_id, "title": "", "text": text} for row_id, text in drawn]


#: the ordinal words of the later samples' options
_LATER = "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()


def _later_options(prefix: str, seeds: tuple[int, ...]) -> dict[str, int]:
    """The options naming the samples after the first, ``--<prefix><ordinal>``, and their
    numbers: one per seed after the first."""
    numbers = range(2, len(seeds) + 1)  # strict: more seeds than ordinal words is an error
    return {f"--{prefix}{w}": n for n, w in zip(numbers, _LATER[: len(numbers)], strict=True)}


#: the options naming a later sample of the first two challenges, and its number
SAMPLE_OPTIONS = _later_options("", SEEDS)
#: ... and the options of the third challenge's samples
RTE3_OPTIONS = {"--rte3": 1} | _later_options("rte3-", RTE3_SEEDS)


def main(argv: list[str]) -> int:
    files = [f"{name}.xml" for name in FILES]
    usage = f"rte_to_jsonl.py [{' | '.join([*SAMPLE_OPTIONS, *RTE3_OPTIONS])}] RTE_DIR OUT.jsonl"
    rte3 = RTE3_OPTIONS.get(argv[0]) if argv else None
    if rte3 is not None:
        files3 = files + [f"{name}.xml" for name in FILES3]
        return convert_folder(
            argv[1:], usage, files3, SHA256_ALL, lambda root: rte3_rows(root, rte3)
        )
    n = SAMPLE_OPTIONS.get(argv[0], 1) if argv else 1
    args = argv[1:] if n > 1 else argv
    return convert_folder(args, usage, files, SHA256, lambda root: sample_rows(root, n))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
