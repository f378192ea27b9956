"""Table tests for cases/ingest/extract.py (and the modules it wires: mentions, findings,
people, force_names). Self-contained: the seeds in seeds/ and short texts written here."""

import datetime
from pathlib import Path

import pytest

from cases.ingest.clean import clean_text
from cases.ingest.extract import extract_path, extract_release

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

SEED_RECORDS = {
    "000_bfc693bbd04dafad.txt": {
        "is_outcome": True,
        "force": "West Mercia Police",
        "officers": [
            {
                "name": "Michael Harrison",
                "rank": "Police Constable",
                "force": "West Mercia Police",
                "former": False,
                "age": 33,
                "severity": "gross misconduct",
                "outcome": "dismissed",
                "criminal": None,
                "proceeding": "misconduct hearing",
                "hearing_date": None,
                "standards": [
                    "honesty and integrity",
                    "authority, respect and courtesy",
                    "discreditable conduct",
                ],
                "barred": True,
            }
        ],
    },
    "004_f06806b7ae44835f.txt": {
        "is_outcome": True,
        "force": "Leicestershire Police",
        "officers": [
            {
                "name": None,
                "rank": "Police Community Support Officer",
                "force": "Leicestershire Police",
                "former": True,
                "age": None,
                "severity": "gross misconduct",
                "outcome": "would have been dismissed",
                "criminal": None,
                "proceeding": "misconduct hearing",
                "hearing_date": "2022-06-30",
                "standards": [],
                "barred": True,
            }
        ],
    },
}


def _extract(text, **kwargs):
    return extract_release(clean_text(text), **kwargs)


def _one(text, **kwargs):
    record = _extract(text, **kwargs)
    assert len(record.people) == 1, [p.to_schema() for p in record.people]
    return record.people[0]


@pytest.mark.parametrize("seed", sorted(SEED_RECORDS))
def test_seeds_give_exactly_their_labels(seed):
    record = extract_path(SEEDS / seed)
    record.pop("review")
    assert {k: v for k, v in record.items() if k != "file"} == SEED_RECORDS[seed]


def test_a_weekday_year_written_elsewhere_in_the_seed_is_not_flagged():
    # The seed's "Thursday 30 June" takes its year from the investigation's end in
    # "February 2022": the year is the story's own, so nothing is left to check.
    record = extract_path(SEEDS / "004_f06806b7ae44835f.txt")
    assert record["officers"][0]["hearing_date"] == "2022-06-30"
    assert record["review"] == []


def test_seed_evidence_quotes_the_sentence_each_value_was_read_from():
    text = clean_text((SEEDS / "000_bfc693bbd04dafad.txt").read_text(encoding="utf-8"))
    person = extract_release(text).people[0]
    for field_name, span in person.evidence.items():
        assert text[span.start : span.end] == span.quote, field_name
    assert "dismissed" in person.evidence["outcome"].quote
    assert "barred" in person.evidence["barred"].quote


def test_seed_allegation_period_is_read_to_the_month():
    text = clean_text((SEEDS / "000_bfc693bbd04dafad.txt").read_text(encoding="utf-8"))
    person = extract_release(text).people[0]
    periods = [
        (str(a.period_start), str(a.period_end))
        for a in person.allegations
        if a.period_start
    ]
    assert ("2018-11", "2019-08") in periods


def test_seed_stage_dates_chair_title_and_summary():
    text = clean_text((SEEDS / "004_f06806b7ae44835f.txt").read_text(encoding="utf-8"))
    record = extract_release(text)
    assert record.title.startswith(
        "Former Leicestershire Police PCSO would have been dismissed"
    )
    assert record.summary.startswith(
        "A former Leicestershire Police Community Support Officer"
    )
    assert [str(d) for d in record.dates.referrals] == ["2021-10"]
    assert str(record.dates.investigation_concluded) == "2022-02"
    assert str(record.dates.hearing) == "2022-06-30"
    assert "Assistant Chief Officer" in record.chair


