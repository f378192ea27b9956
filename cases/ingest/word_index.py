"""Word index: which of the gates' words a text holds, read once per text.

Several hundred gates (gates.py) ask each clause whether it holds one of their words.
Instead of each gate looking for each of its words, a text asked about often enough is
split once at its spaces, and each piece, once, into the gates' words it holds: a bit
each. A gate then tests its bits. A word without spaces is in a text exactly when one
of its pieces holds it; a word with spaces ("written warning", " hearing") is looked
for as it is, and only in a text whose pieces hold its longest piece.

What it must not do: answer differently from looking for the words themselves
(tests/ingest/test_gates.py holds the two to each other on every gated pattern).
"""

from __future__ import annotations

from functools import reduce
from operator import or_

from cases.ingest.scanning import FOLDS_TO_ASCII

__all__ = ["INDEX", "TEXTS", "TEXTS_KEPT", "WORTH_INDEXING", "fold"]

_TO_ASCII = str.maketrans(FOLDS_TO_ASCII)


def fold(text: str) -> str:
    """`text` as IGNORECASE compares ASCII letters: lower case, with the few other
    letters that match an ASCII one replaced by it."""
    if text.isascii():
        return text.lower()
    return text.translate(_TO_ASCII).lower()


class _Index:
    """A bit for each word the gates look for, compared as written or folded, and the
    bits of the words each piece of text holds (kept across texts: the vocabulary of
    police news is small). A piece's folded form is a piece of the folded text: folding
    turns no character into a space nor a space into another character (a test checks
    every code point)."""

    _KEPT = 200_000

    def __init__(self) -> None:
        # As written, and folded: each word's bit, and every start of a word.
        self.bits: tuple[dict[str, int], dict[str, int]] = ({}, {})
        self.openings: tuple[set[str], set[str]] = (set(), set())
        self.pieces: dict[str, int] = {}
        self.count = 0

    def bit(self, word: str, folds: bool) -> int:
        bits = self.bits[folds]
        if word not in bits:
            bits[word] = 1 << self.count
            self.count += 1
            self.openings[folds].update(word[:end] for end in range(1, len(word) + 1))
            self.pieces.clear()  # what the pieces seen so far hold is out of date
            TEXTS.clear()
        return bits[word]

    def held(self, text: str) -> int:
        """The bits of the words `text` holds, as written or folded."""
        pieces = self.pieces
        if len(pieces) > self._KEPT:
            pieces.clear()
        split = text.split()
        found = list(map(pieces.get, split))  # in C: most pieces were seen before
        if None in found:
            for piece in split:
                if piece not in pieces:
                    pieces[piece] = self._of(piece, False) | self._of(fold(piece), True)
            found = list(map(pieces.__getitem__, split))
        return reduce(or_, found, 0)

    def _of(self, piece: str, folds: bool) -> int:
        """The bits of the words `piece` holds: from each position, read on as long
        as what is read starts a word."""
        held = 0
        get = self.bits[folds].get
        openings = self.openings[folds]
        size = len(piece)
        for start in range(size):
            end = start + 1
            while end <= size and piece[start:end] in openings:
                held |= get(piece[start:end], 0)
                end += 1
        return held


INDEX = _Index()
# A text → [its folded form, how many words were looked for in it] until that many
# searches cost about what indexing it does, then (the bits of the words it holds,
# its folded form): a clause is tested by dozens of patterns in a row, and a story's
# sentences by several passes.
TEXTS: dict[str, list | tuple[int, str]] = {}
TEXTS_KEPT = 4096
WORTH_INDEXING = 48
