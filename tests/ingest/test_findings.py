"""cases/ingest/findings.py: the first look for a finding's words misses nothing the
field patterns read."""

from hypothesis import given, settings
from hypothesis import strategies as st

from cases.ingest.fields import outcome, proceeding, severity, standards
from cases.ingest.findings import read_every_finding, read_findings
from tests.ingest.test_extract_properties import RELEASE_TEXT

# The field modules' own examples, cut into words and put together again at random:
# every wording a pattern knows, in orders no document used.
WORDS = sorted(
    {
        word
        for module in (outcome, severity, proceeding, standards)
        for example in module.EXAMPLES
        for word in example.text.split()
    }
)
SHUFFLED = st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(RELEASE_TEXT, SHUFFLED, st.text(max_size=300)))
def test_the_first_look_misses_no_finding(text):
    assert read_findings(text, 0) == read_every_finding(text, 0)