@pytest.mark.parametrize(
    ("published", "expected"),
    [(None, None), (datetime.date(2021, 1, 8), datetime.date(2021, 1, 7))],
)
def test_yesterday_thursday_resolves_only_with_a_publication_date(published, expected):
    text = (
        "At a misconduct hearing it was yesterday (Thursday) determined that PC John Smith "
        "had breached the standards. The panel imposed a sanction of dismissal without notice."
    )
    assert _one(text, published=published).hearing_date == expected


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        (
            "PC Tom Reed was dismissed without notice after a misconduct hearing.",
            "outcome",
            "dismissed",
        ),
        ("PC Tom Reed was sacked.", "outcome", "dismissed"),
        (
            "PC Tom Reed would have been dismissed had he not resigned.",
            "outcome",
            "would have been dismissed",
        ),
        (
            "PC Tom Reed was given a final written warning.",
            "outcome",
            "final written warning",
        ),
        ("PC Tom Reed received a written warning.", "outcome", "written warning"),
        ("PC Tom Reed was demoted to constable.", "outcome", "reduction in rank"),
        ("PC Tom Reed received management advice.", "outcome", "management advice"),
        (
            "The allegations against PC Tom Reed were found not proven.",
            "outcome",
            "not proven",
        ),
        ("PC Tom Reed was jailed for two years.", "criminal", "convicted"),
        ("A jury found PC Tom Reed not guilty.", "criminal", "acquitted"),
        (
            "PC Tom Reed was dismissed after gross misconduct was found proven.",
            "severity",
            "gross misconduct",
        ),
        (
            "PC Tom Reed's conduct amounted to misconduct and he got a written warning.",
            "severity",
            "misconduct",
        ),
        (
            "At an accelerated misconduct hearing PC Tom Reed was dismissed.",
            "proceeding",
            "accelerated misconduct hearing",
        ),
        (
            "At a special case hearing PC Tom Reed was dismissed.",
            "proceeding",
            "accelerated misconduct hearing",
        ),
        (
            "A misconduct meeting gave PC Tom Reed a written warning.",
            "proceeding",
            "misconduct meeting",
        ),
        ("Sgt Tom Reed was dismissed.", "rank", "Sergeant"),
        ("DC Tom Reed was dismissed.", "rank", "Detective Constable"),
        (
            "A PCSO was dismissed without notice.",
            "rank",
            "Police Community Support Officer",
        ),
        ("A member of police staff was sacked.", "rank", "Police Staff"),
        ("Police constable Tom Reed, 41, was dismissed.", "age", 41),
    ],
)
def test_wording_maps_onto_the_vocabulary(text, field, expected):
    assert getattr(_one(text), field) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The IOPC found PC Tom Reed had a case to answer for gross misconduct.",
        "A misconduct hearing for PC Tom Reed will be held on March 22.",
        "Officers may be dismissed without notice or receive a written warning.",
        "We recommended that the officer would benefit from reflective practice.",
        "The IOPC has begun an investigation into the death of a man in custody.",
        "",
    ],
)
def test_no_result_means_not_an_outcome(text):
    record = _extract(text)
    assert record.is_outcome is False
    assert record.to_schema("x")["officers"] == []


def test_gross_misconduct_is_only_the_level_found_not_the_forum():
    person = _one("PC Tom Reed was dismissed following a gross misconduct hearing.")
    assert person.severity is None
    assert person.proceeding == "misconduct hearing"


def test_standards_case_to_answer_only_are_not_breaches():
    person = _one(
        "PC Tom Reed was dismissed at a misconduct hearing. We found a case to answer for "
        "breaches of the standards relating to honesty and integrity and confidentiality."
    )
    assert person.standards == []


def test_former_pc_dismissed_without_notice_was_serving():
    person = _one("Former PS 3140 Smith was dismissed without notice.")
    assert person.former is False
    assert person.name == "Smith"


def test_anonymised_people_keep_their_label_and_no_name():
    person = _one("The officer, known as Officer A, was dismissed without notice.")
    assert person.name is None
    assert person.label == "Officer A"


def test_several_people_with_different_results():
    record = _extract(
        "At the same hearing PC Anne Lee was dismissed without notice. "
        "PS Bob Kay was given a final written warning. "
        "The allegations against PC Carl Moss were found not proven."
    )
    assert [(p.name, p.outcome) for p in record.people] == [
        ("Anne Lee", "dismissed"),
        ("Bob Kay", "final written warning"),
        ("Carl Moss", "not proven"),
    ]


def test_a_counted_list_gives_one_entry_per_person():
    record = _extract(
        "An inspector was given a final warning. Two Pcs were given written warnings."
    )
    assert [(p.rank, p.outcome) for p in record.people] == [
        ("Inspector", "final written warning"),
        ("Police Constable", "written warning"),
        ("Police Constable", "written warning"),
    ]


