"""Sentence and clause splitting with offsets, for the extractor.

Every fact the extractor reports carries the sentence it was read from (`Span`), so the
splitter keeps character offsets into the cleaned text. It also marks sentences spoken
inside quotation marks: directors' and chief officers' quotes are commentary, and some
rules (who a new person is, "brought discredit") do not trust them.

Pure and linear: one pass over the text, no backtracking patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cases.ingest.records import Span

__all__ = ["Clause", "Sentence", "split_sentences"]

# Abbreviations that end in a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st no nos insp supt det sgt ch chf con pc ps dc ds ltd co inc "
    "vs etc approx jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e p.c p.s d.c "
    "d.s d.i".split()
)
# A sentence ends at . ! or ? (plus closing quotes/brackets) followed by a space and
# something that can start a sentence.
_END = re.compile(r"[.!?]['\")\]]*(?= +['\"(\[]?[A-Z0-9•\-])|:(?= +\"[A-Z])")
# Clauses: semicolons separate list items ("two Detective Sergeants should be
# dismissed; a police constable should be dismissed"), and "while" joins two results
# ("Eight resigned ahead of their hearings while a ninth officer was sacked").
_CLAUSE_BREAK = re.compile(
    r";\s*(?:and\s+)?|\s+while\s+|\s+whilst\s+(?=[a-z]+ [a-z]+ (?:was|were)\b)"
)


MAX_SENTENCE = 1500


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    line: int  # index of the line (paragraph) it belongs to
    quoted: bool  # spoken inside quotation marks
    line_start: bool  # first sentence of its line
    # The words as they stand in the text where they differ from `text`: a sentence of
    # hard-wrapped lines is read with a space for each break (_logical_lines), and
    # quoted as evidence with the breaks it has.
    raw: str = ""

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.raw or self.text)

    def clauses(self) -> list[Clause]:
        found: list[Clause] = []
        position = 0
        for match in _CLAUSE_BREAK.finditer(self.text):
            if match.start() > position:
                found.append(self._clause(position, match.start()))
            position = match.end()
        if position < len(self.text):
            found.append(self._clause(position, len(self.text)))
        return found or [Clause(self.start, self.end, self.text)]

    def _clause(self, start: int, end: int) -> Clause:
        return Clause(self.start + start, self.start + end, self.text[start:end])


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences, line by line, with offsets into `text`."""
    sentences: list[Sentence] = []
    for line_index, line_offset, line in _logical_lines(text):
        if not line.strip():
            continue
        line_quoted = line.lstrip()[:1] in ('"', "'") and line.count('"') != 0
        in_quote = False
        position = 0
        first = True
        for match in _END.finditer(line):
            end = match.end()
            word = _last_word(line, match.start())
            if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                continue
            piece = line[position:end]
            quoted = line_quoted or in_quote or piece.lstrip().startswith('"')
            in_quote = _quote_state_after(piece, in_quote)
            _append(
                sentences, line_offset, line, position, end, line_index, quoted, first
            )
            first = False
            position = end
        if position < len(line):
            quoted = line_quoted or in_quote or line[position:].lstrip().startswith('"')
            _append(
                sentences,
                line_offset,
                line,
                position,
                len(line),
                line_index,
                quoted,
                first,
            )
    return [
        sentence
        if text[sentence.start : sentence.end] == sentence.text
        else replace(sentence, raw=text[sentence.start : sentence.end])
        for sentence in sentences
    ]


# Hard-wrapped text (a PDF's or an e-mail's lines broken at a fixed width): a line
# filled to near the width and not ended by a stop runs on into the next one.
_WRAP_WIDTHS = range(60, 131)
_FILLED = 0.75
_MIN_WRAPPED = 3
_LINE_END = re.compile(r"[.:;!?|][\'\")\]]*\s*$")
_LIST_ITEM = re.compile(r"\s*(?:[•\-*]|\(?\w{1,3}[.)])\s")


def _logical_lines(text: str) -> list[tuple[int, int, str]]:
    """(index of the first line, its offset, text) of each line, lines of hard-wrapped
    text joined with a space where the break was, so that offsets stay those of `text`."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    runs_on = _wrapped_breaks(lines)
    joined: list[tuple[int, int, str]] = []
    index = 0
    while index < len(lines):
        first = index
        while index in runs_on:
            index += 1
        joined.append((first, offsets[first], " ".join(lines[first : index + 1])))
        index += 1
    return joined


def _wrapped_breaks(lines: list[str]) -> set[int]:
    """Indexes of the lines that run on into the next, when the text is hard-wrapped:
    at least a few lines filled to near one width of at most 130 characters, the
    width no line goes far beyond."""
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < _MIN_WRAPPED + 1:
        return set()
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if width not in _WRAP_WIDTHS:
        return set()
    breaks = {
        index
        for index, line in enumerate(lines[:-1])
        if len(line) >= _FILLED * width
        and not _LINE_END.search(line)
        and lines[index + 1].strip()
        and not _LIST_ITEM.match(lines[index + 1])
    }
    return breaks if len(breaks) >= _MIN_WRAPPED else set()


def _append(
    sentences: list[Sentence],
    line_offset: int,
    line: str,
    start: int,
    end: int,
    line_index: int,
    quoted: bool,
    first: bool,
) -> None:
    while start < end and line[start] == " ":
        start += 1
    while end > start and line[end - 1] == " ":
        end -= 1
    # No real sentence is this long; cutting run-on text (tables flattened into one line,
    # junk) into pieces keeps every later per-sentence step linear in the text's length.
    while end - start > MAX_SENTENCE:
        cut = line.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        sentences.append(
            Sentence(
                line_offset + start,
                line_offset + cut,
                line[start:cut],
                line_index,
                quoted,
                first,
            )
        )
        first = False
        start = cut
        while start < end and line[start] == " ":
            start += 1
    if start < end:
        sentences.append(
            Sentence(
                line_offset + start,
                line_offset + end,
                line[start:end],
                line_index,
                quoted,
                first,
            )
        )


def _last_word(line: str, end: int) -> str:
    start = end
    while start > 0 and (line[start - 1].isalnum() or line[start - 1] == "."):
        start -= 1
        if end - start > 12:
            break
    return line[start:end]


def _quote_state_after(piece: str, in_quote: bool) -> bool:
    """Whether a quotation is still open after `piece` ("said: \"... ." opens one).
    A piece that opens with a quotation mark starts a quotation whatever came before:
    reporters open each paragraph of a long quotation again without closing the last
    one, so '"We expect ... integrity. These officers ... position. "Behaviour like
    this ... expect." Both officers ...' is closed after "expect."."""
    if piece.lstrip().startswith('"'):
        return piece.count('"') % 2 == 1
    return (piece.count('"') % 2 == 1) != in_quote
