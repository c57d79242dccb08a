"""Actor names as data: gazetteers, the country library, and finding actor mentions in text.

A *gazetteer* is a lexicon-format YAML file (:mod:`analysis.lexicon`: ``name``, ``version``,
``description``, ``source``, ``categories``) that says ``rules: actors`` and whose categories
are actor codes in lower case (``rus``, ``ukr``, ``uno``, ``nato``...; see :data:`ACTOR_CODES`)
or ``none`` (words that name no actor, to block an entry of another gazetteer). Its patterns are
the names, in the lexicon pattern syntax (words, phrases, globs). It is validated like a
lexicon (file, line and what is wrong), identified by its sha256, and compiled with the
package's one matcher (:func:`analysis.matching.compile_matcher`), so actor names follow the
same words, case folding and tokens as every lexicon.

Which gazetteers are used (:func:`resolve_gazetteers`), lowest precedence first:

1. **pycountry** (pinned): the ISO 3166 names of every country (``name``, ``common_name``,
   ``official_name``; "Korea, Republic of" read as "Republic of Korea"), built in memory
   (:func:`country_names`), and the code list itself (ISO 3166-1 alpha-3, plus the historic
   codes of ISO 3166-3 such as ``SUN`` and ``YUG``);
2. the shipped files in ``analysis/gazetteers/`` (:data:`SHIPPED`): ``countries`` and
   ``people``, derived from the MIT-licensed Phoenix actor dictionaries of the Open Event
   Data Alliance, then ``curated``, written by hand;
3. the user's files, in the order given.

Mentions (:func:`find_mentions`): all gazetteers' hits in one scan; a hit must contain a
capital letter ("US" but not "us", "Turkey" but not "turkey"), and an entry written in
capitals ("US", "UN", "IS") matches only capitals, and also its dotted form ("U.S.", "U.N."); an
entry of two words led by a compass point also matches it abbreviated ("N. Korea", "S.Korea").
When hits overlap, the longest wins ("New South Wales" over "Wales"), and of equally long ones
the later gazetteer's; a ``none`` winner removes the words.
"""

from __future__ import annotations

import functools
import importlib.metadata
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry

from .errors import LexiconError
from .lexicon import ACTOR_EVIDENCE, Lexicon, load_lexicon, spec_items, split_pattern
from .matching import Match, compile_matcher, first_disjoint
from .text import Article, Span, normalise_term

__all__ = [
    "ACTOR_CODES",
    "ACTOR_RULES",
    "GAZETTEER_DIR",
    "NO_ACTOR",
    "SHIPPED",
    "Mention",
    "actor_name",
    "available_gazetteers",
    "country_names",
    "find_mentions",
    "is_gazetteer",
    "load_gazetteer",
    "mention_evidence",
    "resolve_gazetteers",
]

#: Where the shipped gazetteers live.
GAZETTEER_DIR = Path(__file__).resolve().parent / "gazetteers"
#: The shipped gazetteers, lowest precedence first.
SHIPPED = ("countries", "people", "curated")
#: The ``rules:`` value that marks a lexicon-format file as a gazetteer.
ACTOR_RULES = "actors"
#: The category of words that name no actor.
NO_ACTOR = "none"
#: Codes that are not countries: international organisations and groups (DESIGN.md).
ACTOR_CODES: dict[str, str] = {
    "UNO": "United Nations",
    "NATO": "NATO",
    "EU": "European Union",
    "OSCE": "OSCE",
    "ARL": "Arab League",
    "AU": "African Union",
    "ASEAN": "ASEAN",
    "INTERPOL": "Interpol",
    "APEC": "APEC",
    "IGO": "other intergovernmental organisation",
    "NGO": "non-governmental organisation",
    "IMG": "international militant group",
}
#: Country codes outside ISO 3166 that CAMEO uses: Kosovo.
EXTRA_COUNTRIES = {"KSV": "Kosovo"}