def test_quoted_speakers_and_chairs_are_not_entries():
    record = _extract(
        "A Kent Police officer was dismissed. Chief Constable Alan Pughsley, who chaired "
        'the hearing, said: "PC Carter was rightly dismissed." IOPC Director Jo Bloggs added '
        "that officers must act with integrity."
    )
    assert len(record.people) == 1
    assert record.people[0].name is None or record.people[0].name == "Carter"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Hampshire police officer was sacked.",
            "Hampshire and Isle of Wight Constabulary",
        ),
        (
            "A GMP officer was sacked by Greater Manchester Police.",
            "Greater Manchester Police",
        ),
        ("A Met officer was sacked, the Met said.", "Metropolitan Police Service"),
        (
            "A British Transport Police (BTP) officer was sacked.",
            "British Transport Police",
        ),
        ("An officer was sacked.", None),
        # A name's capitals may grow, but a lower-case verb is not the force.
        ("He met police officers after PC Ann Vale was sacked.", None),
        ("A KENT Police officer was sacked.", "Kent Police"),
        (
            "In Gwent, hearings are held in public. A constable was sacked.",
            "Gwent Police",
        ),
        # The force that employs outweighs one mentioned in passing, headline or not.
        (
            "A look inside Essex Police's standards unit was aired last week.\n\n"
            "Suffolk Constabulary Sergeant Ann Vale was dismissed on Monday. The "
            "Suffolk Constabulary chief constable welcomed the decision.",
            "Suffolk Constabulary",
        ),
        ("See www.kent.police.uk for details. An officer was sacked.", None),
    ],
)
def test_force_is_canonical_and_only_when_the_text_names_it(text, expected):
    assert _extract(text).force == expected


def test_unknown_outcome_wording_is_reported_not_guessed():
    record = _extract("PC Tom Reed was reprimanded by the panel.")
    assert record.is_outcome is False
    assert any("reprimand" in reason for reason in record.review_reasons)


def test_two_forces_are_reported_for_review():
    record = _extract(
        "A Kent Police officer was dismissed after an Essex Police inquiry."
    )
    assert any("Several forces" in reason for reason in record.review_reasons)


@pytest.mark.parametrize(
    "text",
    [
        "\x00\x01\x02 binary \xff\xfe junk",
        "." * 100_000,
        '"' * 100_000,
        "PC A B C D E F " * 5_000,
        "Monday 1 January 2020 - 3 " * 5_000,
        "dismissed " * 20_000,
    ],
)
def test_hostile_text_never_raises(text):
    record = _extract(text)
    assert isinstance(record.is_outcome, bool)


# --- evidence: the sentence behind every value -----------------------------------------

PERSON_FIELDS = (
    "name",
    "label",
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
)
EVIDENCE_TEXTS = [
    (SEEDS / "000_bfc693bbd04dafad.txt").read_text(encoding="utf-8"),
    (SEEDS / "004_f06806b7ae44835f.txt").read_text(encoding="utf-8"),
    "Kent Police officer sacked\n\n"
    "Former PC Anne Lee, 41, of Kent Police was found to have committed gross misconduct "
    "and would have been dismissed had she not resigned. She will be placed on the barred "
    "list. The hearing concluded on 4 May 2022 and was chaired by Chief Constable Alan "
    "Pughsley.",
    "A misconduct hearing was held on Tuesday 12 July 2022. Officer A, a police sergeant, "
    "was found to have breached the standards of honesty and integrity and confidentiality. "
    "Misconduct was found proven and the officer received a final written warning. "
    "We received a referral from Essex Police in March 2021. Our investigation concluded "
    "in October 2021.",
    "Two Essex Police officers were given written warnings at a misconduct meeting. "
    "A third, DC Raj Patel, was cleared of misconduct. PC Sam Hill was jailed for "
    "two years after he pleaded guilty at Chelmsford Crown Court.",
    "Police staff member sacked\nA member of police staff at West Midlands Police was "
    "dismissed after an accelerated misconduct hearing. It was alleged that between "
    "January and March 2023 she accessed police systems without a policing purpose.",
]


def _empty(value) -> bool:
    return value in (None, False, "", [])


