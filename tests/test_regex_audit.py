"""Regex audit: every compiled pattern in newsclean, checked for catastrophic backtracking.

The patterns are collected by importing every module of the package and walking its globals
(rule tables, their compiled alternations and any container or dataclass that holds a
pattern), plus the patterns written inline in calls such as ``regex.split(r"...", text)``.

Two checks:

* **Static** (:func:`risky_constructs`): a conservative parse of each pattern flags the shapes
  that backtrack exponentially: a repeated group whose body can match the same text in several
  ways because it holds an unbounded repeat that the rest of the body does not delimit
  (``(a+)+``, ``(\\w+\\s?)*``, ``(?:\\s*\\w+){0,6}``), and a repeated alternation whose branches
  overlap (``(?:\\w|\\d)+``, ``(?:a|ab|b)*``). A flagged construct that is safe goes in
  ``SAFE_CONSTRUCTS`` with the reason.
* **Dynamic**: each pattern searches adversarial strings (repeated words, spaces, digits,
  punctuation, ``'a' * n + '!'``, the pattern's own words repeated) of 30,000 characters, or of
  the longest input its call sites let through (``BOUNDED``); no single search may take a
  second. A hang is cut off by ``regex``'s timeout and, for ``re``, by SIGALRM.

What the static check allows with a reason rather than a proof runs in the package under a time
limit (``newsclean.patterns``); the tests at the end check that it does.
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import importlib
import inspect
import math
import pkgutil
import re
import signal
import string
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import ClassVar

import pytest
import regex

import newsclean
from newsclean import byline, timestamps, titles
from newsclean.rules import captions
from newsclean.segment import normalize_line

PATTERN_TYPES = (re.Pattern, regex.Pattern)
#: Modules that need an optional dependency (pandas, pyarrow, tqdm, dask): skipped when it is
#: missing; their patterns, if any, are not on the cleaning path.
OPTIONAL_MODULES = {"newsclean.frame", "newsclean.batch", "newsclean.formats"}

#: Length of the adversarial strings for a pattern with no bound on its input.
ADVERSARIAL_CHARS = 30_000
#: The most one search may take.
SECONDS_PER_SEARCH = 1.0
#: Past this a search is cut off (a hang must fail the test, not stall it).
CUTOFF_SECONDS = 10.0


# --- collecting the patterns ---------------------------------------------------------------------


@dataclass
class Found:
    """One distinct pattern (engine, source and flags) and every name it goes by."""

    pattern: re.Pattern[str] | regex.Pattern[str]
    names: list[str] = field(default_factory=list)
    #: The longest text the pattern is applied to, when its call sites bound it.
    bound: int | None = None

    @property
    def name(self) -> str:
        return self.names[0]


def _modules() -> Iterator[ModuleType]:
    yield newsclean
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if info.name == "newsclean.__main__":
            continue
        try:
            yield importlib.import_module(info.name)
        except ImportError:
            if info.name not in OPTIONAL_MODULES:
                raise


def _walk(value: object, name: str, seen: set[int], out: Callable[[object, str], None]) -> None:
    """Every pattern inside ``value`` (containers and dataclass instances), with its path."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, PATTERN_TYPES):
        out(value, name)
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(item, f"{name}[{key!r}]", seen, out)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for number, item in enumerate(value):
            _walk(item, f"{name}[{number}]", seen, out)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for each in dataclasses.fields(value):
            _walk(getattr(value, each.name), f"{name}.{each.name}", seen, out)


_INLINE_CALLS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall"}


def _inline_patterns(module: ModuleType) -> Iterator[tuple[object, str]]:
    """Patterns written in calls such as ``regex.split(r"...", text)`` inside functions."""
    path = getattr(module, "__file__", None)
    if not path or not path.endswith(".py"):
        return
    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    functions = {
        id(inner): outer.name
        for outer in ast.walk(tree)
        if isinstance(outer, (ast.FunctionDef, ast.AsyncFunctionDef))
        for inner in ast.walk(outer)
    }
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in {"re", "regex"}
            and node.func.attr in _INLINE_CALLS
            and node.args
            and isinstance(node.args[0], (ast.Constant, ast.JoinedStr))
        ):
            continue
        engine = re if node.func.value.id == "re" else regex
        source = eval(  # an f-string pattern is built from the module's constants
            compile(ast.Expression(node.args[0]), path, "eval"), vars(module)
        )
        flags = 0
        for keyword in node.keywords:
            if keyword.arg == "flags":
                flags = eval(compile(ast.Expression(keyword.value), path, "eval"), vars(module))
        if isinstance(source, str):
            where = functions.get(id(node), "<module>")
            yield engine.compile(source, flags), f"{module.__name__}.{where}() inline"


