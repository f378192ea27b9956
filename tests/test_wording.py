import pytest

from cases.wording import people_summary, person_label


@pytest.mark.parametrize(
    ("name", "label", "rank", "former", "shown"),
    [
        ("", "a police sergeant", "Sergeant", False, "Unnamed sergeant"),
        ("", "the officer", "", False, "Unnamed officer"),
        ("", "the officer", "", True, "Unnamed former officer"),
        ("", "a civilian worker", "", False, "Unnamed member of staff"),
        ("", "Former PC A", "Police Constable", True, "Former PC A"),
        ("", "PC A", "Police Constable", True, "Former PC A"),
        ("", "Police Constable A", "Police Constable", False, "PC A"),
        ("", "Officer A", "Police Constable", False, "Officer A"),
        ("", "Special Constable A", "Special Constable", False, "Special Constable A"),
        ("", "one of six officers", "", False, "One of six officers (unnamed)"),
        (
            "",
            "one of two PCs",
            "Police Constable",
            True,
            "One of two PCs (unnamed, former)",
        ),
        ("", "one of two Pcs", "Police Constable", False, "One of two PCs (unnamed)"),
        (
            "",
            "one of three former officers",
            "",
            True,
            "One of three former officers (unnamed)",
        ),
        ("", "the PCSO", "Police Community Support Officer", False, "Unnamed PCSO"),
        ("Jane Roe", "", "Police Constable", False, "PC Jane Roe"),
        ("John Smith", "", "Sergeant", True, "Former Sergeant John Smith"),
        ("Ann Lee", "", "Police Staff", False, "Ann Lee (police staff)"),
        ("Ann Lee", "", "", False, "Ann Lee"),
    ],
)
def test_people_are_labelled_as_a_person_would_write_them(
    name, label, rank, former, shown
):
    assert person_label(name=name, label=label, rank=rank, former=former) == shown


def test_a_withheld_name_is_never_shown():
    shown = person_label(
        name="Jane Roe", label="", rank="Sergeant", former=False, withheld=True
    )

    assert shown == "Sergeant (name withheld)"


def test_people_summary_counts_outcomes_most_severe_first():
    outcomes = ["final written warning", "dismissed", "", "dismissed"]

    assert (
        people_summary(outcomes)
        == "2 dismissed, 1 final written warning, 1 no outcome reported"
    )
