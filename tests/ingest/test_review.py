"""The reasons the extractor gives an editor to check a document (cases/ingest/review.py),
each from a made-up text of the construction it names."""

import datetime

import pytest

from cases.ingest.clean import clean_text
from cases.ingest.extract import extract_release


def _reasons(text: str) -> list[str]:
    return extract_release(clean_text(text)).review_reasons


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "PC Ann Lee was dismissed and PC Bo Tan was given a written warning.",
            "2 people's results in one document: check who got what.",
        ),
        (
            "A panel found PC Ann Lee had committed gross misconduct.",
            "A finding but no sanction was read for Ann Lee.",
        ),
        (
            "PC Ann Lee was convicted of assault at Leeds Crown Court and dismissed "
            "at a misconduct hearing.",
            "A court verdict and a disciplinary result for Ann Lee: check which is "
            "which.",
        ),
        (
            "Three officers faced proceedings which were proven. PC Ann Lee was "
            "dismissed.",
            "The text counts 3 people with results but 1 was read.",
        ),
        (
            "PC Ann Lee was reprimanded by the chief constable.",
            "Sanction wording the vocabulary does not know: 'reprimanded'; not mapped.",
        ),
    ],
)
def test_a_construction_known_to_go_wrong_is_flagged(text, reason):
    assert reason in _reasons(text)


def test_a_plain_single_result_is_not_flagged():
    assert _reasons("PC Ann Lee was dismissed without notice by Kent Police.") == []


def test_a_rule_conflict_is_settled_in_extraction_and_flagged():
    record = extract_release(
        clean_text(
            "PC Ann Lee was found to have committed gross misconduct. Of 12 "
            "allegations against PC Ann Lee, nine were found proven and three not "
            "proven."
        )
    )
    [person] = record.people
    # The database forbids "not proven" with a level (result_not_proven_has_no_severity).
    assert (person.severity, person.outcome) == ("gross misconduct", None)
    assert any("some allegations were not proven" in r for r in record.review_reasons)


def test_a_year_fixed_by_its_weekday_is_not_flagged():
    # Measured on the development corpora, such dates are nearly always right.
    record = extract_release(
        clean_text(
            "PC Ann Lee was dismissed at a misconduct hearing on Thursday 27 May."
        ),
        published=datetime.date(2021, 6, 1),
    )
    assert record.people[0].hearing_date == datetime.date(2021, 5, 27)
    assert record.review_reasons == []