def collect_patterns() -> list[Found]:
    found: dict[tuple[type, str, int], Found] = {}

    def add(pattern: object, name: str) -> None:
        assert isinstance(pattern, PATTERN_TYPES)
        if isinstance(pattern.pattern, bytes):
            return  # the charset sniffer's pattern reads at most DECLARATION_WINDOW bytes
        key = (type(pattern), pattern.pattern, pattern.flags)
        found.setdefault(key, Found(pattern)).names.append(name)

    for module in _modules():
        seen: set[int] = set()
        for name, value in vars(module).items():
            if not inspect.ismodule(value) and not name.startswith("__"):
                _walk(value, f"{module.__name__}.{name}", seen, add)
        for pattern, name in _inline_patterns(module):
            add(pattern, name)
    _bound_rule_tables(found)
    return sorted(found.values(), key=lambda each: each.name)


def _bound_rule_tables(found: dict[tuple[type, str, int], Found]) -> None:
    """Rule patterns (the families' and the citation lines', and a guarded rule's head) are only
    tried on blocks of at most the rule's ``max_chars`` (and each joined alternation, and its
    guarded rules' joined heads, on blocks within its group's length bound)."""
    from newsclean.rules import _TABLES, FAMILIES, sources

    bounds: dict[int, int] = {}
    for rules in (*(family.RULES for family in FAMILIES), sources.CITATIONS):
        for rule in rules:
            bounds[id(rule.compiled)] = rule.max_chars
            if rule.compiled_head is not None:
                bounds[id(rule.compiled_head)] = rule.max_chars
    for bound, insensitive, sensitive in _TABLES.anchored:
        for alternation in (insensitive, sensitive):
            for pattern in (alternation.pattern, alternation.guarded_heads):
                if pattern is not None:
                    bounds[id(pattern)] = bound
    for each in found.values():
        if id(each.pattern) in bounds:
            each.bound = bounds[id(each.pattern)]


# --- patterns whose call sites bound their input -------------------------------------------------


@dataclass(frozen=True)
class Bound:
    chars: int
    reason: str
    #: What the call sites do to a text before the pattern sees it.
    prepare: Callable[[str], str] = lambda text: text
    #: ``match`` (or ``fullmatch``) when every call site anchors the pattern.
    method: str = "search"


_BYLINE_REASON = (
    "byline.py reads only short lines: match_byline() lines of at most BYLINE_MAX_CHARS (160) "
    "or AUTHOR_NOTE_MAX_CHARS (400) for an author note, is_name_line() 80, is_agency_line() 60, "
    "and parse_byline()/split_names() what those matched"
)

