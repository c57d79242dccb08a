"""Lexicons are data: load and validate YAML dictionaries of words, globs, phrases and
verb–object patterns (in the spirit of quanteda dictionaries).

One YAML file holds one lexicon::

    name: example            # required, [a-z0-9_-]+ (a shipped file's name equals its stem)
    version: "1.0.0"         # required (any scalar; quote it so YAML keeps it as written)
    description: ...         # required
    source: ...              # required (citation)
    rules: hedging           # optional: names a context-rule set applied after matching
    categories:              # required, non-empty mapping; names are [a-z0-9_-]+
      epistemic:
        description: ...     # optional
        direction: escalation          # optional: escalation | de-escalation
        weight: 2.5          # optional, 0..10, default 1.0; patterns inherit it
        patterns:            # required, non-empty list
          - may                        # word: whole word, case-insensitive
          - retaliat*                  # glob: * = any run of word characters, ? = one
          - according to               # phrase: words separated by any whitespace
          - {pattern: "peace talks", weight: 6}
          - {verbs: [sign*, agree* to], objects: [ceasefire, truce], window: 4, order: any}
      threat: [threat*, ultimatum]     # shorthand: a bare list is the pattern list

Pattern words (decided here, enforced on load):

* Characters: letters, digits, underscore, hyphen, apostrophe (``'`` or ``’``, which are the
  same), and the wildcards ``*`` and ``?``; words are separated by spaces. Periods, commas and
  other punctuation are not allowed (they are not part of words in the matcher).
* A word starts with a letter, digit or ``?``; ``*`` may end a word or sit inside it
  (``retaliat*``, ``colo*r``) but never start it (``*war``) or be doubled (``war**``); a hyphen
  or apostrophe must be followed by a letter, digit or ``?`` (``anti-war``, ``o'neill``).
  Every word needs at least one letter or digit. ``*`` matches word characters joined by
  internal hyphens/apostrophes (``war*`` matches ``war-torn``); ``?`` matches one letter or
  digit.
* ``{pattern: [visit, visits, visited, visiting], weight: ..., needs: ...}``: the forms of one
  word as one entry, sharing its settings (each form is a pattern of its own).
* The same pattern (case-insensitively, whitespace collapsed) may appear only once in a
  lexicon; verb–object patterns compare by their display form ``verbs ... objects`` and order.
* Verb–object entries: ``verbs`` and ``objects`` are non-empty lists of words/globs/phrases
  (or one string); ``window`` (1..16, default 4) is how many tokens after the verb the object
  must start within; ``order`` is ``verb-first`` (default) or ``any`` (object-then-verb too,
  as in "the ceasefire was breached"). See :mod:`analysis.matching` for the semantics.
* ``negated_only: true`` (entry): a hit counts only where a negator negates it
  (:meth:`analysis.text.Article.negator`), for words that are an event only refused: "will
  not allow", "failed to allow", "never accepts" (the lexicon's rules then read the negated
  hit; escalation's ``negation`` rule makes a refusal of it a rejection).

Context (what a word needs around it to be in its sense; :func:`analysis.matching.in_context`
applies it, ``analysis/lexicons/README.md`` has examples):

* ``needs: [names]`` (category or entry; an entry's own wins, ``needs: []`` clears it): a hit
  counts only when its sentence or the one before holds a hit of one of these categories, or
  the actor evidence named: ``actors`` (a country, capital, organisation... is named) or
  ``dyad`` (two different ones are). ``a+b`` asks for both at once (``actors+state_context``:
  a country and an official).
* ``not_with: [names]``: a hit never counts in a sentence holding a hit of one of these, nor
  when it borrows its ``needs`` from the sentence before and that sentence holds one (the
  scene is borrowed whole). ``a-b`` names ``a`` unless ``b`` is there too
  (``business_context-dyad``: a firm's affair, unless two countries are named), ``a+b`` both
  at once.
* Context is read after overlaps are resolved (:mod:`analysis.matching`): a longer hit hides
  the shorter hits of its lexicon that it overlaps even where its own context is missing.
  That is how an entry tells a narrower sense ("online attack" needs two sides, and the bare
  "attack" inside it then never counts alone); so an entry that only adds words to a shorter
  entry's sense must need no more than it, or it hides that entry where its own context
  fails ("talks that ended after a week with no agreement" beside "ended with no agreement").
* ``evidence: true`` (category): its hits only serve ``needs``/``not_with`` and are never
  reported; such a category has no direction. Its entries may name ``not_with`` (where one of
  those stands the hit is no evidence: "suspects" tell of a crime unless what they are
  suspects in is an armed attack), never ``needs``.
* ``needs`` are met by grounded hits only: evidence, hits of a category with ``vouches: true``
  and hits that count themselves, so two hits that need context do not vouch for each other
  ("the raid is the latest move in a talent war in which firms are fighting over engineers");
  violence and its toll vouch ("Mortar assault leaves 18 dead").
* ``topic: true`` (category) and ``off_topic: {share, min_sentences}`` (top level): in a text
  of at least ``min_sentences`` sentences of which fewer than ``share`` hold a topic hit (one
  of an evidence category, one that needs no context, or one that does in a sentence naming
  two sides, ``dyad``), an entry that ``needs`` context counts only where its own sentence
  holds another topic hit (:class:`OffTopic`).

``rules`` is stored, not checked: an unknown rule set is an error where rules are applied.
Every problem (bad YAML, missing, unknown or repeated keys, empty categories or pattern lists,
non-string or invalid patterns, weights that are not numbers in 0..10, unknown directions,
duplicate patterns, unknown names) raises :class:`~analysis.errors.LexiconError` with one
sentence naming the file, the line and what is wrong. ``analysis/lexicons/README.md`` shows a
complete example. Lexicons are identified by ``(name, sha256)``, the hash of the
file bytes, which reports record for provenance.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import hashlib
import io
import json
import math
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .errors import LexiconError
from .text import fold, normalise_term

__all__ = [
    "DIRECTIONS",
    "LEXICON_DIR",
    "Category",
    "Lexicon",
    "OffTopic",
    "Pattern",
    "available_lexicons",
    "load_lexicon",
    "parse_lexicon",
    "parse_mapping",
    "resolve_lexicons",
    "spec_items",
    "split_pattern",
    "versions",
]

#: Where the shipped lexicons live: ``analysis/lexicons/<name>.yaml``.
LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"

#: The names ``needs``/``not_with`` use for what the actor gazetteers find in a sentence:
#: ``actors``, a mention of a country, capital, organisation...; ``dyad``, mentions of two
#: different actors; ``agent``, a mention that stands as the doer right before a lexicon hit
#: ("Harare expels BBC correspondent", "Seoul on Monday arrested ...").
ACTOR_EVIDENCE = ("actors", "dyad", "agent")
#: Allowed values of a category's ``direction``.
DIRECTIONS = ("escalation", "de-escalation")
#: Allowed values of a verb–object pattern's ``order``.
ORDERS = ("verb-first", "any")
#: Weights live on a 0..10 scale (escalation intensity is anchored on Goldstein's 0..10 range).
MIN_WEIGHT, MAX_WEIGHT = 0.0, 10.0
DEFAULT_WEIGHT = 1.0
#: Verb–object window: the object must start within this many tokens after the verb.
DEFAULT_WINDOW, MAX_WINDOW = 4, 16

_NAME_RE = re.compile(r"[a-z0-9_-]+")
_TOP_KEYS = ("name", "version", "description", "source", "rules", "off_topic", "categories")
_REQUIRED_TOP = ("name", "version", "description", "source", "categories")
_CONTEXT_KEYS = ("needs", "not_with")
_CATEGORY_KEYS = (
    "description", "direction", "weight", "evidence", "topic", "vouches", *_CONTEXT_KEYS,
    "patterns",
)  # fmt: skip
_PATTERN_KEYS = ("pattern", "weight", "negated_only", *_CONTEXT_KEYS)
_VO_KEYS = ("verbs", "objects", "window", "weight", "order", "negated_only", *_CONTEXT_KEYS)

_WORD_CHARS_RE = re.compile(r"[\w'*?-]+")
_SEGMENT = r"[\w?](?:[\w?]|\*(?!\*))*"
_WORD_SHAPE_RE = re.compile(rf"{_SEGMENT}(?:[-']{_SEGMENT})*")

_TAG = "tag:yaml.org,2002:"
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _FrozenDict(dict):  # type: ignore[type-arg]
    """A read-only dict that still pickles (lexicons travel to worker processes)."""

    __slots__ = ()

    def _read_only(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("a lexicon's categories are read-only")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _read_only
    __ior__ = _read_only

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self),))


@dataclass(frozen=True)
class Pattern:
    """One dictionary entry.

    ``pattern`` is the entry as written in the YAML file (for verb–object entries the display
    form ``"sign*|declare* ... ceasefire|truce"``); ``kind`` is ``"word"``, ``"glob"``,
    ``"phrase"`` or ``"verb_object"``. ``weight`` defaults to the category's weight;
    ``direction`` is the category's. ``verbs``, ``objects``, ``window`` and ``order`` are used
    by verb–object entries only. ``needs`` and ``not_with`` (the category's unless the entry
    sets its own) name categories of the same lexicon: a hit counts only when its sentence
    also holds a hit of one of ``needs``, and never when it holds one of ``not_with``.
    ``negated_only``: a hit counts only where a negator negates it (the matcher drops it
    elsewhere), for words that are events only refused ("will not allow").
    """

    pattern: str
    kind: str
    weight: float
    category: str
    lexicon: str
    direction: str | None = None
    verbs: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    window: int = DEFAULT_WINDOW
    order: str = "verb-first"
    needs: tuple[str, ...] = ()
    not_with: tuple[str, ...] = ()
    negated_only: bool = False


@dataclass(frozen=True)
class Category:
    """A named group of patterns sharing a direction, a default weight and context.

    An ``evidence`` category's hits are never reported: they only tell other categories'
    ``needs`` and ``not_with`` what a sentence is about (armed actors, natural disasters).
    A ``topic`` category's hits say that a sentence is about the lexicon's subject (for
    escalation: armed conflict, protest, relations between states); see :class:`OffTopic`.
    A category that ``vouches`` meets other hits' ``needs`` even where its own hit needs
    context too (violence and its toll: "a mortar round hit a hospital, killing one").
    """

    name: str
    description: str
    direction: str | None
    weight: float
    patterns: tuple[Pattern, ...]
    evidence: bool = False
    topic: bool = False
    vouches: bool = False


@dataclass(frozen=True)
class OffTopic:
    """One sense per discourse (Gale, Church & Yarowsky 1992): a text of at least
    ``min_sentences`` sentences, fewer than ``share`` of which hold a topic hit that votes (of
    an evidence category, of an entry that needs no context, or of one that does in a sentence
    naming two sides), is not about the lexicon's subject, and there an entry that ``needs``
    context counts only where its own sentence holds another topic hit. ("Supporters", "deal"
    and "investigation" in an election article are not events between states; "troops
    attacked" in one still is.)"""

    share: float
    min_sentences: int


@dataclass(frozen=True)
class Lexicon:
    """A validated lexicon; ``sha256`` is the hash of the file bytes, ``path`` the file read."""

    name: str
    version: str
    description: str
    source: str
    rules: str | None
    categories: Mapping[str, Category] = field(repr=False)
    sha256: str = ""
    path: str | None = None
    off_topic: OffTopic | None = None

    @property
    def patterns(self) -> tuple[Pattern, ...]:
        """All patterns, in category then file order."""
        return tuple(p for c in self.categories.values() for p in c.patterns)

    @functools.cached_property
    def contexts(self) -> dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]]:
        """``(category, pattern) -> (needs, not_with)`` for every entry that has either."""
        return {
            (p.category, p.pattern): (p.needs, p.not_with)
            for p in self.patterns
            if p.needs or p.not_with
        }

    @functools.cached_property
    def evidence(self) -> frozenset[str]:
        """Names of the categories whose hits are evidence only (never reported)."""
        return frozenset(c.name for c in self.categories.values() if c.evidence)

    @functools.cached_property
    def vouching(self) -> frozenset[str]:
        """Names of the categories whose hits meet other hits' ``needs`` even where they need
        context themselves (:func:`analysis.matching.in_context`)."""
        return frozenset(c.name for c in self.categories.values() if c.vouches)

    @functools.cached_property
    def topic(self) -> frozenset[str]:
        """Names of the categories whose hits say a sentence is on the lexicon's subject."""
        return frozenset(c.name for c in self.categories.values() if c.topic)

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any]) -> Lexicon:
        """A lexicon built in memory from the same structure a YAML file holds.

        ``mapping`` has the keys of the file format (``name``, ``version``, ``description``,
        ``source``, ``categories``, optionally ``rules``); lists may be tuples. It is
        validated exactly like a file; a mistake raises :class:`LexiconError` naming the
        place in the mapping ("at categories > threat > patterns[2]"). ``sha256`` is the hash
        of the mapping's canonical JSON, so reports can record it like a file's.
        """
        return parse_mapping(mapping)