_DOTTED_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}(?![\w])")
#: A compass point abbreviated before a name, as headlines write it ("N. Korea", "S. Africa").
_COMPASS_RE = re.compile(r"(?<![\w.])([NSEW])\.\s?([A-Z][\w-]*)")  # (not its "'s")
_COMPASS = {"N": "north", "S": "south", "E": "east", "W": "west"}


@dataclass(frozen=True, slots=True)
class Mention(Span):
    """One actor mention: a :class:`~analysis.text.Span` of the article that names actor
    ``code``."""

    code: str
    sentence_id: int
    gazetteer: str


@functools.cache
def _country_codes() -> dict[str, str]:
    codes = {c.alpha_3: c.name for c in pycountry.historic_countries}
    codes.update({c.alpha_3: getattr(c, "common_name", c.name) for c in pycountry.countries})
    codes.update(EXTRA_COUNTRIES)
    return codes


def actor_name(code: str) -> str:
    """A readable name for an actor code ("RUS" -> "Russian Federation"); the code if unknown."""
    return ACTOR_CODES.get(code) or _country_codes().get(code, code)


def _valid_code(code: str) -> bool:
    return code in ACTOR_CODES or code in _country_codes()


def _iso_variants(name: str) -> list[str]:
    """An ISO name as news writes it: "Korea, Republic of" -> "Republic of Korea"."""
    if "," in name:
        head, _, tail = name.partition(", ")
        if tail.endswith((" of", " of the")) and "," not in tail:
            return [f"{tail} {head}"]
        return []
    return [name]


@functools.cache
def country_names() -> Lexicon:
    """The pycountry gazetteer: every ISO 3166 country's names under its alpha-3 code.

    Names shared by two countries, and names that are not valid patterns, are left out.
    Its version is pycountry's.
    """
    found: dict[str, set[str]] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            for variant in _iso_variants(getattr(c, attr, "") or ""):
                try:
                    split_pattern(variant)
                except ValueError:
                    continue
                found.setdefault(normalise_term(variant), set()).add(c.alpha_3)
    categories: dict[str, list[str]] = {}
    for c in pycountry.countries:
        names = {getattr(c, a, None) for a in ("name", "common_name", "official_name")}
        for name in sorted(n for n in names if n):
            for variant in _iso_variants(name):
                if found.get(normalise_term(variant)) == {c.alpha_3}:
                    bucket = categories.setdefault(c.alpha_3.lower(), [])
                    if variant not in bucket:
                        bucket.append(variant)
    return Lexicon.from_mapping(
        {
            "name": "pycountry",
            "version": importlib.metadata.version("pycountry"),
            "description": "ISO 3166-1 country names (name, common name, official name).",
            "source": "pycountry (ISO 3166 data from Debian's iso-codes).",
            "rules": ACTOR_RULES,
            "categories": categories,
        }
    )


def available_gazetteers() -> list[str]:
    """Names of the shipped gazetteers, lowest precedence first."""
    return [n for n in SHIPPED if (GAZETTEER_DIR / f"{n}.yaml").is_file()]


def is_gazetteer(lexicon: Lexicon) -> bool:
    """Whether a lexicon-format file is a gazetteer (``rules: actors``)."""
    return lexicon.rules == ACTOR_RULES


def _line_of(path: str | None, key: str) -> str:
    if path is None:
        return "at categories"
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        return "line 1"
    rx = re.compile(rf"^\s*{re.escape(key)}\s*:")
    return next((f"line {i}" for i, line in enumerate(lines, 1) if rx.match(line)), "line 1")


