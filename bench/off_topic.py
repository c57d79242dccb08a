"""What the one-sense-per-discourse rule drops: escalation hits with and without ``off_topic``.

``python bench/off_topic.py [--data ../shared/data] [--show N]``

The rule (``off_topic`` in ``analysis/lexicons/escalation.yaml``) drops, in a text it reads as
off the lexicon's topic, every hit that needs context and has no other topic hit in its own
sentence. What it drops is recall, which the reading check, judging only what is flagged,
cannot see. This script reads every article of every set in ``readings.txt`` (each once, with
the kind its kinds file gives it), finds the escalation hits with the lexicon as shipped and
with the same lexicon less its ``off_topic`` key, and prints per kind of news how many
articles the rule thins and how many hits it drops; ``--show N`` prints N dropped hits per
kind (fixed seed), to read whether they were right.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import warnings
from collections import defaultdict
from pathlib import Path
from typing import Any

from analysis.core import find_matches
from analysis.evaluate.reading import _read_articles, _read_kinds, read_readings
from analysis.gazetteer import find_mentions, resolve_gazetteers
from analysis.lexicon import Lexicon, load_lexicon
from analysis.matching import Matcher
from analysis.text import load_article

ROOT = Path(__file__).resolve().parent.parent


def _hits(
    text: str, matcher: Matcher, gazetteers: tuple[Lexicon, ...], *lexicons: Lexicon
) -> list[set[tuple[int, int, str]]]:
    """The hits each of ``lexicons`` (the same words, other context keys) counts in ``text``:
    the text segmented, its actors found and its words matched once, the context read for each
    (the matching stage, as the gold evaluation runs it)."""
    article = load_article(text=text)
    mentions, found = find_mentions(article, gazetteers), matcher.find(article)
    return [
        {(m.start, m.end, m.text) for m in find_matches(article, [lexicon], mentions, found)}
        for lexicon in lexicons
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--show", type=int, default=0, help="dropped hits to print per kind")
    args = parser.parse_args()
    shipped = load_lexicon("escalation")
    without = dataclasses.replace(shipped, off_topic=None)
    matcher, gazetteers = Matcher([shipped]), resolve_gazetteers()
    readings = read_readings(ROOT / "bench" / "reading_check" / "readings.txt", args.data)
    seen: set[tuple[Path, str]] = set()
    texts: dict[Path, dict[str, dict[str, Any]]] = {}  # a data file shared by sets is read once
    articles: dict[str, int] = defaultdict(int)
    thinned: dict[str, int] = defaultdict(int)
    dropped: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for reading in readings:
        kinds, exclude = _read_kinds(ROOT / reading.how.kinds)
        if reading.data not in texts:
            texts[reading.data] = _read_articles(reading.data)
        for article_id, row in texts[reading.data].items():
            kind = kinds.get(article_id)
            if kind is None or article_id in exclude or (reading.data, article_id) in seen:
                continue
            seen.add((reading.data, article_id))
            articles[kind] += 1
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # language warnings of a few non-English texts
                kept, every = _hits(row["text"], matcher, gazetteers, shipped, without)
            lost = sorted(every - kept)
            if lost:
                thinned[kind] += 1
                dropped[kind] += [(article_id, text) for _, _, text in lost]
    print(f"{'kind':16} {'articles':>9} {'thinned':>8} {'hits dropped':>13}")
    for kind in sorted(articles):
        print(f"{kind:16} {articles[kind]:9d} {thinned[kind]:8d} {len(dropped[kind]):13d}")
    rng = random.Random(2027)
    for kind in sorted(dropped):
        for article_id, text in rng.sample(dropped[kind], min(args.show, len(dropped[kind]))):
            print(f"  [{kind}] {article_id}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