def split_pattern(text: str) -> tuple[str, ...]:
    """Normalise a pattern (lowercase, ``’`` -> ``'``) and split it into validated words.

    Raises :class:`ValueError` with a short reason when a word breaks the rules in the module
    docstring. Used by the loader, the matcher and :func:`analysis.matching.kwic`.
    """
    words = tuple(fold(text).split())
    if not words:
        raise ValueError("it is empty")
    for w in words:
        bad = _WORD_CHARS_RE.sub("", w)
        if bad:
            raise ValueError(
                f"{bad[0]!r} is not allowed (use letters, digits, hyphens, apostrophes, "
                "spaces and the wildcards * and ?)"
            )
        if w.startswith("*"):
            raise ValueError(f"the word {w!r} starts with '*' (globs match word beginnings)")
        if "**" in w:
            raise ValueError(f"the word {w!r} contains '**' (one '*' already matches any run)")
        if not re.search(r"\w", w):
            raise ValueError(f"the word {w!r} has no letter or digit")
        if not _WORD_SHAPE_RE.fullmatch(w):
            raise ValueError(
                f"the word {w!r} has a hyphen or apostrophe that is not between letters"
            )
    return words


def pattern_kind(words: tuple[str, ...]) -> str:
    """``"phrase"`` for several words, ``"glob"`` for one word with wildcards, else ``"word"``."""
    if len(words) > 1:
        return "phrase"
    return "glob" if any(c in words[0] for c in "*?") else "word"