def _check(lexicon: Lexicon) -> Lexicon:
    where = f"gazetteer file '{lexicon.path}'" if lexicon.path else "in-memory gazetteer"
    if not is_gazetteer(lexicon):
        raise LexiconError(
            f"{where}, {_line_of(lexicon.path, 'name')}: a gazetteer must say "
            f"'rules: {ACTOR_RULES}'."
        )
    for name, cat in lexicon.categories.items():
        code = name.upper()
        if name != NO_ACTOR and not _valid_code(code):
            raise LexiconError(
                f"{where}, {_line_of(lexicon.path, name)}: category '{name}' is not an actor "
                "code (use an ISO 3166 alpha-3 code such as 'rus', one of "
                f"{', '.join(c.lower() for c in ACTOR_CODES)}, or '{NO_ACTOR}')."
            )
        if cat.direction is not None or any(p.kind == "verb_object" for p in cat.patterns):
            raise LexiconError(
                f"{where}, {_line_of(lexicon.path, name)}: category '{name}' has a direction "
                "or verb-object patterns; a gazetteer holds names only."
            )
    return lexicon


#: Gazetteers already checked, by content hash: a parsed file is cached by
#: :func:`~analysis.lexicon.load_lexicon`, so each ``analyze()`` need not check it again.
_CHECKED: dict[tuple[str | None, str], Lexicon] = {}


def _check_once(lexicon: Lexicon) -> Lexicon:
    if not lexicon.sha256:
        return _check(lexicon)
    key = (lexicon.path, lexicon.sha256)
    if _CHECKED.get(key) is not lexicon:
        _CHECKED[key] = _check(lexicon)
    return lexicon


def load_gazetteer(name_or_path: str | os.PathLike[str] | Lexicon) -> Lexicon:
    """A shipped gazetteer by name (``"curated"``), or a gazetteer YAML file by path.

    Raises :class:`~analysis.errors.LexiconError` (file, line, what is wrong) for a malformed
    file, a category that is not an actor code, or a file without ``rules: actors``.
    """
    if isinstance(name_or_path, Lexicon):
        return _check(name_or_path)
    if isinstance(name_or_path, str) and name_or_path in SHIPPED:
        path = GAZETTEER_DIR / f"{name_or_path}.yaml"
        return _check_once(_named(load_lexicon(path), name_or_path))
    return _check_once(load_lexicon(name_or_path))


def _named(lexicon: Lexicon, name: str) -> Lexicon:
    if lexicon.name != name:
        raise LexiconError(f"gazetteer file '{lexicon.path}' must be named '{name}'.")
    return lexicon


def resolve_gazetteers(extra: Any = None) -> tuple[Lexicon, ...]:
    """pycountry's names, the shipped gazetteers, then ``extra`` (a name, a path, a
    :class:`Lexicon`, or a list of them), lowest precedence first."""
    items = [] if extra is None else spec_items(extra, "gazetteers")
    out = [country_names(), *(load_gazetteer(n) for n in available_gazetteers())]
    out += [load_gazetteer(item) for item in items]
    names = [g.name for g in out]
    for i, name in enumerate(names):
        if name in names[:i]:
            raise LexiconError(f"two gazetteers are named '{name}'; rename one of them.")
    return tuple(out)


_ACRONYMS: dict[tuple[tuple[str, str], ...], dict[str, tuple[int, str]]] = {}


_COMPASS_NAMES: dict[tuple[tuple[str, str], ...], dict[str, tuple[int, str]]] = {}


def _indexed(
    gazetteers: tuple[Lexicon, ...],
    cache: dict[tuple[tuple[str, str], ...], dict[str, tuple[int, str]]],
    key_of: Callable[[str], str | None],
) -> dict[str, tuple[int, str]]:
    """The entries ``key_of`` gives a key, by that key: ``{key: (gazetteer index, category)}``
    (cached by the gazetteers' sha256)."""
    key = tuple((g.name, g.sha256) for g in gazetteers)
    out = cache.get(key)
    if out is None:
        out = {}
        for gi, g in enumerate(gazetteers):
            for p in g.patterns:
                k = key_of(p.pattern)
                if k is not None:
                    out[k] = (gi, p.category)
        if all(g.sha256 for g in gazetteers):
            cache[key] = out
    return out


