"""Scanning: the same pattern, compiled so that the regex engine turns most positions
of a text away on one test.

Two places where Python's engine works hardest on the extraction's patterns:
- A pattern that opens on a lookbehind, a word boundary or a branch under IGNORECASE
  gives the engine no first character to look for, so it tries the whole pattern at
  every position. Told the characters a match can open with (in the block of
  information the engine reads before a search, as it is for a pattern that opens on
  a class), it skips every other position in one tight loop.
- An alternation of many wordings (the ranks, "a further|a ninth|a second|...") is
  tried one alternative after another at every position. The engine skips an
  alternative on one test only when it opens on a character compared as it is, which
  IGNORECASE prevents. `_branch` makes each alternative open that way ("p" becomes
  the class of "p" and "P", compared exactly) and lets alternatives that open on the
  same character share it ("police constable|police sergeant" is tried as
  "police (?:constable|sergeant)"), so that one test turns away every wording opening
  on another letter.

What it must not do: change any answer. Alternatives opening on different characters
can never both match at one position, so grouping them changes nothing; alternatives
keep their order within a group, and an alternative that opens on anything but a
plain ASCII character is a barrier that nothing moves across. The compiled pattern
keeps the source's text, flags and groups (tests/ingest/test_scanning.py checks every
extraction pattern against its source).
"""

from __future__ import annotations

import _sre
import re
from re import _compiler, _parser
from re import _constants as c  # the parser's opcodes: stable since Python 3.11

__all__ = ["FOLDS_TO_ASCII", "cases_of", "first_characters", "scanned", "within"]

# The characters outside ASCII that IGNORECASE matches with an ASCII letter: Turkish
# dotted and dotless i, the long s and the Kelvin sign (tests check the list over every
# code point).
FOLDS_TO_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}

_EVERY = None  # any character may open a match: no set
_UNSCANNED = re.LOCALE | re.DEBUG