#: Patterns that are slow on long adversarial text (most are quadratic when searched from every
#: position: a leading ``\\s*``, ``\\d+`` or name run) but are never given such text: each entry
#: says which bound its call sites enforce. The dynamic test searches at that bound.
BOUNDED: dict[str, Bound] = {
    **{
        f"newsclean.{name}": Bound(byline.AUTHOR_NOTE_MAX_CHARS, _BYLINE_REASON)
        for name in (
            "dated_names._AGE",
            "byline._BRACKETED_ROLE",
            "byline._BYLINE_OPENING",
            "byline._BYLINE_SEPARATOR",
            "byline._BYLINE_TAIL",
            "byline._INLINE_BY",
            "dated_names._NAME_THEN_DATE",
            "dated_names._NAME_THEN_WEEKDAY",
            "byline._ROLE_LINE",
            "byline._ROLE_MARKER",
            "dated_names._RUN_IN_WHEN",
            "credits.AUTHOR_NOTE",
            "credits.CONTACT",
            "credits.CONTRIBUTORS",
            "credits._LABEL_SEGMENT",
            "credits._LABEL_SEPARATOR",
            "names._AGENCY_LINE",
            "names.IN_PLACE",
            "names._NAME_SEPARATOR",
            "names._CONTACT",
        )
    },
    "newsclean.dateline._PLACE_DASH": Bound(
        ADVERSARIAL_CHARS,
        "dateline._first_dateline() only calls pattern.match() (anchored at the paragraph's "
        "start, linear per call); search() from every position is what would be quadratic",
        method="match",
    ),
    "newsclean.dateline._NOT_A_PLACE": Bound(
        ADVERSARIAL_CHARS,
        "_is_place() only calls fullmatch(), anchored at both ends",
        method="fullmatch",
    ),
    "newsclean.dated_names._DATE_THEN_NAME": Bound(
        ADVERSARIAL_CHARS,
        "name_before_date() only calls fullmatch(), anchored at both ends (search() from every "
        "position tries each lazy 4-50 character date: 0.6 s on 30,000 digits, near the limit)",
        method="fullmatch",
    ),
    "newsclean.timestamps._RELATIVE_AGE": Bound(
        timestamps.TIMESTAMP_MAX_CHARS,
        "only is_timestamp_line() uses it, on lines of at most TIMESTAMP_MAX_CHARS",
    ),
    "newsclean.rules.captions._CREDIT_LINE": Bound(
        captions.CREDIT_MAX_CHARS,
        "only is_credit_line() uses it, on lines of at most CREDIT_MAX_CHARS",
    ),
    "newsclean.titles._SITE_SUFFIX": Bound(
        titles.SUFFIX_WINDOW,
        "strip_site_suffix() searches only a title's last SUFFIX_WINDOW characters (a whole "
        "40 KB line took 13 s before that window)",
    ),
    "newsclean.webpage.metadata.split_author_names() inline": Bound(
        ADVERSARIAL_CHARS,
        "split_author_names() gets names through clean_author_name(), whose normalize_line() "
        "collapses each whitespace run to one space (on raw runs of spaces it is quadratic)",
        prepare=normalize_line,
    ),
}


def _bound_of(found: Found) -> Bound | None:
    for name in found.names:
        if name in BOUNDED:
            return BOUNDED[name]
    return None


PATTERNS = collect_patterns()


def test_the_audit_finds_the_patterns():
    names = {name for found in PATTERNS for name in found.names}
    assert len(PATTERNS) > 100
    assert "newsclean.titles._SITE_SUFFIX" in names
    assert any(name.startswith("newsclean.rules._TABLES.anchored") for name in names)
    assert "newsclean.webpage.metadata.split_author_names() inline" in names
    assert sum(found.bound is not None for found in PATTERNS) > 50


def test_every_bounded_entry_names_a_pattern():
    names = {name for found in PATTERNS for name in found.names}
    assert not set(BOUNDED) - names


# --- static check: nested quantifiers and overlapping alternations -----------------------------

#: Characters a character class is tested on: ASCII, whitespace of every kind, letters of
#: several scripts, typographic punctuation, an emoji.
ALPHABET = frozenset(
    string.printable
    + "\x00\x1c\x85\xa0\u2009\u200b\u3000"
    + "éÉßçñøæŒяЯжЖαΩ中文한글アا١٣"
    + "‘’“”—–―•…·«»€£©®°😀"
)
_UNBOUNDED = math.inf


@dataclass
class Node:
    kind: str  # atom, empty, seq, alt, group, look, atomic, repeat
    start: int
    end: int
    children: tuple[Node, ...] = ()
    chars: frozenset[str] = frozenset()
    low: int = 1
    high: float = 1
    possessive: bool = False


_CHARS_CACHE: dict[tuple[str, int], frozenset[str]] = {}


def _chars_of(source: str, flags: int) -> frozenset[str]:
    """The characters of ALPHABET that one atom (``\\w``, ``[^)]``, ``x``) matches."""
    key = (source, flags)
    if key not in _CHARS_CACHE:
        try:
            atom = regex.compile(source, flags | regex.V0)
            _CHARS_CACHE[key] = frozenset(ch for ch in ALPHABET if atom.fullmatch(ch))
        except regex.error:
            _CHARS_CACHE[key] = ALPHABET  # unknown: assume the worst
    return _CHARS_CACHE[key]


