"""Property tests for cases/ingest/extract.py: whatever the text, extraction returns a
record in the SCHEMA.md shape with canonical values, and never raises."""

import datetime
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cases.choices import CriminalVerdict, Outcome, Proceeding, Rank, Severity, Standard
from cases.forces import FORCE_NAMES
from cases.ingest.clean import clean_text
from cases.ingest.extract import extract_release

DOCUMENT_KEYS = {"file", "is_outcome", "force", "officers", "review"}
OFFICER_KEYS = {
    "name",
    "rank",
    "force",
    "former",
    "age",
    "severity",
    "outcome",
    "criminal",
    "proceeding",
    "hearing_date",
    "standards",
    "barred",
}
# Pieces of release wording, so that generated texts reach the rules, not only the
# paths that find nothing.
FRAGMENTS = [
    "Police constable Michael Harrison, 33,",
    "A West Mercia Police officer",
    "Former PC",
    "Officer A",
    "PC F",
    "the former PCSO",
    "Two Pcs",
    "a member of police staff",
    "Sgt Mark Burgess",
    "he",
    "they",
    "was dismissed without notice",
    "would have been dismissed had he not resigned",
    "was given a final written warning",
    "received management advice",
    "was found not guilty",
    "was jailed",
    "gross misconduct was found proven",
    "had a case to answer for gross misconduct",
    "at an accelerated misconduct hearing",
    "at a misconduct meeting",
    "led by an independent, legally qualified Chair,",
    "chaired by Chief Constable Jo Bloggs",
    "breached the standards of honesty and integrity and confidentiality",
    "will be placed on the barred list",
    "It was alleged that between November 2018 and August 2019",
    "following referrals in September and December 2019",
    "At the end of our investigation in February 2022",
    "recently (Thursday 30 June)",
    "yesterday (Thursday)",
    "on 12 February 2020",
    "in 2019",
    "Kent Police",
    "the Met",
    "Avon and Somerset Police",
    "Essex",
    '"',
    ".",
    ",",
    ";",
    "\n",
    "\n\n",
    "The outcome was",
    "a reprimand",
]
RELEASE_TEXT = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=2000), RELEASE_TEXT)
PUBLISHED = st.one_of(
    st.none(), st.dates(datetime.date(2000, 1, 1), datetime.date(2030, 12, 31))
)


def _canonical(values) -> set[str]:
    return {str(v) for v in values}


RANKS = _canonical(Rank)
OUTCOMES = _canonical(Outcome)
SEVERITIES = _canonical(Severity)
VERDICTS = _canonical(CriminalVerdict)
PROCEEDINGS = _canonical(Proceeding)
STANDARDS = _canonical(Standard)
FORCES = set(FORCE_NAMES)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    text=ANY_TEXT,
    published=PUBLISHED,
    title=st.one_of(st.just(""), st.text(max_size=80)),
)
def test_any_text_gives_a_schema_record_with_canonical_values(text, published, title):
    cleaned = clean_text(text)
    record = extract_release(cleaned, published=published, title=title)
    schema = record.to_schema("x")

    assert set(schema) == DOCUMENT_KEYS
    assert isinstance(schema["is_outcome"], bool)
    assert all(isinstance(reason, str) and reason for reason in schema["review"])
    assert schema["force"] is None or schema["force"] in FORCES
    if not schema["is_outcome"]:
        assert schema["officers"] == []
    for officer in schema["officers"]:
        assert set(officer) == OFFICER_KEYS
        assert officer["name"] is None or (
            isinstance(officer["name"], str) and officer["name"].strip()
        )
        assert officer["rank"] is None or officer["rank"] in RANKS
        assert officer["force"] is None or officer["force"] in FORCES
        assert isinstance(officer["former"], bool)
        assert officer["age"] is None or type(officer["age"]) is int
        assert officer["severity"] is None or officer["severity"] in SEVERITIES
        assert officer["outcome"] is None or officer["outcome"] in OUTCOMES
        assert officer["criminal"] is None or officer["criminal"] in VERDICTS
        assert officer["proceeding"] is None or officer["proceeding"] in PROCEEDINGS
        assert officer["hearing_date"] is None or (
            datetime.date.fromisoformat(officer["hearing_date"]).isoformat()
            == officer["hearing_date"]
        )
        assert all(s in STANDARDS for s in officer["standards"])
        assert len(set(officer["standards"])) == len(officer["standards"])
        assert isinstance(officer["barred"], bool)
        # What the database also holds (result_not_proven_has_no_severity,
        # result_age_plausible): a record never breaks it.
        assert not (officer["outcome"] == "not proven" and officer["severity"])
        assert officer["age"] is None or 16 <= officer["age"] <= 100
    # Evidence points into the text it was read from.
    spans = list(record.evidence.values()) + [
        span for person in record.people for span in person.evidence.values()
    ]
    for span in spans:
        if span.start == span.end == 0 and span.quote == record.title:
            continue  # a metadata title the text does not repeat
        assert cleaned[span.start : span.end] == span.quote


@settings(max_examples=200, deadline=None)
@given(text=RELEASE_TEXT)
def test_a_year_is_never_invented(text):
    """With no publication date, a year comes from the text: one it states, or the
    first after the story's latest stated date in which a weekday fits ("Thursday 30
    June" after February 2022 is 2022; a date's weekday recurs within 28 years); with
    no year stated there is no date at all."""
    record = extract_release(clean_text(text))
    stated = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)}
    dates = record.dates
    values = [
        *dates.referrals,
        dates.investigation_concluded,
        dates.hearing,
        dates.outcome,
    ]
    years = {d.value.year for d in values if d is not None}
    years |= {p.hearing_date.year for p in record.people if p.hearing_date}
    if not stated:
        assert years == set()
    else:
        assert all(min(stated) <= year <= max(stated) + 28 for year in years)
