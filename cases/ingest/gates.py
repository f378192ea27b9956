"""Literal gates: skip a regular expression's scan when the text lacks a word every
match must contain.

Most of extraction's time went to scanning clauses with patterns that do not match
them: several hundred patterns, each a few microseconds a clause. Every match of
`\\bwritten warnings?\\b` contains "written warning"; every match of
`\\b(?:dismissed|sacked)\\b` contains "dismissed" or "sacked". `required_words` reads
such words off a pattern's parse tree, and `Gated` wraps the compiled pattern: when
none of the words is in the text (word_index.py reads which are, once per text met
often), it answers "no match" without running the regex engine; otherwise it runs the
pattern itself (compiled to be scanned fast, scanning.py), so an answer never differs
(tests/ingest/test_gates.py checks it over the pattern tables and generated matches).
`gate_patterns` wraps every compiled pattern of the extraction modules once they are
imported, so that the rule modules stay plain `re.compile` tables.

What it must not do: change any answer. A word is taken only where the parse tree
leaves no doubt that a match contains it (a literal run, a branch whose every
alternative contains one, a group repeated at least once); anything else — classes,
lookarounds, optional parts, non-ASCII letters under IGNORECASE — gives no word.
"""

from __future__ import annotations

import re
import sys
from re import _constants as c  # the parser's opcodes: stable since Python 3.11
from re import _parser

from cases.ingest.scanning import scanned, within
from cases.ingest.word_index import INDEX, TEXTS, TEXTS_KEPT, WORTH_INDEXING, fold

__all__ = ["Gated", "fold", "gate_patterns", "required_words"]

# A word shorter than this is in nearly every clause: gating on it costs more than
# it saves.
_MIN_WORD = 3

Words = frozenset[tuple[str, bool]]  # (word, compared folded); any one must be present


def required_words(pattern: re.Pattern[str]) -> Words | None:
    """Words of which every match of `pattern` contains at least one, or None when
    the parse tree promises none worth checking."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern the parser reads differently: no gate
        return None
    words = _sequence(parsed, bool(parsed.state.flags & re.IGNORECASE))
    if words is None:
        return None
    words = _fewest(words)
    return words if all(map(_worth_checking, words)) else None


def _worth_checking(word: tuple[str, bool]) -> bool:
    """Whether a word is rare enough to gate on: a few letters, punctuation, or
    capitals compared as they are ("PC")."""
    text, folds = word
    return (
        len(text) >= _MIN_WORD
        or not text.replace(" ", "").isalnum()
        or (not folds and not text.islower())
    )


def _fewest(words: Words) -> Words:
    """The same requirement in fewer checks: capitalisations of one ASCII word are
    checked once, folded ("Jan", "JAN" → "jan"), and a word holding another ("sept"
    holds "sep") adds nothing to it."""
    if len(words) > 2:
        words = frozenset(
            (text.lower(), True)
            if text.isascii() and _worth_checking((text.lower(), True))
            else (text, folds)
            for text, folds in words
        )
    return frozenset(
        (text, folds)
        for text, folds in words
        if not any(
            other != text and other in text and other_folds == folds
            for other, other_folds in words
        )
    )


def _sequence(items, ignorecase: bool) -> Words | None:
    """The best requirement of a sequence: its longest literal run, or an item's."""
    candidates: list[Words] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            candidates.append(frozenset({("".join(run), ignorecase)}))
            run.clear()

    for op, av in items:
        if op is c.LITERAL and (not ignorecase or av < 128):
            run.append(chr(av).lower() if ignorecase else chr(av))
            continue
        end_run()
        words = _item(op, av, ignorecase)
        if words is not None:
            candidates.append(words)
    end_run()
    if not candidates:
        return None
    return max(candidates, key=lambda w: (min(len(s) for s, _ in w), -len(w)))


def _item(op, av, ignorecase: bool) -> Words | None:
    if op is c.SUBPATTERN:
        return _sequence(av[3], within(av, ignorecase))
    if op is c.ATOMIC_GROUP:
        return _sequence(av, ignorecase)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _sequence(body, ignorecase) if low >= 1 else None
    if op is c.BRANCH:
        union: set[tuple[str, bool]] = set()
        for branch in av[1]:
            words = _sequence(branch, ignorecase)
            if words is None:
                return None
            union |= words
        return frozenset(union)
    return None  # a class, an anchor, a lookaround, a back-reference: no word


def _scanning(name: str, nothing=None):
    """The method `name` of a gated pattern: the pattern's own, after the gate, or
    `nothing()` where the text lacks every word. The gate's common case, an indexed
    text, is read here rather than in `_may_match`: a call fewer on every scan."""
    scan = getattr(re.Pattern, name)

    def method(self, text, *window):
        found = TEXTS.get(text)
        if found.__class__ is tuple and not window:
            held = found[0]
            if held & self._whole or (
                (held & self._pieces or self._always)
                and self._holds_other(text, found[1])
            ):
                return scan(self._pattern, text)
        elif window or self._met_again(text, found):
            return scan(self._pattern, text, *window)
        return None if nothing is None else nothing()

    method.__name__ = name
    return method