def scanned(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` compiled to answer the same, faster; `pattern` itself when nothing
    is to be gained or the pattern is outside what is understood here."""
    if not isinstance(pattern.pattern, str) or pattern.flags & _UNSCANNED:
        return pattern
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        flags = parsed.state.flags
        items = list(parsed)
        if not flags & re.ASCII:  # ASCII: IGNORECASE folds fewer letters (cases_of)
            items = _rewritten(items, parsed.state, bool(flags & re.IGNORECASE))
        tree = _parser.SubPattern(parsed.state, items)
        code = _code(tree, pattern.flags, first_characters(parsed))
        if code == _compiler._code(parsed, pattern.flags):
            return pattern  # nothing gained
        return _compiled(pattern, tree, code)
    except Exception:  # noqa: BLE001 - a parse tree read differently: as it was
        return pattern


def _compiled(source: re.Pattern[str], tree, code: list[int]) -> re.Pattern[str]:
    """`code` made a pattern as `re.compile` would, under the source's text and
    flags."""
    state = tree.state
    indexgroup = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    return _sre.compile(
        source.pattern,
        source.flags | state.flags,
        code,
        state.groups - 1,
        state.groupdict,
        tuple(indexgroup),
    )


def _code(tree: _parser.SubPattern, flags: int, first: set[str] | None) -> list[int]:
    """The engine's code for `tree`, as `re.compile` makes it; where `first` is given,
    its information block names the characters a match opens with, as the engine's
    own does for a pattern that opens on a class, so that a search skips every other
    position in one tight loop."""
    low, _high = tree.getwidth()
    if not first or low == 0:
        return _compiler._code(tree, flags)
    flags |= tree.state.flags
    code: list[int] = []
    # The block the engine's compiler writes for a pattern of this width that opens
    # on the class `first`, compared exactly.
    opening = [(c.IN, [(c.LITERAL, ord(char)) for char in sorted(first)])]
    _compiler._compile_info(code, _Opening(tree, opening), flags & ~re.IGNORECASE)
    _compiler._compile(code, tree.data, flags)
    code.append(c.SUCCESS)
    return code


class _Opening:
    """What an information block is written from: a pattern's width, and the item
    it opens on."""

    def __init__(self, tree: _parser.SubPattern, data: list) -> None:
        self.width = tree.getwidth()
        self.data = data

    def getwidth(self) -> tuple[int, int]:
        return self.width


# --- alternations ----------------------------------------------------------------------


def _rewritten(items: list, state, ignorecase: bool) -> list:
    """`items` with every alternation in them grouped by opening character."""
    out = []
    for op, av in items:
        if op is c.SUBPATTERN:
            group, add_flags, del_flags, body = av
            inner = within(av, ignorecase)
            out.append((op, (group, add_flags, del_flags, _sub(body, state, inner))))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, body = av
            out.append((op, (low, high, _sub(body, state, ignorecase))))
        elif op is c.ATOMIC_GROUP:
            out.append((op, _sub(av, state, ignorecase)))
        elif op in (c.ASSERT, c.ASSERT_NOT) and av[0] == 1:  # lookaheads only
            out.append((op, (av[0], _sub(av[1], state, ignorecase))))
        elif op is c.BRANCH:
            alternatives = [_rewritten(list(a), state, ignorecase) for a in av[1]]
            out.extend(_branch(alternatives, state, ignorecase))
        else:
            out.append((op, av))
    return out


def _sub(body, state, ignorecase: bool) -> _parser.SubPattern:
    return _parser.SubPattern(state, _rewritten(list(body), state, ignorecase))


def _key(item, ignorecase: bool):
    """What an alternative's first item opens on, when it is one plain character;
    None for anything else (a barrier)."""
    op, av = item
    if op is not c.LITERAL:
        return None
    if not ignorecase:
        return av
    char = chr(av)
    return char.lower() if char.isascii() else None


def _opening(item, state, ignorecase: bool):
    """An alternative's first character in the form the engine tests before trying
    the alternative: as it is, or under IGNORECASE the class of its cases compared
    exactly."""
    if not ignorecase:
        return item
    chars = cases_of(chr(item[1]), True)
    if len(chars) == 1:
        return (c.LITERAL, ord(next(iter(chars))))
    exact = [(c.IN, [(c.LITERAL, ord(char)) for char in sorted(chars)])]
    return (c.SUBPATTERN, (None, 0, re.IGNORECASE, _parser.SubPattern(state, exact)))


def _branch(alternatives: list[list], state, ignorecase: bool) -> list:
    """Items that match as BRANCH(`alternatives`) does, alternatives opening on one
    character grouped under it (in their order), barriers kept in place."""
    result: list[list] = []
    run: dict[object, list[list]] = {}  # since the last barrier: opening → alternatives

    def close_run() -> None:
        for group in run.values():
            if len(group) == 1:
                opening = _opening(group[0][0], state, ignorecase)
                result.append([opening, *group[0][1:]])
                continue
            shared = 1  # the characters every alternative of the group opens with
            while all(len(a) > shared for a in group) and (
                _key(group[0][shared], ignorecase) is not None
                and len({_key(a[shared], ignorecase) for a in group}) == 1
            ):
                shared += 1
            head = [_opening(group[0][0], state, ignorecase), *group[0][1:shared]]
            rest = _branch([a[shared:] for a in group], state, ignorecase)
            result.append(head + rest)
        run.clear()

    for alternative in alternatives:
        key = _key(alternative[0], ignorecase) if alternative else None
        if key is None:
            close_run()
            result.append(alternative)
        else:
            run.setdefault(key, []).append(alternative)
    close_run()
    if len(result) == 1:
        return result[0]
    return [(c.BRANCH, (None, [_parser.SubPattern(state, a) for a in result]))]


# --- the first character ---------------------------------------------------------------


def first_characters(parsed: _parser.SubPattern) -> set[str] | None:
    """The characters a match can open with, where the engine has no prefix of its
    own to look for (it would lose it) and the set is sure; else None."""
    flags = parsed.state.flags
    if _compiler._get_literal_prefix(parsed, flags)[0]:
        return None
    if _compiler._get_charset_prefix(parsed, flags):
        return None
    first, empty = _first(parsed, bool(flags & re.IGNORECASE))
    if first is _EVERY or empty or not first:
        return None
    return first


def _first(items, ignorecase: bool) -> tuple[set[str] | None, bool]:
    """The characters a match of `items` can open with, and whether it can be empty."""
    first: set[str] = set()
    for op, av in items:
        chars, empty = _first_of(op, av, ignorecase)
        if chars is _EVERY:
            return _EVERY, False
        first |= chars
        if not empty:
            return first, False
    return first, True


def _first_of(op, av, ignorecase: bool) -> tuple[set[str] | None, bool]:
    if op is c.LITERAL:
        return cases_of(chr(av), ignorecase), False
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                codes = [value]
            elif kind is c.RANGE and value[1] - value[0] < 128:
                codes = range(value[0], value[1] + 1)
            else:
                return _EVERY, False  # a negation, a category (\w, \d): any
            for code in codes:
                cased = cases_of(chr(code), ignorecase)
                if cased is _EVERY:
                    return _EVERY, False
                chars |= cased
        return chars, False
    if op is c.SUBPATTERN:
        return _first(av[3], within(av, ignorecase))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, body = av
        chars, empty = _first(body, ignorecase)
        return chars, empty or low == 0
    if op is c.BRANCH:
        chars = set()
        empty = False
        for branch in av[1]:
            found, can_be_empty = _first(branch, ignorecase)
            if found is _EVERY:
                return _EVERY, False
            chars |= found
            empty = empty or can_be_empty
        return chars, empty
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # consumes nothing: the next item opens the match
    return _EVERY, False


def cases_of(char: str, ignorecase: bool) -> set[str] | None:
    """`char` and whatever IGNORECASE matches with it (ASCII only: beyond it, any)."""
    if not ignorecase or not char.isalpha():
        return {char} if char.isascii() or not ignorecase else _EVERY
    if not char.isascii():
        return _EVERY
    lower = char.lower()
    return {lower, char.upper()} | {
        other for other, ascii_char in FOLDS_TO_ASCII.items() if ascii_char == lower
    }


def within(subpattern, ignorecase: bool) -> bool:
    """Whether IGNORECASE holds inside a group (its av) that may set or clear it."""
    _group, add_flags, del_flags, _body = subpattern
    if add_flags & re.IGNORECASE:
        return True
    if del_flags & re.IGNORECASE:
        return False
    return ignorecase