class _Parser:
    """A recursive-descent parser for the syntax newsclean's patterns use (``re`` and
    ``regex``): groups of every kind, scoped and global inline flags, classes with ``\\p{..}``
    and POSIX names, escapes, greedy, lazy and possessive quantifiers, verbose mode."""

    _FLAG_BITS: ClassVar[dict[str, int]] = {
        "i": regex.IGNORECASE,
        "s": regex.DOTALL,
        "x": regex.VERBOSE,
    }

    def __init__(self, source: str, flags: int) -> None:
        self.source = source
        self.at = 0
        self.flags = flags & (regex.IGNORECASE | regex.DOTALL | regex.VERBOSE)

    def parse(self) -> Node:
        node = self.alternation()
        if self.at != len(self.source):
            raise ValueError(f"unbalanced ')' at {self.at}")
        return node

    def peek(self, ahead: int = 0) -> str:
        position = self.at + ahead
        return self.source[position] if position < len(self.source) else ""

    def skip_verbose(self) -> None:
        while self.flags & regex.VERBOSE and self.peek():
            if self.peek().isspace():
                self.at += 1
            elif self.peek() == "#":
                end = self.source.find("\n", self.at)
                self.at = len(self.source) if end < 0 else end
            else:
                return

    def alternation(self) -> Node:
        start = self.at
        branches = [self.sequence()]
        while self.peek() == "|":
            self.at += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else Node("alt", start, self.at, tuple(branches))

    def sequence(self) -> Node:
        start = self.at
        items: list[Node] = []
        while True:
            self.skip_verbose()
            if self.peek() in ("", "|", ")"):
                break
            item = self.atom()
            if item is not None:
                items.append(self.quantified(item))
        return Node("seq", start, self.at, tuple(items))

    def atom(self) -> Node | None:
        start, char = self.at, self.peek()
        if char == "(":
            return self.group()
        if char == "[":
            return self.char_class()
        if char == "\\":
            return self.escape()
        self.at += 1
        if char in "^$":
            return Node("empty", start, self.at)
        return self.leaf(start)

    def leaf(self, start: int, chars: frozenset[str] | None = None) -> Node:
        source = self.source[start : self.at]
        if chars is None:
            chars = _chars_of(source, self.flags & ~regex.VERBOSE)
        return Node("atom", start, self.at, chars=chars)

    def escape(self) -> Node:
        start = self.at
        letter = self.peek(1)
        self.at += 2
        if letter in "bBAZzGmM":
            return Node("empty", start, self.at)
        if letter in "pPN" and self.peek() == "{":
            self.at = self.source.index("}", self.at) + 1
        elif letter in "pP":
            self.at += 1
        elif letter == "x":
            self.at += 2
        elif letter == "u":
            self.at += 4
        elif letter == "U":
            self.at += 8
        elif letter in "gk" and self.peek() == "<":
            self.at = self.source.index(">", self.at) + 1
            return self.leaf(start, ALPHABET)  # a back-reference: anything
        elif letter.isdigit() and letter != "0":
            return self.leaf(start, ALPHABET)
        return self.leaf(start)

    def char_class(self) -> Node:
        start = self.at
        self.at += 1
        if self.peek() == "^":
            self.at += 1
        if self.peek() == "]":
            self.at += 1
        while self.peek() != "]":
            if self.peek() == "\\":
                self.at += 2
                if self.source[self.at - 1] in "pPN" and self.peek() == "{":
                    self.at = self.source.index("}", self.at) + 1
            elif self.source.startswith("[:", self.at):
                self.at = self.source.index(":]", self.at) + 2
            elif not self.peek():
                raise ValueError("unterminated character class")
            else:
                self.at += 1
        self.at += 1
        return self.leaf(start)

    def group(self) -> Node | None:
        start = self.at
        self.at += 1
        kind = "group"
        saved = self.flags
        rest = self.source[self.at :]
        if rest.startswith("?"):
            if rest.startswith("?:"):
                self.at += 2
            elif rest.startswith("?P<") or (rest.startswith("?<") and rest[2:3] not in "=!"):
                self.at = self.source.index(">", self.at) + 1
            elif rest.startswith("?P="):
                self.at = self.source.index(")", self.at) + 1
                return self.leaf(start, ALPHABET)
            elif rest.startswith(("?=", "?!")):
                kind, self.at = "look", self.at + 2
            elif rest.startswith(("?<=", "?<!")):
                kind, self.at = "look", self.at + 3
            elif rest.startswith("?>"):
                kind, self.at = "atomic", self.at + 2
            elif rest.startswith("?#"):
                self.at = self.source.index(")", self.at) + 1
                return None
            else:
                flags = re.match(r"\?([a-zA-Z0-9]*)(?:-([a-zA-Z]*))?([:)])", rest)
                if flags is None:
                    raise ValueError(f"unknown group syntax at {start}")
                self.at += flags.end()
                for letter in flags.group(1):
                    self.flags |= self._FLAG_BITS.get(letter, 0)
                for letter in flags.group(2) or "":
                    self.flags &= ~self._FLAG_BITS.get(letter, 0)
                if flags.group(3) == ")":
                    return None  # flags for the rest of the enclosing group
        body = self.alternation()
        if self.peek() != ")":
            raise ValueError(f"unterminated group at {start}")
        self.at += 1
        self.flags = saved
        return Node(kind, start, self.at, (body,))

    def quantified(self, item: Node) -> Node:
        self.skip_verbose()
        char = self.peek()
        if char in ("*", "+", "?"):
            low, high = {"*": (0, _UNBOUNDED), "+": (1, _UNBOUNDED), "?": (0, 1)}[char]
            self.at += 1
        elif char == "{":
            braces = re.match(r"\{(\d*)(,?)(\d*)\}", self.source[self.at :])
            if braces is None or not (braces.group(1) or braces.group(2)):
                return item  # a literal brace
            low = int(braces.group(1) or 0)
            high = int(braces.group(3)) if braces.group(3) else _UNBOUNDED
            if not braces.group(2):
                high = low
            self.at += braces.end()
        else:
            return item
        possessive = self.peek() == "+"
        if self.peek() in ("?", "+"):
            self.at += 1
        return Node(
            "repeat", item.start, self.at, (item,), low=low, high=high, possessive=possessive
        )


