"""cases/ingest/findings.py: the first look for a finding's words misses nothing the
field patterns read."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cases.ingest.fields import (
    criminal,
    outcome,
    proceeding,
    service,
    severity,
    standards,
)
from cases.ingest.findings import read_every_finding, read_findings
from tests.ingest.test_extract_properties import RELEASE_TEXT

MODULES = (criminal, outcome, proceeding, service, severity, standards)
EXAMPLE_TEXTS = sorted({e.text for module in MODULES for e in module.EXAMPLES})


@pytest.mark.parametrize("text", EXAMPLE_TEXTS)
def test_the_first_look_reads_every_example_of_every_field(text):
    assert read_findings(text, 0) == read_every_finding(text, 0)


# The field modules' own examples, cut into words and put together again at random:
# every wording a pattern knows, in orders no document used.
WORDS = sorted(
    {
        word
        for module in MODULES
        for example in module.EXAMPLES
        for word in example.text.split()
    }
)
SHUFFLED = st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join)


@pytest.mark.parametrize(
    "clause",
    [
        "Sergeant | 2020 | Accelerated | Confidentiality | Proven | Dismissal |",
        "she breached the standard of duty and responsibility",
        "he was heard by a legally qualified chair",
    ],
)
def test_the_first_look_keeps_wordings_that_have_no_common_word(clause):
    assert read_findings(clause, 0) == read_every_finding(clause, 0) != []


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(RELEASE_TEXT, SHUFFLED, st.text(max_size=300)))
def test_the_first_look_misses_no_finding(text):
    assert read_findings(text, 0) == read_every_finding(text, 0)
