"""cases/ingest/scanning.py: a pattern compiled to be scanned fast answers as its
source does."""

import re
from re import _parser

import pytest

import cases.ingest.extract  # noqa: F401 - loads and gates every extraction module
from cases.ingest.gates import Gated
from cases.ingest.scanning import first_characters, scanned
from tests.ingest.test_gates import EXAMPLE_TEXTS, held, on_generated_matches


def scanned_patterns() -> list[tuple[re.Pattern, re.Pattern]]:
    """(source, compiled to be scanned) for every extraction pattern that differs."""
    pairs = []
    for held_pattern in held((Gated, re.Pattern)):
        fast = (
            held_pattern._pattern if isinstance(held_pattern, Gated) else held_pattern
        )
        source = re.compile(fast.pattern, fast.flags)
        if source is not fast:
            pairs.append((source, fast))
    return sorted(pairs, key=lambda pair: pair[0].pattern)


SCANNED = scanned_patterns()

# Made-up patterns of each shape the rewriting meets, and texts that tell them apart.
SHAPES = [
    r"(?i)\b(?:police constable|police sergeant|pc|PCSO|police)\b",
    r"(?<![\w-])(?P<det>(?i:a further|a ninth|a|an|another|one))\s+(?P<w>\w+)",
    r"(?i)(?:a|an|)x",  # an empty alternative: a barrier
    r"(?i)(?:ab|\d+|ac|a)c",  # a class between two wordings opening on "a"
    r"(?i)k(?:elvin|m)|s(?:ign|ky)|i(?:n|on)",  # letters IGNORECASE folds beyond ASCII
    r"(?:SEPTEMBER|September|Sept|Sep)\.? (?P<day>\d+)",
    r"(?i:(?P<a>offic)er|(?P<b>offic)ers)s?",  # groups inside the shared wording
    r"(?i)\b(?:was|were) (?:found (?:guilty|not guilty)|cleared)\b",
]
SHAPE_TEXTS = [
    "PC Smith and a police sergeant met POLICE CONSTABLE Jones; PCSO Ann, police.",
    "A further officer, a ninth man, an officer and another one were there.",
    "ax, anx, x, AX",
    "abc acc ac 12c ACC",
    "\u212aelvin, \u017fign, \u0130on, \u0131n, km, sky, Sign",
    "September 3, Sept. 4, SEPTEMBER 5, Sep 6",
    "officer, officers, OFFICERS, Officerss",
    "He was found not guilty; they WERE cleared and were found guilty.",
]


@pytest.mark.parametrize("pattern", SHAPES)
def test_a_rewritten_alternation_answers_as_its_source(pattern):
    source = re.compile(pattern)
    fast = scanned(source)
    assert fast is not source  # each shape is rewritten
    assert (fast.pattern, fast.flags, fast.groupindex) == (
        source.pattern,
        source.flags,
        source.groupindex,
    )
    for text in SHAPE_TEXTS:
        for case in (text, text.upper(), text.lower()):
            assert _found(fast, case) == _found(source, case), case


def test_a_pattern_with_nothing_to_gain_is_returned_itself():
    for pattern in (r"written warning", r"\w+ was dismissed", r"(?:PC)?\d+"):
        compiled = re.compile(pattern)
        assert scanned(compiled) is compiled


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        # A lookbehind, then a branch: the engine tries every position.
        (r"(?<![\w-])(?:PC|DC)\s+\d", set("DP")),
        (r"(?i)\b(?:was|were) sacked", set("Ww")),
        # The engine's own prefix is kept; any or no character gives no set.
        (r"written warning", None),
        (r"\w+ was dismissed", None),
        (r"(?:PC)?\d+", None),
    ],
)
def test_a_first_character_set_is_checked_only_where_the_engine_has_none(
    pattern, first
):
    assert first_characters(_parser.parse(pattern)) == first


def test_the_extraction_patterns_are_scanned():
    assert len(SCANNED) > 100


@pytest.mark.parametrize(("source", "fast"), SCANNED, ids=lambda p: p.pattern[:60])
def test_a_scanned_pattern_answers_as_its_source_on_every_field_example(source, fast):
    for text in EXAMPLE_TEXTS:
        for case in (text, text.upper(), text.lower()):
            assert _found(fast, case) == _found(source, case), case


@pytest.mark.parametrize(("source", "fast"), SCANNED, ids=lambda p: p.pattern[:60])
def test_a_scanned_pattern_answers_as_its_source_on_generated_matches(source, fast):
    def check(text):
        for case in (text, text.upper(), text.lower()):
            assert _found(fast, case) == _found(source, case)

    on_generated_matches(source, check)


def _found(pattern, text):
    """Everything a scan reports: spans, groups and which group closed last."""
    first = pattern.match(text)
    return [
        (m.span(), m.groups(), m.lastindex, m.groupdict())
        for m in pattern.finditer(text)
    ] + [None if first is None else (first.span(), first.groups())]
