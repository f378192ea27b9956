"""Table tests for cases/ingest/dates.py: a year is filled only when the text fixes it."""

from datetime import date

import pytest

from cases.ingest.dates import find_dates, find_published, read_stage_dates, resolve
from cases.ingest.sentences import split_sentences


def _resolve(text, **context):
    mention = next(
        m for m in find_dates(text) if m.month or m.weekday is not None or m.relative
    )
    value = resolve(mention, **context)
    return str(value) if value else None


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("recently (22 October 2021)", {"reference": None}, "2021-10-22"),
        ("held on Thursday 23rd January 2020", {"reference": None}, "2020-01-23"),
        # The seed: "Thursday 30 June" after an investigation that ended in February 2022.
        (
            "recently (Thursday 30 June)",
            {"reference": None, "floor": date(2022, 2, 1)},
            "2022-06-30",
        ),
        # No bound, or no weekday to follow: not guessed.
        ("between Monday 6 July", {"reference": None}, None),
        ("concluded on April 16", {"reference": None, "floor": date(2020, 1, 1)}, None),
        # An upper bound only: the last fit before it (SCHEMA.md's example).
        ("on Thursday 12 October", {"reference": date(2023, 10, 13)}, "2023-10-12"),
        # Both bounds: the first fit after the lower.
        (
            "on Tuesday (September 19)",
            {"reference": date(2025, 1, 1), "floor": date(2022, 11, 1)},
            "2023-09-19",
        ),
        # A publication date fixes it.
        ("on Wednesday, July 27", {"reference": date(2022, 7, 30)}, "2022-07-27"),
        ("yesterday (27 June)", {"reference": date(2019, 6, 28)}, "2019-06-27"),
        ("March 13 last year (2021)", {"reference": None}, "2021-03-13"),
        ("8 Jan 21 Back to Listing", {"reference": None}, "2021-01-08"),
        ("Published 28/06/19", {"reference": None}, "2019-06-28"),
        ("in September 2020", {"reference": None}, "2020-09"),
    ],
)
def test_dates_are_completed_only_when_the_text_fixes_the_year(text, context, expected):
    assert _resolve(text, **context) == expected


@pytest.mark.parametrize(
    ("published", "expected"),
    [(None, None), (date(2020, 9, 9), "2020-09-08")],
)
def test_yesterday_resolves_only_with_a_publication_date(published, expected):
    assert (
        _resolve("it was yesterday (Tuesday) determined", reference=published)
        == expected
    )


def test_a_weekday_that_does_not_fit_the_date_gives_none():
    assert _resolve("on Monday 30 June 2022", reference=date(2022, 7, 10)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published: 05 Oct 2023\nStory", date(2023, 10, 5)),
        ("Title\n17 Jun 2019 02:33 PM\nA jury ...", date(2019, 6, 17)),
        ("Date published: 20 November 2019 09:07", date(2019, 11, 20)),
        ("A PC was dismissed on 4 June 2018 after a hearing.", None),
        # Day-first numeric dates with dashes or dots need the four-digit year.
        ("Yahoo\n11-04-2025\nOfficers banned", date(2025, 4, 11)),
        ("Posted 03.02.2024\nStory", date(2024, 2, 3)),
        ("Results\n2-5\nStory", None),
        # A date line shared with a byline.
        (
            "Headline\n3 MARCH 2016 | BY Jo Bloggs FOR Kent News\nStory",
            date(2016, 3, 3),
        ),
        ("The hearing on 4 May 2021 by the panel was private.", None),
        # ... or a labelled date in one of a byline's cells.
        (
            "Headline\nReporter: Jo Bloggs | Published 4 March 2025\nStory",
            date(2025, 3, 4),
        ),
        ("Officers | Hearing held 4 March 2025 | Results\nStory", None),
    ],
)
def test_a_printed_publication_date_is_read_from_its_own_line(text, expected):
    assert find_published(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A month that shares the year after it: "in September and December 2019".
        ("in September and December 2019", ["2019-09", "2019-12"]),
        ("between January and July 2019", ["2019-01", "2019-07"]),
        # Across a year end the text does not fix the first month's year.
        ("in December and January 2020", ["2020-01"]),
        # A year on its own, after a preposition.
        ("following a complaint made in 2019", ["2019"]),
        ("in early 2020", ["2020"]),
        ("in 2022/23 the IOPC", []),
        ("the Police (Conduct) Regulations 2020", []),
    ],
)
def test_months_and_years_are_read_to_the_precision_given(text, expected):
    values = [resolve(m, reference=None) for m in find_dates(text)]
    assert [str(v) for v in values if v] == expected


def _stages(text, reference=None):
    sentences = split_sentences(text)
    mentions = [m for s in sentences for m in find_dates(s.text, s.start)]
    found = read_stage_dates(
        sentences, mentions, lambda m: resolve(m, reference=reference), reference
    )
    return {key: [str(f.value) for f in values] for key, values in found.items()}


@pytest.mark.parametrize(
    ("text", "stage", "expected"),
    [
        (
            "We received a referral from the force in October 2021 and began work.",
            "referred_on",
            ["2021-10"],
        ),
        (
            "Complaints were received in May 2020. A referral followed in March 2020.",
            "referred_on",
            ["2020-03", "2020-05"],  # earliest first: the Case keeps the first
        ),
        ("He was arrested in May 2020 after a referral.", "referred_on", []),
        (
            "The investigation concluded in June 2021 and a referral was made in 2019.",
            "investigation_concluded_on",
            ["2021-06"],
        ),
        (
            "The hearing commenced on 10 June 2021 and concluded on 20 June 2021.",
            "hearing_on",
            ["2021-06-10", "2021-06-20"],
        ),
        ("At a magistrates' court hearing on 4 May 2021 he pleaded.", "hearing_on", []),
        ("The hearing has been postponed until 4 May 2021.", "hearing_on", []),
        ('"The hearing on 4 May 2021 was fair," she said.', "hearing_on", []),
    ],
)
def test_stage_dates_belong_to_the_stage_worded_beside_them(text, stage, expected):
    assert _stages(text)[stage] == expected


def test_a_forum_date_after_the_day_of_writing_is_not_its_date():
    text = "A misconduct hearing sat on 4 May 2022."
    assert _stages(text, reference=date(2022, 5, 10))["hearing_on"] == ["2022-05-04"]
    assert _stages(text, reference=date(2022, 5, 1))["hearing_on"] == []
