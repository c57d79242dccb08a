"""Throughput of the dictionary matcher: one trie regex vs a naive per-pattern loop.

Run from the repository root::

    .venv/bin/python bench/matching.py [--data PATH.jsonl] [--repeat 3] [--synthetic]

Uses the shipped lexicons (``analysis/lexicons/*.yaml``) when there are any, else a built-in
synthetic lexicon of a few hundred words, globs, phrases and verb–object patterns. Prints
MB/s (UTF-8 bytes of article text per second, best of ``--repeat`` runs) for:

* ``trie regex scan only``: the one trie-shaped regex over the lowercased articles, as
  :meth:`analysis.matching.Matcher.find` runs it (no Python work per hit);
* ``find()``: the full matcher as ``analyze()`` calls it, on articles loaded beforehand
  (segmentation not timed): hit lookup, longest-match resolution, verb–object pairing within
  clauses, negation scope, ``Match`` objects; each article's tokens and clauses, which the
  matcher computes on first use, are timed too;
* ``naive loop``: one compiled regex per word/glob/phrase, ``finditer`` over each article,
  hits collected without any resolution (less work than ``find()``); it is slow, so it runs
  on the first ``--naive-articles`` articles only.

The data set is read in place and never copied into the project.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.lexicon import LEXICON_DIR, Lexicon, load_lexicon, parse_lexicon  # noqa: E402
from analysis.matching import Matcher, compile_pattern  # noqa: E402
from analysis.text import load_article  # noqa: E402

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
    ap.add_argument(
        "--naive-articles",
        type=int,
        default=50,
        help="articles for the slow naive baseline (its MB/s is over those articles' bytes)",
    )
    ap.add_argument("--synthetic", action="store_true", help="use the built-in lexicon")
    args = ap.parse_args(argv)

    texts = [json.loads(line)["text"] for line in args.data.read_text("utf-8").splitlines()]
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    shipped = [] if args.synthetic else sorted(LEXICON_DIR.glob("*.yaml"))
    lexicons = [load_lexicon(p) for p in shipped] or [synthetic_lexicon()]

    t0 = time.perf_counter()
    matcher = Matcher(lexicons)
    compile_s = time.perf_counter() - t0
    articles = [load_article(text=t) for t in texts]
    naive = naive_finder(lexicons)
    few = texts[: args.naive_articles]
    few_bytes = sum(len(t.encode("utf-8")) for t in few)
    n_patterns = sum(len(lex.patterns) for lex in lexicons)
    scan = matcher._scan_rx  # the trie regex exactly as find() runs it (on lowercased text)

    print(f"data: {args.data} ({len(texts)} articles, {n_bytes / 1e6:.2f} MB)")
    print(
        f"lexicons: {', '.join(lex.name for lex in lexicons)} ({n_patterns} patterns, "
        f"{matcher.n_units} distinct words/globs/phrases); compiled in {compile_s * 1000:.0f} ms"
    )
    n_matches = sum(len(matcher.find(a)) for a in articles)
    runs: dict[str, tuple[Callable[[], object], int, int]] = {
        "trie regex scan only": (
            lambda: [sum(1 for _ in scan.finditer(t.lower())) for t in texts],
            n_bytes,
            args.repeat,
        ),
        # a fresh copy of each article: its tokens and clauses are computed again, as in analyze()
        "find()": (
            lambda: [matcher.find(dataclasses.replace(a)) for a in articles],
            n_bytes,
            args.repeat,
        ),
        f"naive loop ({len(few)} articles)": (lambda: [naive(t) for t in few], few_bytes, 1),
    }
    rates = []
    for label, (fn, size, repeat) in runs.items():
        rate, secs = best_rate(fn, size, repeat)
        rates.append(rate)
        print(f"{label:>26}: {rate:8.2f} MB/s  ({secs * 1000:8.1f} ms)")
    print(f"resolved matches: {n_matches}; find() vs naive loop: {rates[1] / rates[2]:.0f}x faster")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