@pytest.mark.parametrize("raw", EVIDENCE_TEXTS)
def test_every_extracted_value_has_the_sentence_it_was_read_from(raw):
    text = clean_text(raw)
    record = extract_release(text)

    def check(span):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.quote
        assert span.quote.strip()

    assert record.people
    for person in record.people:
        for field_name in PERSON_FIELDS:
            if not _empty(getattr(person, field_name)):
                check(person.evidence[field_name])
        assert set(person.evidence) <= set(PERSON_FIELDS)  # no evidence for nothing
        for allegation in person.allegations:
            check(allegation.evidence)
            assert allegation.text == allegation.evidence.quote
    document = {
        "force": record.force,
        "is_outcome": record.is_outcome,
        "chair": record.chair,
        "title": record.title,
        "summary": record.summary,
        "referred_on": record.dates.referrals,
        "investigation_concluded_on": record.dates.investigation_concluded,
        "hearing_on": record.dates.hearing,
        "outcome_on": record.dates.outcome,
    }
    for key, value in document.items():
        if not _empty(value):
            check(record.evidence[key])
    for index in range(1, len(record.dates.referrals)):
        check(record.evidence[f"referred_on_{index + 1}"])


def test_evidence_quotes_the_sentence_that_states_each_value():
    record = _extract(EVIDENCE_TEXTS[2])
    person = record.people[0]
    assert "Former PC Anne Lee, 41" in person.evidence["name"].quote
    assert person.evidence["age"] == person.evidence["name"]
    assert "barred list" in person.evidence["barred"].quote
    assert "concluded on 4 May 2022" in record.evidence["hearing_on"].quote
    assert "Pughsley" in record.evidence["chair"].quote


def test_a_metadata_title_the_text_does_not_repeat_is_quoted_at_no_offset():
    text = "PC Tom Reed was dismissed without notice."
    record = extract_release(text, title="Officer dismissed | Kent Police")
    span = record.evidence["title"]
    assert (span.start, span.end, span.quote) == (
        0,
        0,
        "Officer dismissed | Kent Police",
    )


# --- stage dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The IOPC began investigations following referrals about the officer's "
            "conduct from West Mercia Police in September and December 2019.",
            ["2019-09", "2019-12"],
        ),
        (
            "We received a referral from the force about the officer's alleged conduct "
            "in October 2021 and began an independent investigation.",
            ["2021-10"],
        ),
        ("The matter was referred to the IOPC in March 2020.", ["2020-03"]),
        ("The investigation began following a complaint made in 2019.", ["2019"]),
        ("In March 2020, Kent Police referred the matter to us.", ["2020-03"]),
        # Dates of other events near the word are not the referral's.
        (
            "He was arrested on 10 March 2020, just days after a referral was made.",
            [],
        ),
        (
            "The man who made the complaint had been taken into custody on 31 "
            "December 2016.",
            [],
        ),
        # A month without a year the text fixes is never guessed.
        ("Our investigation followed a referral in November.", []),
        ("The officer, referred to as Officer A, joined in May 2015.", []),
    ],
)
def test_referral_dates(text, expected):
    assert [str(d) for d in _extract(text).dates.referrals] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the end of our investigations in September 2020 we submitted our report.",
            "2020-09",
        ),
        ("The investigation concluded in May 2021.", "2021-05"),
        ("Our investigation, which ended in February 2021, found a case.", "2021-02"),
        ("We completed our investigation in September 2016.", "2016-09"),
        ("At the conclusion of the investigation in April, a report was sent.", "None"),
    ],
)
def test_investigation_concluded_dates(text, expected):
    assert str(_extract(text).dates.investigation_concluded) == expected


