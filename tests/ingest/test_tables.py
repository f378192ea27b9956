"""Which lines make up which row of a table (cases/ingest/tables.py)."""

from cases.ingest.tables import table_rows as rows_of


def table_rows(text: str) -> dict[int, int]:
    """Each line's row, as the row's first line."""
    return {line: row.first for line, row in rows_of(text).items()}


def test_each_line_of_a_run_with_the_same_cells_is_a_row():
    text = "Intro line\nRank | Year | Outcome |\nPC | 2021 | Dismissed |\nPS | 2022 | Cleared |\nAfter"
    assert table_rows(text) == {1: 1, 2: 2, 3: 3}


def test_a_single_line_with_separators_is_not_a_table():
    assert table_rows("PUBLISHED: 09:36 | UPDATED: 10:00 | Share\nThe story.") == {}


def test_two_cell_lines_are_not_a_table():
    assert table_rows("Name | Sam Lee |\nRank | Constable |") == {}


def test_a_row_of_another_width_ends_the_table():
    text = "A | B | C |\nD | E | F |\nG | H | I | J | K | L |"
    assert table_rows(text) == {0: 0, 1: 1}


def test_a_grid_with_a_cell_a_line_groups_its_cells_under_its_header():
    text = (
        "Outcomes\n\nMonth\n\nRank\n\nSanction\n\nMay 2023\n\nSergeant\n\nWritten warning"
        "\n\nJune 2023\n\nConstable\n\nDismissed\n\nThe force publishes outcomes monthly "
        "for everyone to read."
    )
    rows = table_rows(text)
    lines = text.split("\n")
    groups: dict[int, list[str]] = {}
    for index, row in sorted(rows.items()):
        groups.setdefault(row, []).append(lines[index])
    assert list(groups.values()) == [
        ["Month", "Rank", "Sanction"],
        ["May 2023", "Sergeant", "Written warning"],
        ["June 2023", "Constable", "Dismissed"],
    ]


def test_repeated_or_labelled_lines_are_no_grid_header():
    text = "Force: Misconduct hearing\nForce: Misconduct hearing\nDate - 7 May\nBy - A Reporter"
    assert table_rows(text) == {}


def test_a_table_of_standards_says_so():
    text = "Date | Breach of standards | Outcome |\nMay | Use of force | Cleared |"
    assert {row.of_standards for row in rows_of(text).values()} == {True}
    assert not any(
        row.of_standards for row in rows_of("A | B | C |\nD | E | F |").values()
    )


def test_records_each_headed_by_a_rank_alone_are_rows_up_to_a_blank_line():
    text = (
        "Outcomes\n\nPolice Constable\nGross misconduct proven.\nDismissed.\n\n"
        "Former DS\nMisconduct proven.\n\nThe force said it was pleased."
    )
    assert table_rows(text) == {2: 2, 3: 2, 4: 2, 6: 6, 7: 6}


def test_a_rank_alone_once_is_no_list_of_records():
    text = "A PC was dismissed.\n\nJohn Smith\nChief Inspector\nKent Police"
    assert table_rows(text) == {}


def test_a_rank_heading_ends_the_record_before_it_without_a_blank_line():
    text = "Outcomes\nPC\nDismissed.\nSergeant\nFinal written warning."
    assert table_rows(text) == {1: 1, 2: 1, 3: 3, 4: 3}
