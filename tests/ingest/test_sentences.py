"""Sentence splitting: hard-wrapped lines run on, other line breaks end a sentence."""

from cases.ingest.clean import clean_text
from cases.ingest.extract import extract_release
from cases.ingest.sentences import split_sentences

# A notice as a PDF gives it: lines broken at one width, wherever a word ends.
WRAPPED = (
    "On 4th March 2022 at 10AM at Kent Police Headquarters, Sutton Road, Maidstone,\n"
    "ME15 9BZ a Misconduct Hearing under the Police (Conduct) Regulations 2020 took\n"
    "place in relation to Police Constable Ann Cole. The hearing was held in person\n"
    "and the officer attended with her Police Federation representative throughout\n"
    "the two days of evidence. The panel found the allegations proven and PC Cole\n"
    "was dismissed without notice.\n"
    "Reasons:\n"
    "1) The officer was untruthful;\n"
    "2) The officer did not report the use of force.\n"
)


def test_hard_wrapped_lines_run_on_into_one_sentence_with_offsets_kept():
    sentences = split_sentences(WRAPPED)
    first = sentences[0]
    assert first.text.startswith("On 4th March 2022")
    assert first.text.endswith("Police Constable Ann Cole.")
    assert "Maidstone, ME15 9BZ" in first.text
    for sentence in sentences:
        # Offsets still point into the text as given, line breaks and all.
        assert (
            WRAPPED[sentence.start : sentence.end].replace("\n", " ") == sentence.text
        )
    # A line ended by a colon and the list's items stay lines of their own.
    assert "Reasons:" in [s.text for s in sentences]
    assert "1) The officer was untruthful;" in [s.text for s in sentences]


def test_the_date_at_the_head_of_a_wrapped_notice_is_the_hearing_date():
    record = extract_release(clean_text(WRAPPED))
    [person] = record.people
    assert person.name == "Ann Cole"
    assert person.hearing_date.isoformat() == "2022-03-04"


def test_short_lines_of_running_text_are_not_joined():
    text = (
        "Officer dismissed\n"
        "PC Jo Hart was dismissed after a misconduct hearing\n"
        "Kent Police said the hearing ended on Friday\n"
        "Read more\n"
    )
    assert [s.text for s in split_sentences(text)] == [
        line for line in text.split("\n") if line
    ]


def test_a_sentence_of_hard_wrapped_lines_is_quoted_with_its_breaks():
    line = "word " * 14
    text = "\n".join([line.strip()] * 4) + "."
    [sentence] = split_sentences(text)
    assert "\n" not in sentence.text
    assert sentence.span.quote == text[sentence.start : sentence.end]