@pytest.mark.parametrize(
    ("text", "hearing", "outcome"),
    [
        (
            "PC Tom Reed was dismissed at a hearing which concluded on 12 February 2020.",
            "2020-02-12",
            "2020-02-12",
        ),
        (
            "The misconduct hearing started on Monday 11 October 2021 and ended on 21 "
            "October 2021. PC Tom Reed was dismissed.",
            "2021-10-21",
            "2021-10-21",
        ),
        (
            "On 7 and 8 June 2021 a gross misconduct hearing was held. PC Tom Reed was "
            "dismissed.",
            "2021-06-08",
            "2021-06-08",
        ),
        # The seed: the year comes from the investigation's end (February 2022).
        (
            "At the end of our investigation in February 2022 we found a case to answer. "
            "At a disciplinary hearing held in Leicester recently (Thursday 30 June), "
            "PC Tom Reed was dismissed.",
            "2022-06-30",
            "2022-06-30",
        ),
        (
            "A misconduct meeting was held in June 2023 and PC Tom Reed received a "
            "written warning.",
            "2023-06",
            "2023-06",
        ),
        # Not the hearing's dates: an adjournment, a date ahead, what it heard about.
        (
            "The hearing was adjourned on 3 May 2022. PC Tom Reed was dismissed.",
            "None",
            "None",
        ),
        ("A misconduct hearing will be held on 22 March 2024.", "None", "None"),
        (
            "A hearing on Tuesday heard how the officer refused a drugs test on 21 July "
            "2021.",
            "None",
            "None",
        ),
        # No year the text fixes: empty, never a guess.
        (
            "At a hearing held on Thursday 30 June PC Tom Reed was dismissed.",
            "None",
            "None",
        ),
    ],
)
def test_hearing_and_outcome_dates(text, hearing, outcome):
    dates = _extract(text).dates
    assert (str(dates.hearing), str(dates.outcome)) == (hearing, outcome)


def test_seed_referrals_are_read_to_the_month():
    text = clean_text((SEEDS / "000_bfc693bbd04dafad.txt").read_text(encoding="utf-8"))
    record = extract_release(text)
    assert [str(d) for d in record.dates.referrals] == ["2019-09", "2019-12"]
    assert str(record.dates.investigation_concluded) == "2020-09"
    assert "referrals" in record.evidence["referred_on"].quote
    assert record.evidence["referred_on_2"] == record.evidence["referred_on"]


# --- chair ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At a police disciplinary hearing, led by an independent, legally qualified "
            "Chair, it was determined that PC Tom Reed had breached the standards.",
            "an independent, legally qualified Chair",
        ),
        (
            "A Leicestershire Police disciplinary panel, chaired by an Assistant Chief "
            "Officer, has decided he breached police professional standards.",
            "an Assistant Chief Officer",
        ),
        (
            "A three-day hearing led by an independent and legally qualified chair, "
            "found the allegations were proven.",
            "an independent and legally qualified chair",
        ),
        (
            "The hearing was presided over by Commander Sam Hill at Scotland Yard.",
            "Commander Sam Hill",
        ),
        (
            "Chief Constable Chris Rowley chaired the accelerated hearing.",
            "Chief Constable Chris Rowley",
        ),
        (
            "An accelerated hearing was held in front of Chief Constable Kier "
            "Pritchard, of Wiltshire Police, in which allegations were proven.",
            "Chief Constable Kier Pritchard",
        ),
        (
            "The Chair of the Accelerated Misconduct Hearing, Chief Constable Chris "
            "Haward, dismissed two officers.",
            "Chief Constable Chris Haward",
        ),
        (
            "The legally qualified chair ruled the officer be named.",
            "the legally qualified chair",
        ),
        # Not a chair: an investigation's author, a crowd, a quote.
        ("We found failings in 15 investigations conducted by the officer.", ""),
        ("On May 29 - in front of colleagues - the officer used racist language.", ""),
        ('He said: "The hearing was chaired by Chief Constable Jo Bloggs."', ""),
    ],
)
def test_chair_is_read_as_worded(text, expected):
    assert _extract(text).chair == expected


# --- labels of people the story does not name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Officer A was dismissed without notice.", "Officer A"),
        ("PC F was given a final written warning.", "PC F"),
        ("A police sergeant was given a final written warning.", "a police sergeant"),
        (
            "A former Leicestershire Police Community Support Officer (PCSO) would have "
            "been dismissed had he not resigned. The former PCSO had sent messages.",
            "the former PCSO",
        ),
        ("An officer was sacked.", "an officer"),
        (
            "Two serving officers were dismissed without notice.",
            "one of two serving officers",
        ),
    ],
)
def test_unnamed_people_carry_how_the_story_refers_to_them(text, label):
    person = _extract(text).people[0]
    assert person.name is None
    assert person.label == label


def test_seed_former_pcso_is_labelled_as_the_story_refers_to_him():
    text = clean_text((SEEDS / "004_f06806b7ae44835f.txt").read_text(encoding="utf-8"))
    person = extract_release(text).people[0]
    assert (person.name, person.label) == (None, "the former PCSO")
    assert "the former PCSO" in person.evidence["label"].quote


