"""Finding a withheld person's name in text, in every form documents write it.

Pure: no ORM. A person is matched by every name on record for them (the corrected name,
the name the ingest first read, any other recorded name), each as a full name in any
letter case ("O'NEILL had sent messages", "Ciaran O’Neill"), as first and last name
without the middle ones, and by the surname alone. Accents and curly apostrophes do not
matter ("Zoe Bronte" is "Zoë Brontë"). A surname alone is taken out only where it is
written with a capital ("Mr Young", "YOUNG's" but not "a young officer"): a lower-case
word is an ordinary word, and a full name is matched in any case.

An address (a URL, a file name) that spells a name is not cut but left out whole: a cut
address is a wrong one, and news sites put names in theirs (".../pc-john-smith").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import unquote_plus

PLACEHOLDER = "[name withheld]"
SEPARATOR = "\n"
"""Between the name forms of withheld people as the database hands them over."""

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
_WORD_SPLIT = re.compile(r"[\s\-‐–]+")
_GAP = r"[\s\-‐–]+"
_ADDRESS_PUNCTUATION = re.compile(r"[-_./?=&#:+%~,;]+")


def fold(text: str) -> str:
    """`text` without accents, one character for one (so offsets still hold), with
    curly apostrophes made straight."""
    if text.isascii():
        return text
    return "".join(_fold_char(c) for c in text.translate(_APOSTROPHES))


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)
    letters = [c for c in base if not unicodedata.combining(c)]
    return letters[0] if len(letters) == 1 else char


def _word_pattern(word: str) -> str:
    """A word of a name; an apostrophe in it may be left out ("O'Neill", "ONeill")."""
    return "".join("'?" if c == "'" else re.escape(c) for c in word)


def _phrase(words: list[str]) -> str:
    return _GAP.join(_word_pattern(w) for w in words)


def name_words(name: str) -> list[str]:
    folded = fold(name).translate(_APOSTROPHES).replace(".", " ")
    return [w for w in _WORD_SPLIT.split(folded) if w.strip("'")]


class Names:
    """The withheld names of a case (or of the whole archive), compiled once."""

    def __init__(self, names: Iterable[str]):
        full, surnames = set(), set()
        for name in names:
            spaced = fold(name).translate(_APOSTROPHES).replace(".", " ").split()
            spaced = [w for w in spaced if w.strip("'-")]
            if not spaced:
                continue
            surname = name_words(spaced[-1])
            if len(spaced) > 1:
                full.add(_phrase(name_words(name)))
                full.add(_phrase(name_words(spaced[0]) + surname))
            if len("".join(surname)) > 1:
                surnames.add(_phrase(surname))
            if len(surname) > 1:  # a double-barrelled surname goes part by part too
                surnames.update(_phrase([part]) for part in surname if len(part) > 2)
        self.empty = not (full or surnames)
        if self.empty:
            return
        by_length = {"key": len, "reverse": True}
        parts = []
        if full:
            parts.append(f"(?P<full>{'|'.join(sorted(full, **by_length))})")
        parts.append(f"(?P<surname>{'|'.join(sorted(surnames, **by_length))})")
        self.pattern = re.compile(rf"\b(?:{'|'.join(parts)})\b", re.IGNORECASE)

    def __bool__(self) -> bool:
        return not self.empty

    def redact(self, text: str) -> str:
        """`text` with every form of the names replaced by the placeholder."""
        return self.redact_mapped(text)[0]

    def redact_mapped(self, text: str) -> tuple[str, Offsets]:
        """`redact`, with how offsets into `text` move in what it returns."""
        cut = self._found(text)
        if not cut:
            return text, Offsets(len(text or ""), [])
        pieces, at = [], 0
        for start, end in cut:
            pieces += [text[at:start], PLACEHOLDER]
            at = end
        return "".join(pieces) + text[at:], Offsets(len(text), cut)

    def mentions(self, text: str) -> set[str]:
        """The forms of the names `text` writes, as it writes them."""
        return {text[start:end] for start, end in self._found(text)}

    def _found(self, text: str) -> list[tuple[int, int]]:
        if self.empty or not text:
            return []
        return [
            match.span()
            for match in self.pattern.finditer(fold(text))
            # "a young officer": an ordinary word, not the surname
            if not (match.group("surname") and not match.group(0)[0].isupper())
        ]

    def found_in(self, text: str) -> bool:
        return bool(text) and self.redact(text) != text

    def spelled_by(self, address: str) -> bool:
        """Whether an address or slug spells a name, in any letter case."""
        if self.empty or not address:
            return False
        words = _ADDRESS_PUNCTUATION.sub(" ", fold(unquote_plus(address)))
        return bool(self.pattern.search(words))

    def address(self, address: str) -> str:
        """The address, or "" when it spells a name."""
        return "" if self.spelled_by(address) else address

    def evidence(self, evidence: dict) -> dict:
        """Evidence with the names out of every quote."""
        return {
            field: span | {"quote": self.redact(span.get("quote", ""))}
            if isinstance(span, dict)
            else span
            for field, span in (evidence or {}).items()
        }


class Offsets:
    """Where an offset into a text as stored falls in its redacted copy (evidence
    offsets point into the stored text)."""

    def __init__(self, stored_length: int, cut: list[tuple[int, int]]):
        self.stored_length = stored_length
        self.cut = cut

    def __call__(self, offset: int) -> int:
        moved = offset
        for start, end in self.cut:
            if offset <= start:
                break
            if offset < end:  # inside a name: at the placeholder
                return moved - (offset - start)
            moved += len(PLACEHOLDER) - (end - start)
        return moved


NOBODY = Names(())


def names_from(joined: str | None) -> Names:
    """The names the database gave for one case (`SEPARATOR` between forms)."""
    if not joined:
        return NOBODY
    return _compiled(joined)


@lru_cache(maxsize=2048)
def _compiled(joined: str) -> Names:
    return Names(form for form in joined.split(SEPARATOR) if form.strip())


def forms_of(name: str, extracted_name: str, other_names: str) -> list[str]:
    """Every name on record for one person."""
    return [n for n in (name, extracted_name, *other_names.splitlines()) if n.strip()]
