"""Withheld names never reach public text."""

import pytest

from cases.redaction import PLACEHOLDER, redact, withheld_names_pattern


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PC John Smith was dismissed.", f"PC {PLACEHOLDER} was dismissed."),
        ("PC JOHN  SMITH was dismissed.", f"PC {PLACEHOLDER} was dismissed."),
        ("Mr Smith will be barred.", f"Mr {PLACEHOLDER} will be barred."),
        (
            "A locksmith and a smith were witnesses.",
            "A locksmith and a smith were witnesses.",
        ),
        ("Officer Smithson was cleared.", "Officer Smithson was cleared."),
    ],
)
def test_full_names_and_surnames_are_replaced(text, expected):
    assert redact(text, withheld_names_pattern(["John Smith"])) == expected


def test_nothing_is_replaced_without_withheld_names():
    assert withheld_names_pattern([]) is None
    assert redact("PC John Smith", None) == "PC John Smith"


def test_names_with_regex_characters_are_taken_literally():
    pattern = withheld_names_pattern(["Jo (Ann) O'Neil"])
    assert redact("Jo (Ann) O'Neil resigned", pattern) == f"{PLACEHOLDER} resigned"
