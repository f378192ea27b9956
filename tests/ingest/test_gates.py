"""cases/ingest/gates.py: a gate never turns away a text its pattern matches."""

import re
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cases.ingest.extract  # noqa: F401 - loads and gates every extraction module
from cases.ingest import word_index
from cases.ingest.fields import (
    criminal,
    outcome,
    proceeding,
    rank,
    service,
    severity,
    standards,
)
from cases.ingest.gates import Gated, fold, required_words

FIELD_MODULES = (criminal, outcome, proceeding, rank, service, severity, standards)


def held(kind: type) -> list:
    """Every object of `kind` the extraction modules hold (in module constants and
    rule tables), each once."""
    found: dict[int, object] = {}

    def walk(value, depth=0):
        if isinstance(value, kind):
            found[id(value)] = value
        elif depth < 4 and type(value) in (tuple, list):
            for item in value:
                walk(item, depth + 1)
        elif depth < 4 and type(value) is dict:
            for item in value.values():
                walk(item, depth + 1)

    for name, module in list(sys.modules.items()):
        if name.startswith("cases.ingest.") and module is not None:
            for value in vars(module).values():
                walk(value)
    return list(found.values())


GATED = sorted(held(Gated), key=lambda gated: gated.pattern)
# Every made-up example of every field, whole and sentence by sentence.
EXAMPLE_TEXTS = sorted(
    {
        piece
        for module in FIELD_MODULES
        for example in getattr(module, "EXAMPLES", ())
        for piece in [example.text, *re.split(r"(?<=[.;:])\s+", example.text)]
    }
)


def test_the_extraction_modules_are_gated():
    assert len(GATED) > 100


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bwritten warnings?\b", {("written warning", False)}),
        (r"(?i)\b(?:dismissed|sacked)\b", {("dismissed", True), ("sacked", True)}),
        # The longest word of a sequence; a group repeated at least once counts.
        (r"was (?:found )+guilty", {("found ", False)}),
        (r"(?i:PC)\s+\d+", None),  # two folded letters: in too many texts
        (r"PC\s+\d+", {("PC", False)}),  # capitals as written are rare enough
        (r"(?:foo)?bar|baz", {("bar", False), ("baz", False)}),
        (r"(?:foo)?|bar", None),  # a branch that may match nothing
        (r"(?=hearing)\w+", None),  # lookarounds promise nothing
        (r"[Hh]earing", {("earing", False)}),
        (r"(?i)Jan|JANUARY|Feb", {("jan", True), ("feb", True)}),
        (r"(?i)caf\u00e9 hearing", {(" hearing", True)}),  # é folds beyond ASCII
    ],
)
def test_required_words_are_read_off_the_parse_tree(pattern, words):
    found = required_words(re.compile(pattern))
    assert (None if found is None else set(found)) == words


def test_ignorecase_folding_matches_the_regex_engine_on_every_code_point():
    # Whatever IGNORECASE lets match an ASCII character, `fold` turns into it.
    ascii_ignorecase = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    for code in range(0x110000):
        char = chr(code)
        if not ascii_ignorecase.fullmatch(char):
            continue
        folded = fold(char)
        assert len(folded) == 1 and folded.isascii(), hex(code)
        assert re.fullmatch(re.escape(folded), char, re.IGNORECASE), hex(code)


def test_folding_makes_no_space_and_unmakes_none_on_every_code_point():
    # So a piece of a text between spaces, folded, is a piece of the folded text.
    for code in range(0x110000):
        char = chr(code)
        folded = fold(char)
        assert folded.split() == ([] if char.isspace() else [folded]), hex(code)


@pytest.mark.parametrize("gated", GATED, ids=lambda gated: gated.pattern[:60])
def test_a_gate_answers_as_its_pattern_on_every_field_example(gated):
    raw = gated._source
    for text in EXAMPLE_TEXTS:
        for case in (text, text.upper(), text.lower()):
            assert _spans(gated.finditer(case)) == _spans(raw.finditer(case)), case
            assert _span(gated.search(case)) == _span(raw.search(case)), case
            assert _span(gated.match(case)) == _span(raw.match(case)), case


def on_generated_matches(pattern: re.Pattern, check) -> None:
    """Run `check` on texts made to hold a match of `pattern`, in random
    surroundings."""

    @settings(
        max_examples=8,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(text=st.from_regex(pattern))
    def run(text):
        check(text)

    run()


@pytest.mark.parametrize("gated", GATED, ids=lambda gated: gated.pattern[:60])
def test_a_gate_admits_every_text_its_pattern_matches(gated):
    def check(text):
        if gated._source.search(text):
            assert gated._may_match(text)
        assert _spans(gated.finditer(text)) == _spans(gated._source.finditer(text))

    on_generated_matches(gated._source, check)


@pytest.mark.parametrize("gated", GATED, ids=lambda gated: gated.pattern[:60])
def test_an_indexed_text_is_answered_as_a_searched_one(gated):
    # A text met often is answered from the index of the words it holds; one met
    # rarely by looking for the words themselves: both answer alike, on the examples
    # and on texts made to hold a match.
    for text in EXAMPLE_TEXTS:
        _assert_indexed_answers_as_searched(gated, text)
    on_generated_matches(
        gated._source, lambda text: _assert_indexed_answers_as_searched(gated, text)
    )


def _assert_indexed_answers_as_searched(gated: Gated, text: str) -> None:
    for case in (text, text.upper(), text.lower(), f"x{text}-\u212a {text}"):
        word_index.TEXTS.pop(case, None)
        searched = gated._met_again(case, None)
        word_index.TEXTS[case] = (word_index.INDEX.held(case), fold(case))
        assert gated._may_match(case) == searched, case
        word_index.TEXTS.pop(case)


def _span(match):
    return None if match is None else match.span()


def _spans(matches):
    return [match.span() for match in matches]