def available_lexicons() -> list[str]:
    """Names of the shipped lexicons (``analysis/lexicons/*.yaml``), sorted."""
    if not LEXICON_DIR.is_dir():
        return []
    return sorted(p.stem for p in LEXICON_DIR.glob("*.yaml") if p.is_file())


_LOADED: dict[tuple[str, str], Lexicon] = {}


def load_lexicon(name_or_path: str | os.PathLike[str] | Lexicon) -> Lexicon:
    """Load a shipped lexicon by name (``"hedging"``), or a user's YAML file by path.

    A :class:`Lexicon` is returned as is. Parsed files are cached by path and content hash,
    so repeated calls cost one file read. Raises :class:`LexiconError` for unknown names,
    missing files and malformed contents (naming file and line).
    """
    if isinstance(name_or_path, Lexicon):
        return name_or_path
    if not isinstance(name_or_path, str | os.PathLike):
        raise LexiconError(
            "a lexicon must be a shipped name, a path to a YAML file or a Lexicon, "
            f"not {type(name_or_path).__name__}."
        )
    shipped = available_lexicons()
    expect_name: str | None = None
    if isinstance(name_or_path, str) and name_or_path in shipped:
        path = LEXICON_DIR / f"{name_or_path}.yaml"
        expect_name = name_or_path
        shown = str(path)
    else:
        path = Path(name_or_path)
        shown = str(name_or_path)
        looks_like_path = (
            not isinstance(name_or_path, str)
            or path.suffix.lower() in (".yaml", ".yml")
            or any(sep in name_or_path for sep in ("/", os.sep))
            or path.exists()
        )
        if not looks_like_path:
            listed = ", ".join(shipped) if shipped else "none are installed"
            raise LexiconError(
                f"unknown lexicon '{name_or_path}' (available: {listed}); "
                "pass one of those names or a path to a YAML file."
            )
    where = f"lexicon file '{shown}'"
    if not path.exists():
        raise LexiconError(f"{where} does not exist; check the path.")
    if path.is_dir():
        raise LexiconError(f"{where} is a directory; pass a YAML file.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LexiconError(f"{where} cannot be read ({exc.strerror}).") from None
    digest = hashlib.sha256(data).hexdigest()
    key = (str(path.resolve()), digest)
    cached = _LOADED.get(key)
    if cached is None:
        cached = parse_lexicon(data, path=shown, _expect_name=expect_name)
        cached = dataclasses.replace(cached, path=key[0])
        _LOADED[key] = cached
    return cached


def spec_items(spec: Any, what: str) -> list[Any]:
    """``spec`` (a name, a path, a :class:`Lexicon`, or a list or tuple of them) as a list;
    anything else raises :class:`LexiconError` naming ``what`` was expected."""
    if isinstance(spec, str | os.PathLike | Lexicon):
        return [spec]
    if isinstance(spec, list | tuple):
        return list(spec)
    raise LexiconError(
        f"{what} must be None, a name, a path, a Lexicon or a list of them, "
        f"not {type(spec).__name__}."
    )


def versions(lexicons: Iterable[Lexicon]) -> dict[str, dict[str, str]]:
    """``{name: {"version", "sha256"}}`` of each lexicon: what provenance records of them."""
    return {lx.name: {"version": lx.version, "sha256": lx.sha256} for lx in lexicons}


def resolve_lexicons(spec: Any = None) -> tuple[Lexicon, ...]:
    """Turn a lexicon spec into lexicons, in the order given.

    ``None`` means all shipped lexicons; a name, path or :class:`Lexicon` means that one; a
    list or tuple of those means each. Two lexicons with the same name raise
    :class:`LexiconError`.
    """
    items = list(available_lexicons()) if spec is None else spec_items(spec, "lexicons")
    out: list[Lexicon] = []
    seen: dict[str, str] = {}
    for item in items:
        lex = load_lexicon(item)
        if lex.name in seen:
            raise LexiconError(
                f"two lexicons are named '{lex.name}' ({seen[lex.name]} and "
                f"{lex.path or 'an in-memory lexicon'}); rename one of them."
            )
        seen[lex.name] = lex.path or "an in-memory lexicon"
        out.append(lex)
    return tuple(out)


def parse_mapping(mapping: Mapping[str, Any]) -> Lexicon:
    """:meth:`Lexicon.from_mapping` (see there)."""
    where = "in-memory lexicon"
    if not isinstance(mapping, Mapping):
        raise LexiconError(f"an {where} must be a mapping, not {type(mapping).__name__}.")
    plain = _plain(mapping)
    try:
        root = yaml.SafeDumper(io.StringIO(), sort_keys=False).represent_data(plain)
        canonical = json.dumps(plain, sort_keys=True, ensure_ascii=False, allow_nan=False)
    except (yaml.YAMLError, TypeError, ValueError) as exc:
        raise LexiconError(f"an {where} holds a value that is not plain data ({exc}).") from None
    parser = _Parser(where, paths=_node_paths(root))
    return parser.build(root, None, canonical.encode("utf-8"))


def _plain(value: Any) -> Any:
    """``value`` with every mapping a dict and every tuple or list a list (as YAML has them)."""
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _node_paths(root: Node) -> dict[int, str]:
    """Where each node of a represented mapping sits: ``categories > threat > patterns[2]``."""
    paths: dict[int, str] = {id(root): "the top level"}

    def walk(node: Node, path: str) -> None:
        if isinstance(node, MappingNode):
            for k, v in node.value:
                sub = f"{path} > {k.value}" if path else str(k.value)
                paths[id(k)] = paths[id(v)] = sub
                walk(v, sub)
        elif isinstance(node, SequenceNode):
            for i, v in enumerate(node.value):
                sub = f"{path}[{i}]"
                paths[id(v)] = sub
                walk(v, sub)

    walk(root, "")
    return paths


def parse_lexicon(
    data: bytes | str, *, path: str | None = None, _expect_name: str | None = None
) -> Lexicon:
    """Parse and validate lexicon YAML given as bytes or text (``path`` is used in messages).

    ``sha256`` is computed from the bytes (UTF-8 encoded when text is given).
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return _Parser(path or "<string>").parse(raw, _expect_name)


class _Parser:
    """Walks the composed YAML node tree so every message can name the line."""

    def __init__(self, path: str, *, paths: dict[int, str] | None = None) -> None:
        self.where = f"lexicon file '{path}'" if paths is None else path
        self.paths = paths
        self.ctor = SafeConstructor()

    # -- messages -----------------------------------------------------------------------
    def fail(self, node: Node | int, msg: str) -> NoReturn:
        at = "" if self.paths is None else "at "
        raise LexiconError(f"{self.where}, {at}{self.locate(node)}: {msg}.")

    def locate(self, node: Node | int) -> str:
        """``line N`` in a file; ``categories > x > patterns[2]`` in a mapping."""
        if isinstance(node, int):
            return f"line {node}"
        if self.paths is not None:
            return self.paths.get(id(node), "the top level")
        return f"line {node.start_mark.line + 1}"

    @staticmethod
    def describe(node: Node) -> str:
        if isinstance(node, MappingNode):
            return "a mapping"
        if isinstance(node, SequenceNode):
            return "a list"
        kind = {
            "null": "empty (null)",
            "bool": "a boolean",
            "int": "a number",
            "float": "a number",
            "str": "a string",
        }.get(node.tag.removeprefix(_TAG), f"a {node.tag} value")
        return kind if kind.startswith("empty") else f"{kind} ({node.value!r})"

    # -- typed accessors -----------------------------------------------------------------
    def mapping(self, node: Node, what: str) -> dict[str, tuple[Node, Node]]:
        if not isinstance(node, MappingNode):
            self.fail(node, f"{what} must be a mapping, not {self.describe(node)}")
        out: dict[str, tuple[Node, Node]] = {}
        for knode, vnode in node.value:
            if not (isinstance(knode, ScalarNode) and knode.tag == _TAG + "str"):
                self.fail(knode, f"{what} has a key that is {self.describe(knode)}")
            if knode.value in out:
                self.fail(knode, f"{what} has the key '{knode.value}' twice")
            out[knode.value] = (knode, vnode)
        return out

    def check_keys(
        self,
        items: dict[str, tuple[Node, Node]],
        allowed: tuple[str, ...],
        what: str,
    ) -> None:
        for key, (knode, _) in items.items():
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"did you mean '{close[0]}'?" if close else "allowed: " + ", ".join(allowed)
                self.fail(knode, f"unknown key '{key}' in {what} ({hint})")

    def text(self, node: Node, what: str, *, pattern: bool = False) -> str:
        if not isinstance(node, ScalarNode) or node.tag.removeprefix(_TAG) not in (
            ("str",) if pattern else ("str", "int", "float")
        ):
            quotable = isinstance(node, ScalarNode) and node.value and self.paths is None
            hint = "; quote it" if quotable else ""
            self.fail(node, f"{what} must be a string, not {self.describe(node)}{hint}")
        value = str(node.value).strip()
        if not value and not pattern:
            self.fail(node, f"{what} is empty")
        return value

    def weight(self, node: Node, what: str) -> float:
        if not (isinstance(node, ScalarNode) and node.tag in (_TAG + "int", _TAG + "float")):
            self.fail(node, f"{what} must be a number, not {self.describe(node)}")
        value = float(self.ctor.construct_object(node))
        if not (math.isfinite(value) and MIN_WEIGHT <= value <= MAX_WEIGHT):
            self.fail(node, f"{what} is {node.value}, outside {MIN_WEIGHT:g}..{MAX_WEIGHT:g}")
        return value

    def words(self, node: Node, role: str, cname: str) -> tuple[str, tuple[str, ...]]:
        """A pattern string (``role``: pattern, verb or object) and its validated words."""
        article = "an" if role[:1] in "aeiou" else "a"  # "an object", "a verb"
        written = self.text(node, f"{article} {role} in category '{cname}'", pattern=True)
        try:
            return written, split_pattern(written)
        except ValueError as exc:
            self.fail(
                node, f"{role} '{written}' in category '{cname}' is not a valid pattern ({exc})"
            )

    # -- structure -----------------------------------------------------------------------
    def parse(self, raw: bytes, expect_name: str | None) -> Lexicon:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            self.fail(line, f"the file is not UTF-8 text (byte {exc.start}); save it as UTF-8")
        try:
            root = yaml.compose(text, Loader=_YAML_LOADER)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark is not None else 1
            problem = exc.problem or exc.context or "syntax error"
            self.fail(line, f"invalid YAML ({problem})")
        except yaml.YAMLError as exc:
            self.fail(1, f"invalid YAML ({exc})")
        if root is None:
            self.fail(
                1,
                "the file is empty; a lexicon needs name, version, description, "
                "source and categories",
            )
        return self.build(root, expect_name, raw)

    def build(self, root: Node, expect_name: str | None, raw: bytes) -> Lexicon:
        """The lexicon from a composed node tree; ``raw`` is what its sha256 is taken of."""
        top = self.mapping(root, "the lexicon")
        self.check_keys(top, _TOP_KEYS, "the lexicon")
        for key in _REQUIRED_TOP:
            if key not in top:
                self.fail(root, f"the required key '{key}' is missing")
        name_node = top["name"][1]
        name = self.text(name_node, "'name'")
        if not _NAME_RE.fullmatch(name):
            self.fail(name_node, f"name '{name}' must use only a-z, 0-9, '_' and '-'")
        if expect_name is not None and name != expect_name:
            self.fail(name_node, f"name '{name}' differs from the file name '{expect_name}'")
        rules = None
        if "rules" in top:
            rules_node = top["rules"][1]
            rules = self.text(rules_node, "'rules'")
            if not _NAME_RE.fullmatch(rules):
                self.fail(rules_node, f"rules '{rules}' must use only a-z, 0-9, '_' and '-'")
        categories = self.categories(top["categories"][1], name)
        off_topic = self.off_topic(top["off_topic"][1]) if "off_topic" in top else None
        return Lexicon(
            name=name,
            version=self.text(top["version"][1], "'version'"),
            description=self.text(top["description"][1], "'description'"),
            source=self.text(top["source"][1], "'source'"),
            rules=rules,
            categories=_FrozenDict(categories),
            sha256=hashlib.sha256(raw).hexdigest(),
            path=None,
            off_topic=off_topic,
        )

    def flag(self, items: dict[str, tuple[Node, Node]], key: str, what: str) -> bool:
        """A true/false key of ``items`` (False when absent)."""
        if key not in items:
            return False
        node = items[key][1]
        if not (isinstance(node, ScalarNode) and node.tag == _TAG + "bool"):
            self.fail(node, f"'{key}' of {what} must be true or false")
        return bool(self.ctor.construct_object(node))

    def off_topic(self, node: Node) -> OffTopic:
        """``off_topic: {share: 0..1, min_sentences: N}`` (:class:`OffTopic`)."""
        what = "'off_topic'"
        items = self.mapping(node, what)
        self.check_keys(items, ("share", "min_sentences"), what)
        for key in ("share", "min_sentences"):
            if key not in items:
                self.fail(node, f"{what} needs '{key}'")
        snode, mnode = items["share"][1], items["min_sentences"][1]
        share = self.ctor.construct_object(snode) if isinstance(snode, ScalarNode) else None
        if snode.tag not in (_TAG + "float", _TAG + "int") or not 0 < share <= 1:
            self.fail(snode, f"the share of {what} must be a number above 0 and at most 1")
        least = self.ctor.construct_object(mnode) if isinstance(mnode, ScalarNode) else None
        if mnode.tag != _TAG + "int" or least < 1:
            self.fail(mnode, f"min_sentences of {what} must be a whole number of at least 1")
        return OffTopic(float(share), int(least))

    def categories(self, node: Node, lexicon: str) -> dict[str, Category]:
        if isinstance(node, ScalarNode) and node.tag == _TAG + "null":
            self.fail(node, "'categories' is empty")
        items = self.mapping(node, "'categories'")
        if not items:
            self.fail(node, "'categories' is empty")
        seen: dict[str, tuple[str, str]] = {}
        out: dict[str, Category] = {}
        self.references: list[tuple[Node, str]] = []
        for cname, (knode, vnode) in items.items():
            if not _NAME_RE.fullmatch(cname):
                self.fail(knode, f"category name '{cname}' must use only a-z, 0-9, '_' and '-'")
            out[cname] = self.category(cname, knode, vnode, lexicon, seen)
        for node, name in self.references:
            if name not in out and name not in ACTOR_EVIDENCE:
                self.fail(
                    node,
                    f"'{name}' is neither a category of this lexicon nor one of "
                    f"{', '.join(ACTOR_EVIDENCE)} (what the actor gazetteers find)",
                )
        return out

    def context(
        self, items: dict[str, tuple[Node, Node]], what: str, default: tuple[tuple[str, ...], ...]
    ) -> tuple[tuple[str, ...], ...]:
        """``(needs, not_with)`` of a category or pattern: lists of category names."""
        out = list(default)
        for k, key in enumerate(_CONTEXT_KEYS):
            if key not in items:
                continue
            node = items[key][1]
            entries = node.value if isinstance(node, SequenceNode) else [node]
            names = []
            for e in entries:
                name = self.text(e, f"an entry of '{key}' of {what}")
                if key == "needs" and "-" in name:
                    self.fail(e, f"'{name}' in 'needs' of {what}: '-' (unless) is for 'not_with'")
                if name.count("-") > 1 or ("-" in name and "+" in name):
                    self.fail(e, f"'{name}' in '{key}' of {what}: one '-' at most, without '+'")
                self.references.extend((e, part) for part in re.split(r"[+-]", name))
                names.append(name)
            out[k] = tuple(names)
        return tuple(out)

    def category(
        self,
        cname: str,
        knode: Node,
        node: Node,
        lexicon: str,
        seen: dict[str, tuple[str, str]],
    ) -> Category:
        what = f"category '{cname}'"
        if isinstance(node, ScalarNode) and node.tag == _TAG + "null":
            self.fail(knode, f"{what} is empty; give it a 'patterns' list")
        if isinstance(node, SequenceNode):  # shorthand: the value is the pattern list
            items: dict[str, tuple[Node, Node]] = {"patterns": (node, node)}
        else:
            items = self.mapping(node, what)
            self.check_keys(items, _CATEGORY_KEYS, what)
            if "patterns" not in items:
                self.fail(knode, f"{what} has no 'patterns' list")
        description = ""
        if "description" in items:
            description = self.text(items["description"][1], f"the description of {what}")
        direction = None
        if "direction" in items:
            dnode = items["direction"][1]
            direction = self.text(dnode, f"the direction of {what}")
            if direction not in DIRECTIONS:
                self.fail(
                    dnode,
                    f"{what} has direction '{direction}'; use 'escalation' or 'de-escalation' "
                    "(or omit it)",
                )
        weight = DEFAULT_WEIGHT
        if "weight" in items:
            weight = self.weight(items["weight"][1], f"the weight of {what}")
        evidence, topic = self.flag(items, "evidence", what), self.flag(items, "topic", what)
        vouches = self.flag(items, "vouches", what)
        if evidence and direction is not None:
            self.fail(items["evidence"][1], f"{what} is evidence, so it cannot have a direction")
        context = self.context(items, what, ((), ()))
        if evidence and "needs" in items:
            self.fail(items["needs"][1], f"{what} is evidence, so it cannot have 'needs'")
        pnode = items["patterns"][1]
        if isinstance(pnode, ScalarNode) and pnode.tag == _TAG + "null":
            self.fail(pnode, f"{what} has an empty pattern list")
        if not isinstance(pnode, SequenceNode):
            self.fail(pnode, f"the patterns of {what} must be a list, not {self.describe(pnode)}")
        if not pnode.value:
            self.fail(pnode, f"{what} has an empty pattern list")
        patterns = []
        for item in pnode.value:
            entry = self.pattern(item, cname, lexicon, direction, weight, context)
            if evidence and any(p.needs for p in entry):
                self.fail(item, f"an entry of {what} has 'needs', which evidence cannot have")
            for pat in entry:
                key = normalise_term(pat.pattern)
                key += f" [{pat.order}]" if pat.kind == "verb_object" else ""
                if key in seen:
                    other_cat, first = seen[key]
                    where = "twice in" if other_cat == cname else f"in category '{other_cat}' and"
                    self.fail(
                        item, f"pattern '{pat.pattern}' appears {where} {what} (first at {first})"
                    )
                seen[key] = (cname, self.locate(item))
                patterns.append(pat)
        return Category(
            cname, description, direction, weight, tuple(patterns), evidence, topic, vouches
        )

    def pattern(
        self,
        node: Node,
        cname: str,
        lexicon: str,
        direction: str | None,
        weight: float,
        context: tuple[tuple[str, ...], ...],
    ) -> list[Pattern]:
        """The patterns of one entry: a string, a verb–object mapping, or a ``pattern``
        mapping whose ``pattern`` may list several forms that share its settings."""
        what = f"a pattern in category '{cname}'"
        needs, not_with = context
        negated_only = False
        if isinstance(node, ScalarNode):
            written = [self.words(node, "pattern", cname)]
        else:
            if not isinstance(node, MappingNode):
                self.fail(node, f"{what} must be a string or a mapping, not {self.describe(node)}")
            items = self.mapping(node, what)
            if "verbs" in items or "objects" in items:
                return [self.verb_object(node, items, cname, lexicon, direction, weight, context)]
            self.check_keys(items, _PATTERN_KEYS, what)
            if "pattern" not in items:
                self.fail(node, f"{what} is a mapping without a 'pattern' key")
            fnode = items["pattern"][1]
            forms = fnode.value if isinstance(fnode, SequenceNode) else [fnode]
            if not forms:
                self.fail(fnode, f"{what} has an empty 'pattern' list")
            written = [self.words(f, "pattern", cname) for f in forms]
            name = written[0][0] if len(written) == 1 else f"[{', '.join(w for w, _ in written)}]"
            if "weight" in items:
                weight = self.weight(items["weight"][1], f"the weight of pattern '{name}'")
            needs, not_with = self.context(items, f"pattern '{name}'", context)
            negated_only = self.flag(items, "negated_only", f"pattern '{name}'")
        return [
            Pattern(
                w, pattern_kind(words), weight, cname, lexicon, direction,
                needs=needs, not_with=not_with, negated_only=negated_only,
            )
            for w, words in written
        ]  # fmt: skip

    def verb_object(
        self,
        node: Node,
        items: dict[str, tuple[Node, Node]],
        cname: str,
        lexicon: str,
        direction: str | None,
        weight: float,
        context: tuple[tuple[str, ...], ...],
    ) -> Pattern:
        what = f"a verb-object pattern in category '{cname}'"
        self.check_keys(items, _VO_KEYS, what)
        lists: dict[str, tuple[str, ...]] = {}
        for role in ("verbs", "objects"):
            if role not in items:
                self.fail(node, f"{what} has no '{role}' list")
            rnode = items[role][1]
            entries = rnode.value if isinstance(rnode, SequenceNode) else [rnode]
            if not entries:
                self.fail(rnode, f"{what} has an empty '{role}' list")
            written = [self.words(e, role[:-1], cname)[0] for e in entries]
            lists[role] = tuple(dict.fromkeys(" ".join(w.split()) for w in written))
        window = DEFAULT_WINDOW
        if "window" in items:
            wnode = items["window"][1]
            if not (isinstance(wnode, ScalarNode) and wnode.tag == _TAG + "int"):
                self.fail(
                    wnode,
                    f"the window of {what} must be a whole number, not {self.describe(wnode)}",
                )
            window = int(self.ctor.construct_object(wnode))
            if not 1 <= window <= MAX_WINDOW:
                self.fail(wnode, f"the window of {what} is {window}, outside 1..{MAX_WINDOW}")
        order = "verb-first"
        if "order" in items:
            onode = items["order"][1]
            order = self.text(onode, f"the order of {what}")
            if order not in ORDERS:
                self.fail(onode, f"the order of {what} is '{order}'; use 'verb-first' or 'any'")
        display = "|".join(lists["verbs"]) + " ... " + "|".join(lists["objects"])
        if "weight" in items:
            weight = self.weight(items["weight"][1], f"the weight of pattern '{display}'")
        needs, not_with = self.context(items, f"pattern '{display}'", context)
        return Pattern(
            display,
            "verb_object",
            weight,
            cname,
            lexicon,
            direction,
            verbs=lists["verbs"],
            objects=lists["objects"],
            window=window,
            order=order,
            needs=needs,
            not_with=not_with,
            negated_only=self.flag(items, "negated_only", f"pattern '{display}'"),
        )
