"""Table tests for cases/ingest/clean.py: wrapper boilerplate out, the story kept."""

from pathlib import Path

import pytest

from cases.ingest.clean import clean_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_seed_aggregator_header_and_footer_are_removed(seed):
    cleaned = clean_text((SEEDS / seed).read_text(encoding="utf-8"))
    assert not cleaned.startswith("Independent Office for Police Conduct")
    for boilerplate in (
        "Printable version",
        "Channel website:",
        "Original article link:",
        "Share this article",
        "Latest News from",
        "Webinar Recording",
    ):
        assert boilerplate not in cleaned


def test_seed_story_text_is_kept_whole():
    cleaned = clean_text(
        (SEEDS / "000_bfc693bbd04dafad.txt").read_text(encoding="utf-8")
    )
    assert cleaned.startswith(
        "West Mercia Police officer dismissed for gross misconduct"
    )
    assert cleaned.endswith(
        "Mr Harrison will now be barred from working for the police service again."
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("", ""),
        ("He said: \u201cIt was wrong.\u201d", 'He said: "It was wrong."'),
        ("the officer\u2019s phone", "the officer's phone"),
        ("two\u00a0spaces   here", "two spaces here"),
        ("a\r\nb", "a\nb"),
        ("one\n\n\n\n\ntwo", "one\n\ntwo"),
        (" date 2022-05-27 Officer dismissed", "Officer dismissed"),
    ],
)
def test_quotes_spaces_and_the_date_line_are_normalised(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    "furniture",
    [
        "We use some essential cookies to make our website work.",
        "Your cookie preferences have been saved. You can update your cookie settings at any time on the cookies page.",
        "Skip to main content",
        "Quickly exit this site by pressing the Escape key Leave this site",
        "Read more: Dog walkers warned innocent gesture",
        "READ MORE: Investigation into alleged cover-up resumes",
        "Hide Ad",
        "More on KentOnline",
    ],
)
def test_site_furniture_lines_are_dropped(furniture):
    text = f"Officer dismissed\n{furniture}\nA PC was dismissed without notice."
    assert clean_text(text) == "Officer dismissed\nA PC was dismissed without notice."


def test_a_most_read_block_ends_the_story():
    text = "A PC was sacked.\nMost Read\n- 1 New griddle restaurant opens\n- 2 Concerns raised"
    assert clean_text(text) == "A PC was sacked."


def test_a_sentence_that_mentions_cookies_in_passing_is_kept():
    text = "The officer took cookies from the canteen and was given a written warning."
    assert clean_text(text) == text


def test_a_sign_off_and_the_links_after_it_on_one_line_are_dropped():
    line = (
        "Both officers were barred. Follow BBC Kent on BBC Sounds, Facebook, X and "
        "Instagram. Detective sacked over lies Officer sacked over pictures"
    )
    assert clean_text(line) == "Both officers were barred."


def test_a_markdown_table_is_read_as_the_readers_write_a_table():
    text = "Outcomes\n| Rank | Year | Outcome |\n|---|:---:|---|\n| PC | 2021 | Dismissed |"
    assert (
        clean_text(text) == "Outcomes\nRank | Year | Outcome |\nPC | 2021 | Dismissed |"
    )


def test_a_line_that_only_opens_with_a_bar_is_left_alone():
    text = "| Editorial | opinion piece"
    assert clean_text(text) == text


def test_a_year_glued_to_the_next_cell_of_a_grid_is_set_apart():
    assert clean_text("2021A Police Sergeant Final written warning") == (
        "2021 A Police Sergeant Final written warning"
    )
    assert clean_text("Case ref 2021/45A and 1999 were kept") == (
        "Case ref 2021/45A and 1999 were kept"
    )
