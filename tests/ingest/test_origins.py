"""A folder's sources.tsv: each file's original URL, publisher and date."""

from datetime import date
from pathlib import Path

import pytest

from cases.ingest.origins import Origin, is_web_address, read_sources_file
from cases.ingest.read import FoundPath, iter_document_paths, read_found

URL = "https://www.kent.police.uk/news/pc-dismissed/"


def folder_with(tmp_path: Path, tsv: str, *files: str) -> Path:
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("PC Smith was dismissed.\n")
    (tmp_path / "sources.tsv").write_text(tsv)
    return tmp_path


def test_each_line_gives_its_file_an_origin(tmp_path):
    folder = folder_with(
        tmp_path,
        "file\turl\tpublisher\tpublished\n"
        f"140.txt\t{URL}\tKent Police\t2023-05-04\n"
        "2023/b.html\thttps://example.org/b\t\t\n",
        "140.txt",
        "2023/b.html",
    )

    parsed = read_sources_file(folder / "sources.tsv")

    assert parsed.problems == []
    assert parsed.origins == {
        folder / "140.txt": Origin(URL, "Kent Police", date(2023, 5, 4)),
        folder / "2023" / "b.html": Origin("https://example.org/b"),
    }


def test_columns_are_found_by_name_in_any_order_and_others_ignored(tmp_path):
    folder = folder_with(
        tmp_path, f"notes\turl\tfile\nseen twice\t{URL}\ta.txt\n", "a.txt"
    )

    parsed = read_sources_file(folder / "sources.tsv")

    assert parsed.origins == {folder / "a.txt": Origin(URL)}


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("a.txt\tnot a url", "line 2: a.txt: not an http(s) address: 'not a url'"),
        ("a.txt\tftp://example.org/a", "line 2: a.txt: not an http(s) address"),
        ("a.txt", "line 2: a.txt: not an http(s) address: ''"),
        (f"\t{URL}", "line 2: no file name"),
        (f"missing.txt\t{URL}", "line 2: there is no file missing.txt here"),
        (f"../a.txt\t{URL}", "line 2: ../a.txt: the file must be named relative"),
        (f"/etc/a.txt\t{URL}", "line 2: /etc/a.txt: the file must be named relative"),
        (f"a.txt\t{URL}\t\t4 May 2023", "published must be a date as YYYY-MM-DD"),
        (f"a.txt\t{URL}\t\t2023-02-30", "published must be a date as YYYY-MM-DD"),
    ],
)
def test_a_line_it_cannot_use_is_reported_and_the_rest_still_count(
    tmp_path, line, problem
):
    folder = folder_with(
        tmp_path,
        f"file\turl\tpublisher\tpublished\n{line}\nb.txt\t{URL}\n",
        "a.txt",
        "b.txt",
    )

    parsed = read_sources_file(folder / "sources.tsv")

    assert len(parsed.problems) == 1 and problem in parsed.problems[0]
    assert parsed.origins == {folder / "b.txt": Origin(URL)}


def test_a_header_without_file_and_url_is_reported(tmp_path):
    folder = folder_with(tmp_path, f"name\taddress\na.txt\t{URL}\n", "a.txt")

    parsed = read_sources_file(folder / "sources.tsv")

    assert parsed.origins == {}
    assert parsed.problems == [
        "line 1: the header must name the columns file and url (tab-separated); "
        "missing file, url"
    ]


def test_a_file_listed_twice_keeps_its_first_line(tmp_path):
    other = "https://example.org/other"
    folder = folder_with(
        tmp_path, f"file\turl\na.txt\t{URL}\na.txt\t{other}\n", "a.txt"
    )

    parsed = read_sources_file(folder / "sources.tsv")

    assert parsed.origins == {folder / "a.txt": Origin(URL)}
    assert parsed.problems == [
        "line 3: a.txt is listed again (first on line 2); the first is kept"
    ]