def test_named_people_keep_no_description_label():
    person = _one("A West Mercia Police officer, PC Tom Reed, was dismissed.")
    assert (person.name, person.label) == ("Tom Reed", "")


# --- allegations --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (allegation text start, standards, proven, period)
        (
            "Police constable Michael Harrison, 33, faced allegations of gross misconduct "
            "after being accused of having inappropriate contact with two vulnerable "
            "women. He was dismissed.",
            [("Police constable Michael Harrison, 33, faced", [], None, None)],
        ),
        (
            "PC Tom Reed was dismissed. It is alleged that between November 2018 and "
            "August 2019 he formed a relationship with a victim.",
            [("It is alleged that", [], None, ("2018-11", "2019-08"))],
        ),
        (
            "PC Tom Reed was given a final written warning.\n"
            "Allegation 1: That on 3 March 2021 he failed to record a crime, a breach of "
            "duties and responsibilities. Proven.\n"
            "Allegation 2: That he was rude to a victim, a breach of authority, respect "
            "and courtesy. Not proven.",
            [
                ("Allegation 1:", ["duties and responsibilities"], None, None),
                ("Allegation 2:", ["authority, respect and courtesy"], None, None),
            ],
        ),
        (
            "PC Tom Reed was given a written warning. The allegation that he breached "
            "confidentiality was found proven. The allegation of dishonesty, a breach of "
            "honesty and integrity, was not proven.",
            [
                ("The allegation that", ["confidentiality"], True, None),
                (
                    "The allegation of dishonesty",
                    ["honesty and integrity"],
                    False,
                    None,
                ),
            ],
        ),
        # The word in passing is not an allegation.
        (
            "We received a referral about the officer's alleged conduct. PC Tom Reed was "
            "dismissed. Police declined to divulge the nature of the allegations.",
            [],
        ),
    ],
)
def test_allegations_are_the_sentences_that_state_them(text, expected):
    person = _extract(text).people[0]
    got = [
        (
            a.text,
            a.standards,
            a.proven,
            (str(a.period_start), str(a.period_end)) if a.period_start else None,
        )
        for a in person.allegations
    ]
    assert len(got) == len(expected), got
    for (text_, standards, proven, period), (start, e_std, e_proven, e_period) in zip(
        got, expected, strict=True
    ):
        assert text_.startswith(start)
        assert (standards, proven, period) == (e_std, e_proven, e_period)


def test_allegations_go_to_the_person_they_are_about():
    record = _extract(
        "PC Anne Lee was dismissed. PS Bob Kay was given a written warning. "
        "PS Bob Kay was accused of failing to supervise her."
    )
    lee, kay = record.people
    assert lee.allegations == []
    assert [a.text for a in kay.allegations] == [
        "PS Bob Kay was accused of failing to supervise her."
    ]


# --- review ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wording"),
    [
        (
            "The outcome was: extended supervision for PC Tom Reed.",
            "extended supervision",
        ),
        (
            "The sanction imposed on PC Tom Reed was a formal censure.",
            "a formal censure",
        ),
        ("PC Tom Reed was reprimanded by the panel.", "reprimand"),
    ],
)
def test_unknown_outcome_wording_in_a_stated_result_is_reported_not_guessed(
    text, wording
):
    record = _extract(text)
    assert record.is_outcome is False
    assert record.people == []
    assert any(wording in reason for reason in record.review_reasons)


@pytest.mark.parametrize(
    "text",
    [
        "PC Tom Reed was dismissed. The sanction was dismissal without notice.",
        "PC Tom Reed received a written warning. The outcome is subject to appeal.",
    ],
)
def test_known_outcome_wording_is_not_reported(text):
    record = _extract(text)
    assert record.is_outcome is True
    assert record.review_reasons == []


@pytest.mark.parametrize(
    "text",
    [
        "Officer barred from policing\nThe hearing was told the officer lied.",
        "The panel determined that PC Tom Reed's conduct was unacceptable.",
        "The allegations against the officer were found proven at the hearing.",
    ],
)
def test_an_outcome_like_document_with_no_result_is_flagged(text):
    record = _extract(text)
    assert record.is_outcome is False
    assert any("no result was found" in reason for reason in record.review_reasons)


def test_an_announcement_is_not_flagged():
    record = _extract("A misconduct hearing for PC Tom Reed will be held on 22 March.")
    assert record.review_reasons == []
