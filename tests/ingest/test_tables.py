"""Which lines are rows of a table (cases/ingest/tables.py)."""

from cases.ingest.tables import table_lines


def test_a_run_of_lines_with_the_same_cells_is_a_table():
    text = "Intro line\nRank | Year | Outcome |\nPC | 2021 | Dismissed |\nPS | 2022 | Cleared |\nAfter"
    assert table_lines(text) == {1, 2, 3}


def test_a_single_line_with_separators_is_not_a_table():
    assert table_lines("PUBLISHED: 09:36 | UPDATED: 10:00 | Share\nThe story.") == set()


def test_two_cell_lines_are_not_a_table():
    assert table_lines("Name | Sam Lee |\nRank | Constable |") == set()


def test_a_row_of_another_width_ends_the_table():
    text = "A | B | C |\nD | E | F |\nG | H | I | J | K | L |"
    assert table_lines(text) == {0, 1}