def parse(pattern: re.Pattern[str] | regex.Pattern[str]) -> Node:
    return _Parser(pattern.pattern, pattern.flags).parse()


def nullable(node: Node) -> bool:
    """True when the node can match the empty string."""
    if node.kind == "atom":
        return False
    if node.kind in ("empty", "look"):
        return True
    if node.kind == "repeat":
        return node.low == 0 or nullable(node.children[0])
    if node.kind == "alt":
        return any(nullable(child) for child in node.children)
    return all(nullable(child) for child in node.children)


def chars(node: Node) -> frozenset[str]:
    """Every character the node can consume (lookarounds consume none)."""
    if node.kind == "atom":
        return node.chars
    if node.kind in ("empty", "look"):
        return frozenset()
    return frozenset().union(*(chars(child) for child in node.children))


def walk(node: Node, *, into_guarded: bool = True) -> Iterator[Node]:
    """The node and its descendants; without ``into_guarded``, not into lookarounds, atomic
    groups or possessive repeats (they give up no alternatives on backtracking)."""
    yield node
    guarded = node.kind in ("look", "atomic") or (node.kind == "repeat" and node.possessive)
    if guarded and not into_guarded:
        return
    for child in node.children:
        yield from walk(child, into_guarded=into_guarded)


def _unwrap(node: Node) -> Node:
    while node.kind == "group" or (node.kind == "seq" and len(node.children) == 1):
        node = node.children[0]
    return node


def _branches(body: Node) -> list[list[Node]]:
    """The repeated body as alternatives, each a list of sequence elements."""
    body = _unwrap(body)
    alternatives = body.children if body.kind == "alt" else (body,)
    result = []
    for alternative in alternatives:
        alternative = _unwrap(alternative)
        result.append(list(alternative.children) if alternative.kind == "seq" else [alternative])
    return result


def _literal(node: Node) -> str | None:
    """The text a branch of single characters matches, or None when it is not a literal."""
    elements = [_unwrap(node)]
    if elements[0].kind == "seq":
        elements = list(elements[0].children)
    text = []
    for element in elements:
        if element.kind == "empty":
            continue
        if element.kind != "atom" or len(element.chars) != 1:
            return None
        text.append(next(iter(element.chars)))
    return "".join(text)