class Gated:
    """A compiled pattern that first checks its required words; otherwise the same.
    Only a whole text is gated: a search from a position is passed straight on."""

    __slots__ = (
        "_always",
        "_exact",
        "_folded",
        "_others",
        "_pattern",
        "_pieces",
        "_source",
        "_whole",
        "flags",
        "groupindex",
        "groups",
    )

    def __init__(self, pattern: re.Pattern[str], words: Words) -> None:
        self._source = pattern
        self._pattern = scanned(pattern)
        self._exact = tuple(sorted(word for word, folds in words if not folds))
        self._folded = tuple(sorted(word for word, folds in words if folds))
        # The index's bits of the words without spaces (their bit decides), of the
        # longest piece of each other word (needed before looking for it), and those
        # other words, looked for as they are.
        self._whole = self._pieces = 0
        self._always = False  # a word of spaces only: always looked for
        others: list[tuple[str, bool]] = []
        for word, folds in sorted(words):
            pieces = word.split()
            if pieces == [word]:
                self._whole |= INDEX.bit(word, folds)
                continue
            others.append((word, folds))
            if pieces:
                self._pieces |= INDEX.bit(max(pieces, key=len), folds)
            else:
                self._always = True
        self._others = tuple(others)
        self.flags = pattern.flags
        self.groups = pattern.groups
        self.groupindex = pattern.groupindex

    @property
    def pattern(self) -> str:
        return self._source.pattern

    def __repr__(self) -> str:
        return f"Gated({self._source!r})"

    def _may_match(self, text: str) -> bool:
        found = TEXTS.get(text)
        if found.__class__ is tuple:
            held = found[0]
            if held & self._whole:
                return True
            if held & self._pieces or self._always:
                return self._holds_other(text, found[1])
            return False
        return self._met_again(text, found)

    def _holds_other(self, text: str, folded: str) -> bool:
        for word, folds in self._others:  # noqa: SIM110 - any() costs more
            if word in (folded if folds else text):
                return True
        return False

    def _met_again(self, text: str, found: list | None) -> bool:
        """Whether `text`, not yet indexed, holds a word: looked for as they are
        until as many words were looked for as indexing it costs."""
        if text.__class__ is not str:
            return True
        if found is None:
            if len(TEXTS) >= TEXTS_KEPT:
                TEXTS.clear()
            found = TEXTS[text] = [fold(text), 0]
        found[1] += len(self._exact) + len(self._folded)
        if found[1] >= WORTH_INDEXING:
            TEXTS[text] = (INDEX.held(text), found[0])
            return self._may_match(text)
        for word in self._exact:
            if word in text:
                return True
        folded = found[0]
        for word in self._folded:  # noqa: SIM110 - any() and a generator cost more
            if word in folded:
                return True
        return False

    search = _scanning("search")
    match = _scanning("match")
    fullmatch = _scanning("fullmatch")
    finditer = _scanning("finditer", lambda: iter(()))
    findall = _scanning("findall", list)

    def sub(self, repl, text, count=0):
        return self._pattern.sub(repl, text, count) if self._may_match(text) else text

    def subn(self, repl, text, count=0):
        if self._may_match(text):
            return self._pattern.subn(repl, text, count)
        return text, 0

    def split(self, text, maxsplit=0):
        if self._may_match(text):
            return self._pattern.split(text, maxsplit)
        return [text]


def gate(pattern: re.Pattern[str]) -> re.Pattern[str] | Gated:
    """`pattern` gated by its words where it has them, and compiled to be scanned
    fast (scanning.py)."""
    words = required_words(pattern)
    if words is None:
        return scanned(pattern)
    return Gated(pattern, words)


def gate_patterns(prefix: str = "cases.ingest.") -> None:
    """Wrap every compiled pattern held by the loaded modules under `prefix` (module
    constants and the tuples, lists and dicts of rule tables), the same wrapper
    wherever one pattern is imported."""
    done: dict[int, object] = {}

    def wrapped(value, depth: int = 0):
        if isinstance(value, re.Pattern):
            if id(value) not in done:
                done[id(value)] = gate(value)
            return done[id(value)]
        if depth > 3:  # rule tables nest a few levels, no more
            return value
        if type(value) is tuple:
            items = tuple(wrapped(item, depth + 1) for item in value)
            same = all(a is b for a, b in zip(items, value, strict=True))
            return value if same else items
        if type(value) is list:
            for index, item in enumerate(value):
                new = wrapped(item, depth + 1)
                if new is not item:
                    value[index] = new
        elif type(value) is dict:
            for key, item in value.items():
                new = wrapped(item, depth + 1)
                if new is not item:
                    value[key] = new
        return value

    for name, module in list(sys.modules.items()):
        if not name.startswith(prefix) or module is None:
            continue
        for attribute, value in list(vars(module).items()):
            if not attribute.startswith("__"):
                new = wrapped(value)
                if new is not value:
                    setattr(module, attribute, new)
