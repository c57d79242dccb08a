"""Sentiment, hedging and escalation/de-escalation in English conflict news, sentence by sentence.

>>> import analysis
>>> res = analysis.analyze(analysis.load_article("seeds/russia_ukraine_2023-10-24.txt"))
>>> res.sentences, res.matches, res.events, res.terms, res.summary, res.kwic("ceasefire")
>>> analysis.compare(res, analysis.analyze("Envoys signed a ceasefire."))   # .measures, .keyness

Heavy optional machinery (corpus engines, plots, report execution) is imported on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .core import AnalysisResult, analyze
from .errors import (
    AnalysisError,
    ArticleError,
    LexiconError,
    NonEnglishWarning,
    ParameterError,
)
from .lexicon import Lexicon, available_lexicons, load_lexicon
from .norms import Norms
from .text import Article, Span, load_article, split_sentences
from .version import __version__

_LAZY = {
    "analyze_corpus": "corpus",
    "CorpusResult": "corpus",
    "Comparison": "comparison",
    "compare": "comparison",
    "compare_groups": "comparison",
    "keyness": "comparison",
    "plots": None,
    "report": None,
}

__all__ = [
    "AnalysisError",
    "AnalysisResult",
    "Article",
    "ArticleError",
    "Comparison",
    "CorpusResult",
    "Lexicon",
    "LexiconError",
    "NonEnglishWarning",
    "Norms",
    "ParameterError",
    "Span",
    "__version__",
    "analyze",
    "analyze_corpus",
    "available_lexicons",
    "compare",
    "compare_groups",
    "keyness",
    "load_article",
    "load_lexicon",
    "plots",
    "report",
    "split_sentences",
]

if TYPE_CHECKING:
    from . import plots, report
    from .comparison import Comparison, compare, compare_groups, keyness
    from .corpus import CorpusResult, analyze_corpus


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    module = _LAZY[name]
    value = import_module(f".{name if module is None else module}", __name__)
    return value if module is None else getattr(value, name)