def uniquely_decodable(words: list[str]) -> bool:
    """Sardinas-Patterson: whether every concatenation of the words splits one way only."""
    code = set(words)
    if len(code) < len(words) or "" in code:
        return False
    dangling = {b[len(a) :] for a in code for b in code if a != b and b.startswith(a)}
    seen: set[frozenset[str]] = set()
    while dangling:
        if dangling & code or "" in dangling:
            return False
        frozen = frozenset(dangling)
        if frozen in seen:
            return True
        seen.add(frozen)
        dangling = {w[len(s) :] for s in dangling for w in code if w.startswith(s)} | {
            s[len(w) :] for s in dangling for w in code if s.startswith(w)
        }
    return True


def _overlapping_alternation(body: Node) -> bool:
    alternation = _unwrap(body)
    if alternation.kind != "alt":
        return False
    branches = [_unwrap(branch) for branch in alternation.children]
    literals = [_literal(branch) for branch in branches]
    if all(literal is not None for literal in literals):
        return not uniquely_decodable([lit for lit in literals if lit is not None])
    single = [
        branch
        for branch in branches
        if branch.kind == "atom" or (branch.kind == "repeat" and branch.children[0].kind == "atom")
    ]
    return any(
        chars(a) & chars(b) and (a.kind == "repeat" or b.kind == "repeat" or a is not b)
        for number, a in enumerate(single)
        for b in single[number + 1 :]
    )


def risky_constructs(pattern: re.Pattern[str] | regex.Pattern[str]) -> list[str]:
    """The repeated constructs of the pattern that may backtrack exponentially, as written."""
    tree = parse(pattern)
    found: list[str] = []
    for outer in walk(tree, into_guarded=False):
        if outer.kind != "repeat" or outer.high <= 1 or outer.possessive:
            continue
        risky = _overlapping_alternation(outer.children[0])
        for branch in _branches(outer.children[0]):
            for number, element in enumerate(branch):
                mandatory = [
                    other for k, other in enumerate(branch) if k != number and not nullable(other)
                ]
                for inner in walk(element, into_guarded=False):
                    if inner.kind != "repeat" or inner.high != _UNBOUNDED or inner.possessive:
                        continue
                    consumed = chars(inner)
                    # Each repetition of the outer group needs a character the inner repeat
                    # cannot take, unless every other mandatory part can be taken by it too.
                    if all(chars(other) & consumed for other in mandatory):
                        risky = True
        if risky:
            found.append(pattern.pattern[outer.start : outer.end])
    return found


@dataclass(frozen=True)
class Safe:
    reason: str
    #: Units that pump the construct's ambiguity: the dynamic test repeats each of them too.
    pumps: tuple[str, ...]


_WORD_RUN = (
    "each repetition must take one of the listed words, and the words are a uniquely decodable "
    "code even with a space counted as a word (Sardinas-Patterson, checked by hand with "
    "uniquely_decodable): a text splits into them one way; what is left is how a run of spaces "
    "splits between the two \\s*, and blocks hold single spaces"
)

#: Constructs the static check flags that do not backtrack catastrophically where they are
#: used. The key is the start of the construct as written.
SAFE_CONSTRUCTS: dict[str, Safe] = {
    "(?:[-_]\\w+)*": Safe(
        "Options(language=...) validation: the caller's option, not page text, and run by "
        "`regex`, whose repeat guards keep it linear ('_a' splits two ways per pair: under "
        "`re`, 'en' + '_a' * 22 + '!' takes 0.2 s and quadruples every two pairs)",
        ("_a", "-a_", "_"),
    ),
    "(?:\\s*[|•·,/]?\\s*(?:facebook|": Safe(
        f"share.network-row (blocks of at most 120 characters): {_WORD_RUN}",
        ("facebook ", "e-mail email mail ", "copy link ", "x", "twitter | "),
    ),
    "(?:\\s*[|•·,/]?\\s*(?:\\d[\\d,.]*": Safe(
        "share.share-bar (blocks of at most 160 characters): a repetition is a count phrase or a "
        "network word; the only ambiguity is where a digit run splits between two phrases "
        "('shares 1212 shares'), (d-1)^k ways for k runs of d digits, a few thousand within 160 "
        "characters",
        ("shares 11111 ", "12 shares ", "share on facebook ", "1,2.3 k likes "),
    ),
    "(?:(?:privacy(?: policy": Safe(
        f"navigation.footer-links (blocks of at most 200 characters): {_WORD_RUN}",
        ("privacy policy ", "terms of use | ", "site map sitemap ", "about us "),
    ),
    "(?:[\\s/,-]+(?:REUTERS|": Safe(
        "captions._CREDIT_LINE (lines of at most CREDIT_MAX_CHARS, 100): 'Getty Images' and "
        "'EPA-EFE' read as one agency or two, so k of them split 2^k ways, at most about 2^8 in "
        "100 characters",
        (" Getty Images", "-EPA-EFE", " Getty", " Zuma Press"),
    ),
    "(?:[\\s/,-]+(?:(?:REUTERS|": Safe(
        "captions._CREDIT_LINE, the same agency run after 'via' or 'Pool': as above",
        (" Getty Images", "-EPA-EFE", " via Getty Images"),
    ),
}


