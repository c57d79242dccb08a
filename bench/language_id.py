"""How well, how fast and how big: language-identification libraries on short news text.

This is the measurement behind the choice of :mod:`analysis.language` (README, "Languages").
It needs the candidates installed in the running interpreter (only the chosen one is pinned;
``pip install lingua-language-detector langdetect`` in a scratch environment for the others)
and two inputs that are not shipped with the project:

* ``--sentences DIR``: one ``<iso639-1>.txt`` file per language, one sentence a line (for
  example lingua's ``language-testdata/sentences``, drawn from the Leipzig Wortschatz corpora);
* ``--english ../shared/data/bench/wikinews.jsonl``: English news, cut into sentences and into
  whole articles, to count English text taken for another language (the costly error here).

Run from the repository root::

    python bench/language_id.py --sentences /tmp/langid-data \\
        [--english ../shared/data/bench/wikinews.jsonl] [--per-language 300]

Prints, per library: accuracy on sentences of each language (is the top language right?),
English news sentences and whole articles called English, time per text, and the size of the
installed package folder.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from importlib import import_module, util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _package_mb(module: str) -> float:
    spec = util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return float("nan")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def _candidates() -> dict[str, tuple[str, Callable[[], Callable[[str], str]]]]:
    def py3langid() -> Callable[[str], str]:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return lambda t: ident.classify(t)[0]

    def lingua() -> Callable[[str], str]:
        from lingua import LanguageDetectorBuilder

        det = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

        def classify(t: str) -> str:
            lang = det.detect_language_of(t)
            return "??" if lang is None else lang.iso_code_639_1.name.lower()

        return classify

    def lingua_low() -> Callable[[str], str]:
        from lingua import LanguageDetectorBuilder

        det = (
            LanguageDetectorBuilder.from_all_languages()
            .with_low_accuracy_mode()
            .with_preloaded_language_models()
            .build()
        )

        def classify(t: str) -> str:
            lang = det.detect_language_of(t)
            return "??" if lang is None else lang.iso_code_639_1.name.lower()

        return classify

    def langdetect() -> Callable[[str], str]:
        from langdetect import DetectorFactory, detect
        from langdetect.lang_detect_exception import LangDetectException

        DetectorFactory.seed = 0

        def classify(t: str) -> str:
            try:
                return detect(t).split("-")[0]
            except LangDetectException:
                return "??"

        return classify

    return {
        "py3langid": ("py3langid", py3langid),
        "lingua (high accuracy)": ("lingua", lingua),
        "lingua (low accuracy)": ("lingua", lingua_low),
        "langdetect": ("langdetect", langdetect),
    }


def _english_news(path: Path) -> tuple[list[str], list[str]]:
    sys.path.insert(0, str(ROOT))
    from analysis.text import split_sentences

    articles, sentences = [], []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                text = json.loads(line)["text"]
                articles.append(text)
                sentences.extend(s.text for s in split_sentences(text) if len(s.text) >= 20)
    return articles, sentences


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=Path, required=True)
    ap.add_argument(
        "--english", type=Path, default=ROOT.parent / "shared/data/bench/wikinews.jsonl"
    )
    ap.add_argument("--per-language", type=int, default=300)
    args = ap.parse_args(argv)

    test: list[tuple[str, str]] = []
    for f in sorted(args.sentences.glob("*.txt")):
        lines = [x.strip() for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
        test.extend((f.stem, x) for x in lines[: args.per_language])
    langs = sorted({g for g, _ in test})
    articles, en_sentences = _english_news(args.english)
    print(
        f"{len(test)} sentences in {len(langs)} languages ({', '.join(langs)}); "
        f"{len(en_sentences)} English news sentences, {len(articles)} articles"
    )

    for name, (module, factory) in _candidates().items():
        if util.find_spec(module) is None:
            print(f"\n{name}: not installed")
            continue
        t0 = time.perf_counter()
        import_module(module)
        classify = factory()
        classify("Warm up, please.")
        load = time.perf_counter() - t0
        t0 = time.perf_counter()
        got = [classify(t) for _, t in test]
        per_text = (time.perf_counter() - t0) / len(test)
        right = {g: 0 for g in langs}
        total = {g: 0 for g in langs}
        for (gold, _), pred in zip(test, got, strict=True):
            total[gold] += 1
            right[gold] += pred == gold
        acc = sum(right.values()) / len(test)
        en_sent = sum(classify(s) == "en" for s in en_sentences) / len(en_sentences)
        t0 = time.perf_counter()
        en_art = sum(classify(a) == "en" for a in articles) / len(articles)
        per_article = (time.perf_counter() - t0) / len(articles)
        print(
            f"\n{name}: accuracy {acc:.3f} on {len(test)} sentences; "
            f"English news sentences called English {en_sent:.4f}, articles {en_art:.4f}; "
            f"{1000 * per_text:.2f} ms/sentence, {1000 * per_article:.2f} ms/article; "
            f"load {load:.2f} s; package {_package_mb(module):.1f} MB"
        )
        print("  " + ", ".join(f"{g} {right[g] / total[g]:.2f}" for g in langs))


if __name__ == "__main__":
    main()
