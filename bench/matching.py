"""Throughput of the dictionary matcher: one trie regex vs a naive per-pattern loop.

Run from the repository root::

    .venv/bin/python bench/matching.py [--data ../shared/data/bench/wikinews.jsonl] [--repeat 3]

Uses the shipped lexicons (``analysis/lexicons/*.yaml``) when there are any, else a built-in
synthetic lexicon of a few hundred words, globs, phrases and verb–object patterns. Prints
MB/s (UTF-8 bytes of article text per second, best of ``--repeat`` runs) for:

* ``trie``: :meth:`analysis.matching.Matcher.find` over whole articles (longest-match
  resolution, verb–object pairing and negation included);
* ``trie/sentences``: the same over sentence spans, as ``analyze()`` calls it (splitting is
  done beforehand and not timed);
* ``naive``: one compiled regex per word/glob/phrase, ``finditer`` over each article, hits
  collected without any resolution (so it does less work than the matcher).

The data set is read in place and never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.lexicon import LEXICON_DIR, Lexicon, load_lexicon, parse_lexicon  # noqa: E402
from analysis.matching import Matcher, compile_pattern  # noqa: E402
from analysis.text import split_sentences  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "bench" / "wikinews.jsonl"

_STEMS = (
    "attack strike shell bomb raid invade occupy kill wound fire launch target destroy seize "
    "capture threaten warn condemn accuse blame mobilize deploy escalate retaliate clash fight "
    "battle assault ambush shoot detain arrest expel sanction boycott protest riot besiege "
    "negotiate mediate reconcile cooperate assist aid release withdraw retreat disarm pledge "
    "promise agree sign ratify endorse welcome support praise apologize forgive host visit meet"
)
_NOUNS = (
    "ceasefire truce talks deal accord agreement treaty sanctions troops missile missiles drone "
    "drones rocket rockets tank tanks artillery offensive invasion war conflict violence crisis "
    "hostilities aid prisoners hostages negotiations summit dialogue peace settlement embargo"
)
_HEDGES = (
    "may might could would should likely unlikely possibly probably perhaps apparently "
    "reportedly allegedly seemingly suggest suggests suggested appear appears appeared seem "
    "seems seemed if unless whether about around roughly approximately nearly almost some"
)


def synthetic_lexicon() -> Lexicon:
    """A few hundred entries shaped like real ones (words, globs, phrases, verb–object)."""
    lines = [
        "name: synthetic",
        'version: "0"',
        "description: benchmark lexicon",
        "source: bench/matching.py",
        "categories:",
    ]
    stems, nouns = _STEMS.split(), _NOUNS.split()
    cats: dict[str, list[str]] = {
        "verbs": [f"{s[:-1] if s.endswith('e') else s}*" for s in stems],
        "nouns": nouns + [f"{a} {b}" for a in ("peace", "air", "military") for b in nouns[:12]],
        "hedges": [*_HEDGES.split(), "according to", "expected to", "is said to", "it is unclear"],
        "words": [f"{s}ed" for s in stems if not s.endswith("e")][:60],
    }
    for name, patterns in cats.items():
        lines += [f"  {name}:", "    patterns:"]
        lines += [f'      - "{p}"' for p in dict.fromkeys(patterns)]
    lines += [
        "  verb_object:",
        "    patterns:",
        "      - {verbs: [sign*, declar*, agree* to], objects: [ceasefire, truce], order: any}",
        "      - {verbs: [breach*, violat*, abandon*], objects: [ceasefire, truce], order: any}",
    ]
    return parse_lexicon("\n".join(lines) + "\n", path="<synthetic>")


def naive_finder(lexicons: list[Lexicon]) -> Callable[[str], list[tuple[int, int, str]]]:
    """The baseline: a loop over every plain pattern's own compiled regex."""
    compiled = [
        (p.pattern, compile_pattern(p.pattern))
        for lex in lexicons
        for p in lex.patterns
        if p.kind != "verb_object"
    ]

    def find(text: str) -> list[tuple[int, int, str]]:
        hits = []
        for pattern, rx in compiled:
            hits.extend((m.start(), m.end(), pattern) for m in rx.finditer(text))
        return hits

    return find


def best_rate(fn: Callable[[], object], n_bytes: int, repeat: int) -> tuple[float, float]:
    """(MB/s, seconds) of the fastest of ``repeat`` runs."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return n_bytes / best / 1e6, best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with a 'text' field")
    ap.add_argument("--repeat", type=int, default=3, help="runs per method (best is reported)")
    args = ap.parse_args(argv)

    texts = [json.loads(line)["text"] for line in args.data.read_text("utf-8").splitlines()]
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    shipped = sorted(LEXICON_DIR.glob("*.yaml"))
    lexicons = [load_lexicon(p) for p in shipped] or [synthetic_lexicon()]

    t0 = time.perf_counter()
    matcher = Matcher(lexicons)
    compile_s = time.perf_counter() - t0
    sentences = [[(s.start, s.end) for s in split_sentences(t)] for t in texts]
    naive = naive_finder(lexicons)
    n_patterns = sum(len(lex.patterns) for lex in lexicons)

    print(f"data: {args.data} ({len(texts)} articles, {n_bytes / 1e6:.2f} MB)")
    print(
        f"lexicons: {', '.join(lex.name for lex in lexicons)} ({n_patterns} patterns, "
        f"{matcher.n_units} distinct words/globs/phrases); compiled in {compile_s * 1000:.0f} ms"
    )
    n_hits = sum(len(matcher.find(t)) for t in texts)
    runs = {
        "trie": lambda: [matcher.find(t) for t in texts],
        "trie/sentences": lambda: [
            matcher.find(t, s) for t, s in zip(texts, sentences, strict=True)
        ],
        "naive": lambda: [naive(t) for t in texts],
    }
    rates = {}
    for label, fn in runs.items():
        rate, secs = best_rate(fn, n_bytes, args.repeat if label != "naive" else 1)
        rates[label] = rate
        print(f"{label:>15}: {rate:8.2f} MB/s  ({secs * 1000:7.1f} ms)")
    print(
        f"matches (trie, resolved): {n_hits}; speed-up trie/naive: "
        f"{rates['trie'] / rates['naive']:.0f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
