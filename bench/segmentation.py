"""Benchmark the sentence segmenter: Golden Rules passed and throughput on real news.

Usage (from the repository root)::

    python bench/segmentation.py [--data ../shared/data/bench/wikinews.jsonl] [--repeat N]
                                 [--baseline-articles N] [--with-sentiment]

The data file is JSONL with a ``text`` field per article; it is read where it lies and never
copied into the project. Throughput is UTF-8 megabytes (10^6 bytes) of article text per second,
best of ``--repeat`` passes over the whole file. If pySBD happens to be importable it is timed
on the first ``--baseline-articles`` articles as a baseline (it is not a project dependency).

Besides the Golden Rules passed (all or nothing per rule), each segmenter gets Pk and
WindowDiff (``nltk.metrics.segmentation``; 0 is perfect, lower is better) against the rules'
expected segmentations: each rule's text becomes a character-level boundary string (see
:func:`boundary_string`), the window is half the expected mean sentence length in characters,
and the figures are means over the rules, so a near miss costs less than a wild split.
``--with-sentiment`` also times VADER + TextBlob on the same sentences, the budget the
segmenter must stay well inside.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = Path("..") / "shared" / "data" / "bench" / "wikinews.jsonl"  # from ROOT
GOLDEN = ROOT / "tests" / "fixtures" / "golden_rules_en.json"

sys.path.insert(0, str(ROOT))
from nltk.metrics.segmentation import pk, windowdiff  # noqa: E402

from analysis.segment import sentence_bounds  # noqa: E402


def _resolve(path: Path) -> Path:
    """A relative path is taken from the current directory, else from the repository root."""
    if path.is_absolute() or path.exists():
        return path
    return ROOT / path


def load_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def golden_score(segment: Callable[[str], list[str]]) -> tuple[int, list[str]]:
    """Rules passed and names failed; segments are compared stripped, as pySBD's tests do."""
    rules = json.loads(GOLDEN.read_text(encoding="utf-8"))
    failed = [r["name"] for r in rules if [s.strip() for s in segment(r["text"])] != r["expected"]]
    return len(rules) - len(failed), failed


def boundary_string(text: str, sentences: Sequence[str]) -> str | None:
    """``text`` as a character-level boundary string for ``nltk.metrics.segmentation``: ``"1"``
    at the last non-blank character of each sentence, ``"0"`` elsewhere. Sentences are located
    in ``text`` in order, stripped (so the whitespace between sentences belongs to neither);
    None if one is not found there."""
    marks = ["0"] * len(text)
    pos = 0
    for sentence in sentences:
        s = sentence.strip()
        if not s:
            continue
        start = text.find(s, pos)
        if start < 0:
            return None
        pos = start + len(s)
        marks[pos - 1] = "1"
    return "".join(marks)


def segmentation_errors(
    text: str, expected: Sequence[str], got: Sequence[str]
) -> tuple[float, float] | None:
    """Pk and WindowDiff of ``got`` against ``expected`` on ``text``'s characters, with the
    window ``k`` half the expected mean sentence length (Pk's usual choice; at least 1). None
    when a segmentation cannot be located in the text."""
    ref, hyp = boundary_string(text, expected), boundary_string(text, got)
    if ref is None or hyp is None:
        return None
    k = max(1, round(len(ref) / (2 * max(ref.count("1"), 1))))
    return pk(ref, hyp, k), windowdiff(ref, hyp, k)


def segmentation_metrics(segment: Callable[[str], list[str]]) -> tuple[float, float, int]:
    """Mean Pk and WindowDiff over the Golden Rules, and the number of rules scored."""
    rules = json.loads(GOLDEN.read_text(encoding="utf-8"))
    scored = [segmentation_errors(r["text"], r["expected"], segment(r["text"])) for r in rules]
    scored = [x for x in scored if x is not None]
    n = max(len(scored), 1)
    return sum(p for p, _ in scored) / n, sum(w for _, w in scored) / n, len(scored)


def _print_metrics(name: str, segment: Callable[[str], list[str]]) -> None:
    p, w, n = segmentation_metrics(segment)
    print(f"golden rules ({name}): Pk {p:.4f}, WindowDiff {w:.4f} (means over {n} rules)")


def best_time(func: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - t0)
    return best


def _ours(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_bounds(text)]


def _report(name: str, texts: Sequence[str], seconds: float, extra: str = "") -> None:
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(
        f"{name}: {size / seconds:8.2f} MB/s  {len(texts) / seconds:10.1f} articles/s"
        f"  ({len(texts)} articles, {size:.3f} MB in {seconds * 1000:.1f} ms){extra}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with a text field")
    parser.add_argument("--repeat", type=int, default=5, help="passes; the best is reported")
    parser.add_argument(
        "--baseline-articles", type=int, default=50, help="articles given to pySBD (slow)"
    )
    parser.add_argument(
        "--with-sentiment", action="store_true", help="also time VADER + TextBlob per sentence"
    )
    args = parser.parse_args(argv)
    repeat = max(1, args.repeat)

    passed, failed = golden_score(_ours)
    print(f"golden rules (analysis.segment): {passed}/48 passed; failed: {failed or 'none'}")
    _print_metrics("analysis.segment", _ours)

    path = _resolve(args.data)
    if not path.exists():
        print(f"no benchmark data at {path}", file=sys.stderr)
        return 1
    texts = load_texts(path)
    n_sentences = sum(len(sentence_bounds(t)) for t in texts)
    print(f"data: {args.data} ({len(texts)} articles, {n_sentences} sentences)")

    seconds = best_time(lambda: [sentence_bounds(t) for t in texts], repeat)
    _report("analysis.segment", texts, seconds, f", best of {repeat}")

    try:
        import pysbd  # type: ignore[import-not-found]
    except ImportError:
        print("pysbd: not importable, baseline skipped")
    else:
        seg = pysbd.Segmenter(language="en", clean=False)
        p_passed, p_failed = golden_score(seg.segment)
        version = getattr(pysbd, "__version__", "?")
        print(f"golden rules (pysbd {version}): {p_passed}/48 passed; failed: {p_failed}")
        _print_metrics("pysbd", seg.segment)
        subset = texts[: max(1, args.baseline_articles)]
        ours_subset = best_time(lambda: [sentence_bounds(t) for t in subset], repeat)
        base = best_time(lambda: [seg.segment(t) for t in subset], 1)
        _report("analysis.segment (same subset)", subset, ours_subset)
        _report("pysbd", subset, base, f", one pass; {base / ours_subset:.0f}x slower")

    if args.with_sentiment:
        _time_sentiment(texts, seconds)
    return 0


def _time_sentiment(texts: Sequence[str], seg_seconds: float) -> None:
    """VADER + TextBlob on every sentence: the cost the segmenter is a small fraction of."""
    from textblob import TextBlob
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    sents = [s for t in texts for s in _ours(t)]

    def run() -> None:
        for s in sents:
            vader.polarity_scores(s)
            _ = TextBlob(s).sentiment

    seconds = best_time(run, 1)
    _report("VADER + TextBlob", texts, seconds)
    print(f"segmentation costs {100 * seg_seconds / seconds:.1f}% of VADER + TextBlob")


if __name__ == "__main__":
    raise SystemExit(main())