def test_a_sources_file_that_is_not_utf8_is_reported(tmp_path):
    (tmp_path / "sources.tsv").write_bytes(b"file\turl\n\xff\xfe\x00")

    assert read_sources_file(tmp_path / "sources.tsv").problems == ["not UTF-8 text"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (URL, True),
        ("http://example.org", True),
        ("/news/pc-dismissed/", False),
        ("javascript:alert(1)", False),
        ("https://", False),
        ("http://[::1", False),
        ("https://example.org/a b", False),
        ("https://example.org/" + "a" * 2000, False),
    ],
)
def test_only_whole_absolute_web_addresses_count(value, expected):
    assert is_web_address(value) is expected


# --- Listing a folder with a sources.tsv ----------------------------------------------


def test_listing_names_files_relative_to_the_folder_given_with_their_origin(tmp_path):
    folder = folder_with(
        tmp_path / "inbox",
        f"file\turl\tpublisher\nnotices/a.txt\t{URL}\tKent Police\n",
        "notices/a.txt",
        "b.txt",
    )

    found = list(iter_document_paths([folder]))

    assert found == [FoundPath(folder / "b.txt"), FoundPath(folder / "notices/a.txt")]
    assert [(item.name, item.origin) for item in found] == [
        ("b.txt", Origin()),
        ("notices/a.txt", Origin(URL, "Kent Police")),
    ]


def test_a_file_given_alone_takes_its_origin_from_its_folder(tmp_path):
    folder = folder_with(tmp_path, f"file\turl\na.txt\t{URL}\n", "a.txt")

    [found] = iter_document_paths([folder / "a.txt"])

    assert (found.name, found.origin) == ("a.txt", Origin(URL))


def test_a_sources_file_in_a_subfolder_speaks_for_its_own_files(tmp_path):
    other = "https://example.org/deeper"
    folder = folder_with(tmp_path, f"file\turl\nsub/a.txt\t{URL}\n", "sub/a.txt")
    (folder / "sub" / "sources.tsv").write_text(f"file\turl\na.txt\t{other}\n")

    [found] = iter_document_paths([folder])

    assert (found.name, found.origin.url) == ("sub/a.txt", other)


def test_problems_of_a_sources_file_are_reported_as_skipped_lines(tmp_path):
    folder = folder_with(tmp_path, "file\turl\na.txt\tnowhere\n", "a.txt")

    found = list(iter_document_paths([folder]))

    assert found == [
        FoundPath(
            folder / "sources.tsv", "line 2: a.txt: not an http(s) address: 'nowhere'"
        ),
        FoundPath(folder / "a.txt"),
    ]


def test_reading_a_listed_file_takes_the_sources_file_over_the_page(tmp_path):
    page = (
        '<html><head><link rel="canonical" href="https://example.org/canonical">'
        '<meta property="og:site_name" content="Page Says">'
        '<meta property="article:published_time" content="2020-01-01">'
        "</head><body><p>PC Smith was dismissed.</p></body></html>"
    )
    (tmp_path / "page.html").write_text(page)
    (tmp_path / "sources.tsv").write_text(
        f"file\turl\tpublisher\tpublished\npage.html\t{URL}\tKent Police\t2023-05-04\n"
    )
    [found] = iter_document_paths([tmp_path])

    document = read_found(found)

    assert document.path == str(tmp_path / "page.html")
    assert document.file_name == "page.html"
    assert (document.url, document.publisher, document.published) == (
        URL,
        "Kent Police",
        date(2023, 5, 4),
    )


@pytest.mark.parametrize(
    ("canonical", "url"),
    [
        ("https://example.org/canonical", "https://example.org/canonical"),
        ("/news/pc-dismissed", ""),  # relative: no original address
    ],
)
def test_without_a_sources_file_a_page_keeps_its_own_canonical_address(
    tmp_path, canonical, url
):
    page = (
        f'<html><head><link rel="canonical" href="{canonical}">'
        "</head><body><p>PC Smith was dismissed.</p></body></html>"
    )
    (tmp_path / "page.html").write_text(page)
    [found] = iter_document_paths([tmp_path])

    assert read_found(found).url == url