def _acronyms(gazetteers: tuple[Lexicon, ...]) -> dict[str, tuple[int, str]]:
    """Entries written in capitals: ``{"US": (gazetteer index, category)}``."""
    return _indexed(gazetteers, _ACRONYMS, lambda w: w if _is_acronym(w) else None)


def _compass_key(written: str) -> str | None:
    """ "north korea" for an entry of two words led by a compass point, else None."""
    words = written.lower().split()
    return " ".join(words) if len(words) == 2 and words[0] in _COMPASS.values() else None


def _compass_names(gazetteers: tuple[Lexicon, ...]) -> dict[str, tuple[int, str]]:
    """Entries of two words led by a compass point: ``{"north korea": (index, category)}``,
    what an abbreviated "N. Korea" stands for."""
    return _indexed(gazetteers, _COMPASS_NAMES, _compass_key)


def _is_acronym(written: str) -> bool:
    return written.isupper() and written.isalnum()


def find_mentions(
    article: Article, gazetteers: Sequence[Lexicon], found: Sequence[Match] | None = None
) -> list[Mention]:
    """Every actor mention in ``article``, in text order (see the module docstring).

    ``found``: the gazetteers' hits in ``article`` when a matcher that holds them already ran
    (:func:`analysis.core.analyze_records` scans for lexicons and gazetteers at once)."""
    gazetteers = tuple(gazetteers)
    if not gazetteers:
        return []
    text = article.text
    rank = {g.name: i for i, g in enumerate(gazetteers)}
    # (start, end, gazetteer index, category, sentence id)
    hits: list[tuple[int, int, int, str, int]] = []
    if found is None:
        found = compile_matcher(gazetteers).find(article)
    for m in found:
        if m.text == m.text.lower() or (_is_acronym(m.pattern) and m.text != m.pattern):
            continue  # "us", "turkey": not names; "Us": not the acronym US
        hits.append((m.start, m.end, rank[m.lexicon], m.category, m.sentence_id))
    acronyms = _acronyms(gazetteers)
    if acronyms and "." in text:
        for dm in _DOTTED_RE.finditer(text):
            entry = acronyms.get(dm.group().replace(".", ""))
            if entry is not None:
                s, e = dm.span()
                hits.append((s, e, entry[0], entry[1], article.sentence_of(s)))
    names = _compass_names(gazetteers)
    if names:  # "N. Korea" for North Korea
        for cm in _COMPASS_RE.finditer(text):
            entry = names.get(f"{_COMPASS[cm.group(1)]} {cm.group(2).lower()}")
            if entry is not None:
                s, e = cm.span()
                hits.append((s, e, entry[0], entry[1], article.sentence_of(s)))
    return _resolve(text, hits, gazetteers)


def _resolve(
    text: str, hits: list[tuple[int, int, int, str, int]], gazetteers: tuple[Lexicon, ...]
) -> list[Mention]:
    """Longest hit wins, then the later gazetteer's; every hit overlapping a winner goes."""
    hits.sort(key=lambda h: (h[0] - h[1], -h[2], h[0]))
    kept = sorted(first_disjoint(hits, start=0))
    return [
        Mention(s, e, text[s:e], cat.upper(), sid, gazetteers[gi].name)
        for s, e, gi, cat, sid in kept
        if cat != NO_ACTOR
    ]


def mention_evidence(mentions: Sequence[Mention]) -> dict[int, set[str]]:
    """What the mentions tell a lexicon's ``needs``/``not_with`` (:data:`ACTOR_EVIDENCE`),
    per sentence id: ``actors`` where a sentence names an actor, and ``dyad`` too where it
    names two different ones (``agent``, the doer of an act, is read by
    :func:`analysis.actors.agent_sentences`)."""
    actors, dyad = ACTOR_EVIDENCE[:2]
    codes: dict[int, set[str]] = {}
    for m in mentions:
        codes.setdefault(m.sentence_id, set()).add(m.code)
    return {sid: {actors, dyad} if len(c) > 1 else {actors} for sid, c in codes.items()}