def _safe_entry(construct: str) -> str | None:
    return next((key for key in SAFE_CONSTRUCTS if construct.startswith(key)), None)


def test_the_static_check_flags_the_classic_shapes():
    for risky in [r"(a+)+$", r"(\w+\s?)*$", r"(?:\s*\w+){0,6}x", r"(?:\w|\d)+!", r"(?:a|ab|b)*c"]:
        assert risky_constructs(re.compile(risky)), risky
    for safe in [
        r"(?:, \w+)*",
        r"(?:\s+\p{Lu}\w+){1,3}",
        r"(?:(?:with|and)\s+)*by",
        r"(?:ab|cd)+",
        r"(?>\w+\s?)*",
        r"(?:\w++\s?)*",
        r"[a-z]+(?:-[a-z]+)*",
    ]:
        assert not risky_constructs(regex.compile(safe)), safe


def test_every_pattern_parses():
    for found in PATTERNS:
        parse(found.pattern)


def test_no_pattern_nests_quantifiers_ambiguously():
    flagged: dict[str, list[str]] = {}
    for found in PATTERNS:
        for construct in risky_constructs(found.pattern):
            if _safe_entry(construct) is None:
                flagged.setdefault(construct, []).append(found.name)
    assert not flagged, "\n".join(
        f"{construct!r} in {', '.join(names[:3])}" for construct, names in flagged.items()
    )


def test_every_safe_construct_is_still_flagged_somewhere():
    used = {
        _safe_entry(construct)
        for found in PATTERNS
        for construct in risky_constructs(found.pattern)
    }
    assert not set(SAFE_CONSTRUCTS) - used


# --- dynamic check: adversarial strings ---------------------------------------------------------


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def adversarial_strings(pattern: re.Pattern[str] | regex.Pattern[str], size: int) -> list[str]:
    """Strings that make backtracking patterns work hardest, of ``size`` characters, each ending
    in a character that spoils a match at the end."""
    body = size - 1
    units = [
        "a",
        "A",
        "é",
        " ",
        "\u00a0 ",
        "\n",
        "1",
        "1 ",
        "1, ",
        "-",
        ". ",
        ".,;:!?-|/",
        "word ",
        "Jane Doe ",
        "MOSCOW ",
        "By ",
        "aA1 .,\n",
        "Nov 18, 2013 ",
    ]
    words = list(dict.fromkeys(re.findall(r"[a-z]{2,}", pattern.pattern.lower())))[:4]
    units += [f"{word} " for word in words] + [word.capitalize() for word in words]
    if words:
        units.append(" ".join(words) + " ")
    for construct in risky_constructs(pattern):
        entry = _safe_entry(construct)
        if entry is not None:
            pumps = SAFE_CONSTRUCTS[entry].pumps
            units += [*pumps, *(pump.lower() for pump in pumps)]
    return [_repeated(unit, body) + "\x00" for unit in units] + ["a" * body + "!"]


class _Overtime(Exception):
    pass


