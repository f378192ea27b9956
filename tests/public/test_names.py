"""cases/public/names.py: a withheld name is found in every form documents write it."""

import pytest

from cases.public.names import NOBODY, PLACEHOLDER, Names, fold

SMITH = Names(["John Smith"])
ONEILL = Names(["Ciarán O'Neill", "ciaran o'neill"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PC John Smith was dismissed.", f"PC {PLACEHOLDER} was dismissed."),
        ("PC JOHN  SMITH was dismissed.", f"PC {PLACEHOLDER} was dismissed."),
        ("pc john smith was dismissed.", f"pc {PLACEHOLDER} was dismissed."),
        ("Mr Smith will be barred.", f"Mr {PLACEHOLDER} will be barred."),
        ("SMITH had sent messages.", f"{PLACEHOLDER} had sent messages."),
        ("Smith's phone was seized.", f"{PLACEHOLDER}'s phone was seized."),
        ("Smith’s phone was seized.", f"{PLACEHOLDER}’s phone was seized."),
        (
            "A locksmith and a smith were witnesses.",
            "A locksmith and a smith were witnesses.",
        ),
        ("Officer Smithson was cleared.", "Officer Smithson was cleared."),
    ],
)
def test_full_names_in_any_case_and_capitalised_surnames_are_replaced(text, expected):
    assert SMITH.redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O'NEILL had sent messages", f"{PLACEHOLDER} had sent messages"),
        ("Mr O’Neill’s car", f"Mr {PLACEHOLDER}’s car"),
        ("CIARAN ONEILL resigned", f"{PLACEHOLDER} resigned"),
        ("Ciaran O'Neill resigned", f"{PLACEHOLDER} resigned"),
        ("Ciarán O’Neill resigned", f"{PLACEHOLDER} resigned"),
    ],
)
def test_accents_apostrophes_and_letter_case_do_not_matter(text, expected):
    assert ONEILL.redact(text) == expected


def test_a_surname_that_is_a_word_stays_a_word_in_lower_case():
    young = Names(["Tom Young"])

    assert young.redact("a young officer met PC Young") == (
        f"a young officer met PC {PLACEHOLDER}"
    )
    assert young.redact("tom young resigned") == f"{PLACEHOLDER} resigned"


def test_a_middle_name_and_a_double_barrelled_surname_are_no_way_round():
    names = Names(["Jane Mary Carter-Jones"])

    assert names.redact("Jane Carter-Jones and Ms Carter and JONES") == (
        f"{PLACEHOLDER} and Ms {PLACEHOLDER} and {PLACEHOLDER}"
    )


def test_nothing_is_replaced_without_withheld_names():
    assert not NOBODY
    assert NOBODY.redact("PC John Smith") == "PC John Smith"


def test_names_with_regex_characters_are_taken_literally():
    names = Names(["Jo (Ann) O'Neil"])
    assert names.redact("Jo (Ann) O'Neil resigned") == f"{PLACEHOLDER} resigned"


@pytest.mark.parametrize(
    "address",
    [
        "https://news.example.org/2023/pc-john-smith-dismissed",
        "https://news.example.org/?p=PC+John+Smith",
        "https://news.example.org/smith-dismissed",
        "pc-ciaran-oneill-dismissed",
    ],
)
def test_an_address_that_spells_a_name_in_any_case_is_left_out_whole(address):
    names = Names(["John Smith", "Ciarán O'Neill"])
    assert names.spelled_by(address)
    assert names.address(address) == ""


def test_an_address_that_spells_no_name_stays():
    assert SMITH.address("https://news.example.org/pc-dismissed") == (
        "https://news.example.org/pc-dismissed"
    )


def test_offsets_into_the_stored_text_follow_it_into_the_redacted_copy():
    text = "PC John Smith lied. He was dismissed."
    redacted, offsets = SMITH.redact_mapped(text)
    start = text.index("He was")

    assert redacted[offsets(start) : offsets(len(text))] == "He was dismissed."
    assert offsets.stored_length == len(text)
    assert offsets(text.index("Smith")) == redacted.index(PLACEHOLDER)


def test_folding_keeps_one_character_for_one():
    assert fold("Zoë Brontë’s") == "Zoe Bronte's"
    assert len(fold("Ça a été")) == len("Ça a été")
