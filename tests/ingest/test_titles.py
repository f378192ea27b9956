from datetime import date

import pytest

from cases.ingest.titles import choose_title, clean_title, generated_headline


@pytest.mark.parametrize(
    ("text", "publisher", "title"),
    [
        ("PC dismissed | News | Kent Police", "", "PC dismissed"),
        ("PC dismissed - Kent Police", "Kent Police", "PC dismissed"),
        ("Home \\ IPCC", "", ""),
        ('Home " IPCC', "", ""),
        (
            "Home > News > Sergeant dismissed for lying",
            "",
            "Sergeant dismissed for lying",
        ),
        ("5 Essex Court", "", ""),
        ("ENGAGING", "", ""),
        ("Skip Navigation", "", ""),
        (
            "Skip to content Quick exit Special Constable dismissed",
            "",
            "Special Constable dismissed",
        ),
        (
            "Article 66P7X Two PCs sacked for sharing offensive messages",
            "",
            "Two PCs sacked for sharing offensive messages",
        ),
        (
            "EXCLUSIVE: Officer kept job after warning",
            "",
            "Officer kept job after warning",
        ),
        ("25th June 2019", "", ""),
        ("Thursday, October 01, 2020", "", ""),
        ("90 days from today is Wed, 26 March 2025", "", ""),
        ("We've updated our Privacy and Cookies Policy", "", ""),
        ("Get all your news in one place.", "", ""),
        ("Misconduct Hearings", "", ""),
        ("Independent Police Complaints Commission", "", ""),
        ("Lloyd House in Birmingham", "", ""),
        ("ON APPEAL FROM THE LIVERPOOL CROWN COURT", "", ""),
        ("Dear Staffordshire Police and Crime Commissioner,", "", ""),
        ("Kent Police", "Kent Police", ""),
        ("Ex Rotherham PC Jailed", "", "Ex Rotherham PC Jailed"),
        (
            "Staffordshire custody procedures not fully followed before man's death",
            "",
            "Staffordshire custody procedures not fully followed before man's death",
        ),
    ],
)
def test_clean_title_keeps_the_headline_and_refuses_page_furniture(
    text, publisher, title
):
    assert clean_title(text, publisher) == title


def test_a_lead_sentence_standing_in_for_a_headline_is_cut_at_a_word():
    lead = "A police officer has been dismissed " + "after a long hearing " * 12

    title = clean_title(lead)

    assert len(title) <= 161 and title.endswith("…")
    assert title.startswith("A police officer has been dismissed after")
    assert not title[:-1].endswith(" ")


def test_choose_title_takes_the_first_usable_line():
    lines = [
        "5 Essex Court",
        "8 Jan 21 Back to Listing",
        "High profile hearing reaches conclusion",
    ]

    assert choose_title(lines) == "High profile hearing reaches conclusion"
    assert choose_title(["ENGAGING", "ESSEX"]) == ""


@pytest.mark.parametrize(
    ("force", "people", "when", "precision", "headline"),
    [
        (
            "Greater Manchester Police",
            [("Sergeant", "dismissed")],
            date(2023, 6, 1),
            "month",
            "Greater Manchester Police: sergeant dismissed, June 2023",
        ),
        (
            "Kent Police",
            [("Police Constable", "final written warning")],
            date(2021, 3, 9),
            "day",
            "Kent Police: PC given a final written warning, March 2021",
        ),
        (
            "Kent Police",
            [("", "dismissed"), ("", "dismissed")],
            date(2021, 1, 1),
            "year",
            "Kent Police: 2 officers dismissed, 2021",
        ),
        (
            "Essex Police",
            [
                ("Police Constable", "dismissed"),
                ("Police Constable", "dismissed"),
                ("Sergeant", "final written warning"),
            ],
            None,
            "",
            "Essex Police: 3 officers: 2 dismissed, 1 final written warning",
        ),
        ("", [("Inspector", "")], None, "", "Misconduct case against an inspector"),
        (
            "Kent Police",
            [("Police Staff", "not proven")],
            None,
            "",
            "Kent Police: member of staff: misconduct not proven",
        ),
    ],
)
def test_a_generated_headline_says_who_what_where_and_when(
    force, people, when, precision, headline
):
    assert generated_headline(force, people, when, precision) == headline