@contextlib.contextmanager
def _cutoff(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` with SIGALRM (``re`` checks for signals while it
    matches); without SIGALRM or off the main thread, no cutoff."""
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def ring(signum: int, frame: object) -> None:
        raise _Overtime

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timed_search(pattern: re.Pattern[str] | regex.Pattern[str], text: str, method: str) -> float:
    """Seconds one search (or match) takes; ``CUTOFF_SECONDS`` when it had to be cut off."""
    call = getattr(pattern, method)
    options = {"timeout": CUTOFF_SECONDS} if isinstance(pattern, regex.Pattern) else {}
    begin = time.perf_counter()
    try:
        with _cutoff(CUTOFF_SECONDS):
            call(text, **options)
    except (_Overtime, TimeoutError):
        return CUTOFF_SECONDS
    return time.perf_counter() - begin


@pytest.mark.parametrize("found", PATTERNS, ids=[found.name for found in PATTERNS])
def test_pattern_is_fast_on_adversarial_strings(found):
    bound = _bound_of(found)
    size = min(found.bound or ADVERSARIAL_CHARS, bound.chars if bound else ADVERSARIAL_CHARS)
    prepare = bound.prepare if bound else (lambda text: text)
    method = bound.method if bound else "search"
    slow = {}
    for text in adversarial_strings(found.pattern, size):
        seconds = timed_search(found.pattern, prepare(text), method)
        if seconds > SECONDS_PER_SEARCH:
            slow[repr(text[:24]) + "..."] = round(seconds, 2)
    assert not slow, f"{method}() of {size:,} characters took over {SECONDS_PER_SEARCH} s: {slow}"


# --- the backstop: what the audit allows with a reason runs under the time limit ----------------


def _allowed() -> list[Found]:
    """The patterns holding a construct of ``SAFE_CONSTRUCTS``, joined alternations aside (they
    must not hold one: see the test below)."""
    return [found for found in PATTERNS if risky_constructs(found.pattern)]


def test_every_allowed_construct_is_matched_under_the_time_limit(monkeypatch):
    """Each pattern the audit allows with a reason is a ``regex`` pattern that the package
    matches only through ``newsclean.patterns.fullmatch``, with ``Options.pattern_timeout``:
    text that reaches each of them is cleaned with a spy on the helper."""
    from newsclean import Options, clean, patterns

    seen: dict[tuple[str, int], set[float]] = {}
    real = patterns.fullmatch

    def spy(pattern, text, **how):
        seen.setdefault((pattern.pattern, pattern.flags), set()).add(how["timeout"])
        return real(pattern, text, **how)

    monkeypatch.setattr(patterns, "fullmatch", spy)
    options = Options(language="en-GB", pattern_timeout=0.75)
    # Short blocks that start with a guarded rule's head (and that no earlier rule takes) reach
    # it; a credit-like line reaches the credit line's pattern.
    blocks = ["facebook fans", "12 shares later", "privacy matters", "Photo: Getty Images"]
    clean("\n\n".join(["Officials met on Monday.", *blocks]), options=options)
    allowed = _allowed()
    assert {"newsclean.options._LANGUAGE_TAG", "newsclean.rules.captions._CREDIT_LINE"} <= {
        name for found in allowed for name in found.names
    }
    for found in allowed:
        assert isinstance(found.pattern, regex.Pattern), found.names
        key = (found.pattern.pattern, found.pattern.flags)
        assert seen.get(key) == {0.75}, found.names


def test_no_joined_alternation_holds_an_allowed_construct():
    """The rule tables' alternations run on ``re``, without a time limit: guarded rules stay out
    of them."""
    assert not [name for found in _allowed() for name in found.names if name.endswith(".pattern")]


def _first_element_spans(node: Node) -> Iterator[tuple[int, int]]:
    """The spans of the nodes every match of ``node`` starts with: the node itself, then
    through groups, mandatory repeats and the first element of a sequence (lookarounds and
    anchors before it aside), down to an atom or an alternation."""
    while True:
        yield node.start, node.end
        if node.kind in ("group", "atomic") or (node.kind == "repeat" and node.low >= 1):
            node = node.children[0]
        elif node.kind == "seq":
            consuming = [child for child in node.children if child.kind not in ("empty", "look")]
            if not consuming or nullable(consuming[0]):
                return
            node = consuming[0]
        else:
            return


def test_every_guarded_rules_head_is_the_start_of_its_pattern():
    """``Rule.head`` is tried with ``re.match`` before the timed match: it must be what every
    match of the pattern starts with, or the pre-check would turn matches away."""
    from newsclean.rules import FAMILIES

    guarded = [rule for family in FAMILIES for rule in family.RULES if rule.guarded]
    assert len(guarded) == 3
    for rule in guarded:
        assert rule.head, rule.name
        spans = _first_element_spans(parse(rule.compiled))
        assert rule.head in [rule.pattern[start:end] for start, end in spans], rule.name
