import codecs
import hashlib
import os
from datetime import date
from pathlib import Path

import pytest
from bs4.builder import ParserRejectedMarkup
from hypothesis import given, settings
from hypothesis import strategies as st

from cases.ingest.read import (
    MAX_BYTES,
    FoundPath,
    ReadError,
    html_page,
    iter_document_paths,
    read_document,
)

FIXTURES = Path(__file__).parent / "fixtures"
IOPC_PAGE = FIXTURES / "iopc_news_dismissal.html"
FORCE_PAGE = FIXTURES / "force_outcome_notice.html"

SAMPLE = "PC Jane Doe was dismissed.\nShe had been paid £1,200 for “overtime”.\n"


def write(folder: Path, name: str, content: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def page(head: str = "", body: str = "<p>Body text.</p>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def lines(text: str) -> list[str]:
    return text.split("\n")


# --- Decoding --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (SAMPLE.encode("cp1252"), "cp1252"),
    ],
    ids=[
        "utf-8",
        "utf-8-bom",
        "utf-16-le-bom",
        "utf-16-be-bom",
        "utf-16-le",
        "utf-16-be",
        "cp1252",
    ],
)
def test_text_is_decoded_with_the_codec_it_was_written_in(tmp_path, data, encoding):
    document = read_document(write(tmp_path, "release.txt", data))

    assert document.text == SAMPLE
    assert document.raw_text == SAMPLE  # no BOM character survives decoding
    assert document.encoding == encoding
    assert document.decode_errors is False


def test_sha256_is_taken_over_the_raw_bytes_not_the_decoded_text(tmp_path):
    data = codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le")

    document = read_document(write(tmp_path, "release.txt", data))

    assert document.sha256 == hashlib.sha256(data).hexdigest()


def test_stray_byte_in_utf8_text_is_replaced_and_recorded(tmp_path):
    # A Windows-1252 apostrophe (0x92) pasted into otherwise UTF-8 text.
    data = "Café owner’s statement: the officer".encode() + b"\x92s reply\n"

    document = read_document(write(tmp_path, "release.txt", data))

    assert document.encoding == "utf-8"
    assert document.decode_errors is True
    assert document.text == "Café owner’s statement: the officer\ufffds reply\n"


def test_bytes_that_fit_no_codec_never_crash_and_are_recorded(tmp_path):
    # 0x81 and 0x9d are undefined in Windows-1252 and invalid as UTF-8.
    data = b"Fined \xa3100 \x81 for \x93misconduct\x94 \x9d\n"

    document = read_document(write(tmp_path, "release.txt", data))

    assert document.decode_errors is True
    assert "\ufffd" in document.text
    assert "misconduct" in document.text


def test_plain_text_line_endings_are_normalised_but_raw_text_is_not(tmp_path):
    document = read_document(write(tmp_path, "release.txt", b"one\r\ntwo\rthree\n"))

    assert document.text == "one\ntwo\nthree\n"
    assert document.raw_text == "one\r\ntwo\rthree\n"
    assert document.content_type == "text/plain"


# --- The " date" line --------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "published"),
    [
        (" date 2022-07-01\nIOPC\nOfficer dismissed\n", date(2022, 7, 1)),
        (" date 2022-07-01\r\nIOPC\r\n", date(2022, 7, 1)),
        # captured pages often run the headline on after the date
        (" date 2022-05-27 Officer dismissed\n- Published\n", date(2022, 5, 27)),
        (" date 2022-05-2712\nIOPC\n", None),
        ("IOPC\nOfficer dismissed\n", None),
        ("IOPC\n date 2022-07-01\n", None),  # only the first line carries the date
        (" date 2022-02-30\nIOPC\n", None),  # no such day
        (" date July 2022\nIOPC\n", None),
    ],
)
def test_leading_date_line_gives_the_publication_date(tmp_path, content, published):
    document = read_document(write(tmp_path, "release.txt", content))

    assert document.published == published


def test_leading_date_line_stays_in_the_text(tmp_path):
    document = read_document(write(tmp_path, "release.txt", " date 2022-07-01\nIOPC\n"))

    assert document.text == " date 2022-07-01\nIOPC\n"


# --- HTML text -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "chrome",
    [
        "Skip to main content",
        "Cookies on this site",
        "Accept analytics cookies",
        "Search this site",
        "Complaints and appeals",  # main navigation
        "Home",  # breadcrumb
        "Share this",
        "Share on Facebook",
        "Related news",
        "Privacy notice",
        "Independent Office for Police Conduct 2023",  # footer
        "dataLayer",  # script
        "position: fixed",  # style
    ],
)
def test_iopc_page_chrome_is_dropped(chrome):
    document = read_document(IOPC_PAGE)

    assert chrome not in document.text


def test_iopc_page_keeps_headings_and_paragraphs_as_lines_between_blank_lines():
    document = read_document(IOPC_PAGE)

    assert lines(document.text)[:6] == [
        "Northshire Police constable dismissed after lying about a road crash",
        "",
        "Published: 14 March 2023",
        "",
        "A Northshire Police constable who gave a false account of how a patrol car "
        "came to be damaged has been dismissed without notice following an "
        "investigation by the Independent Office for Police Conduct (IOPC).",
        "",
    ]
    assert "\n\nWhat happened\n\n" in document.text
    assert lines(document.text)[-1] == (
        "The former officer will be placed on the barred list held by the College "
        "of Policing."
    )


def test_iopc_page_metadata_comes_from_the_page_itself():
    document = read_document(IOPC_PAGE)

    assert document.content_type == "text/html"
    assert document.title == (
        "Northshire Police constable dismissed after lying about a road crash"
    )
    # The NewsArticle's date, not the WebPage node's, nor a related story's <time>.
    assert document.published == date(2023, 3, 14)
    # The publisher is an {"@id": ...} reference; og:site_name names it too.
    assert document.publisher == "Independent Office for Police Conduct"
    assert document.url == (
        "https://www.example.org.uk/news/northshire-police-constable-dismissed"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Misconduct hearing outcome: Police Sergeant 9416 John Smith",
        "Name of officer: Police Sergeant 9416 John Smith",
        "Date of hearing: 30 January 2024 to 1 February 2024",
        "Finding: Gross misconduct proven.",
        "Outcome: Dismissal without notice.",
        "No. | Allegation | Standard | Finding",
        "1 | Sent messages of a sexual nature to a colleague | Discreditable conduct "
        "| Proven",
        "3 | Failed to report the contact to a supervisor | Challenging and reporting "
        "improper conduct | Not proven",
    ],
)
def test_force_notice_keeps_labelled_fields_and_table_rows_as_lines(line):
    document = read_document(FORCE_PAGE)

    assert line in lines(document.text)


@pytest.mark.parametrize(
    "chrome",
    [
        "This site uses cookies",
        "I'm OK with that",
        "Skip to content",
        "In an emergency always dial 999",  # masthead
        "Professional standards",  # navigation
        "Freedom of information",  # footer div
        "Westshire Police 2024",
        "_gaq",
    ],
)
def test_force_notice_chrome_is_dropped_though_a_form_wraps_the_page(chrome):
    document = read_document(FORCE_PAGE)

    assert chrome not in document.text


def test_force_notice_table_rows_are_consecutive_lines():
    document = read_document(FORCE_PAGE)

    rows = [line for line in lines(document.text) if " | " in line]
    first = lines(document.text).index(rows[0])
    assert lines(document.text)[first : first + 4] == rows


def test_force_notice_metadata():
    document = read_document(FORCE_PAGE)

    assert (
        document.title == "Misconduct hearing outcome: Police Sergeant 9416 John Smith"
    )
    assert document.published == date(2024, 2, 7)  # DC.date.issued
    assert document.publisher == ""
    assert document.url == ""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<h1>Title</h1><p>One <b>bold</b>\n  word.</p>", "Title\n\nOne bold word."),
        (
            "<ul><li>First</li><li>Second</li></ul><p>After</p>",
            "First\nSecond\n\nAfter",
        ),
        ("<p>Line one<br>Line two</p>", "Line one\nLine two"),
        ("<table><tr><td>a</td><td></td><td>c</td></tr></table>", "a | c"),
        ("<table><tr><td><p>a</p><p>b</p></td><td>c</td></tr></table>", "a b | c"),
        ("<dl><dt>Finding:</dt><dd>Proven</dd></dl>", "Finding:\nProven"),
        ("<p>Fined&nbsp;&pound;500</p><!-- a comment -->", "Fined £500"),
        ("<pre>line one\nline two</pre>", "line one\nline two"),
        ("<div>Dismissed</div><div>without notice</div>", "Dismissed\nwithout notice"),
    ],
)
def test_html_blocks_become_lines(tmp_path, body, expected):
    document = read_document(write(tmp_path, "page.html", page(body=body)))

    assert document.text == expected


def test_main_element_is_preferred_to_the_rest_of_the_body(tmp_path):
    body = (
        "<div>Latest appeals</div><main><p>Officer dismissed.</p></main><div>Ad</div>"
    )

    document = read_document(write(tmp_path, "page.html", page(body=body)))

    assert document.text == "Officer dismissed."


def test_longest_article_is_used_when_there_is_no_main(tmp_path):
    body = (
        "<article><p>Teaser.</p></article>"
        "<article><h1>Officer dismissed</h1><p>The full story.</p></article>"
    )

    document = read_document(write(tmp_path, "page.html", page(body=body)))

    assert document.text == "Officer dismissed\n\nThe full story."


def test_header_inside_the_article_is_kept(tmp_path):
    body = (
        "<header><p>Site name</p></header>"
        "<article><header><h1>Officer dismissed</h1></header><p>Story.</p></article>"
    )

    document = read_document(write(tmp_path, "page.html", page(body=body)))

    assert document.text == "Officer dismissed\n\nStory."


def test_site_header_is_dropped_even_when_its_logo_is_an_h1(tmp_path):
    body = (
        '<header class="site-header"><h1>Kent Police</h1><nav>Menu</nav></header>'
        '<div class="content"><h1>PC dismissed</h1><p>Story.</p></div>'
    )

    document = read_document(write(tmp_path, "page.html", page(body=body)))

    assert document.text == "PC dismissed\n\nStory."
    assert document.title == "PC dismissed"


def test_wrapper_holding_the_headline_is_kept_though_named_like_chrome(tmp_path):
    body = '<div class="gdpr-wrapper"><h1>PC dismissed</h1><p>Story.</p></div>'

    document = read_document(write(tmp_path, "page.html", page(body=body)))

    assert document.text == "PC dismissed\n\nStory."


def test_body_classed_for_cookies_is_not_mistaken_for_a_banner(tmp_path):
    html = '<html><body class="cookie-consent-pending"><p>Story.</p></body></html>'

    document = read_document(write(tmp_path, "page.html", html))

    assert document.text == "Story."


# --- HTML metadata -------------------------------------------------------------------


def json_ld(source: str) -> str:
    return f'<script type="application/ld+json">{source}</script>'


@pytest.mark.parametrize(
    ("head", "body", "published"),
    [
        (
            json_ld(
                '{"@type": "NewsArticle", "datePublished": "2021-05-06T09:00:00Z"}'
            ),
            "",
            date(2021, 5, 6),
        ),
        (
            json_ld(
                '[{"@type": "WebSite"}, {"@type": "Article", '
                '"datePublished": "2021-05-07"}]'
            ),
            "",
            date(2021, 5, 7),
        ),
        (
            json_ld(
                '{"@graph": [{"@type": "WebPage", "datePublished": "2020-01-01"}, '
                '{"@type": "NewsArticle", "datePublished": "2021-05-08"}]}'
            ),
            "",
            date(2021, 5, 8),
        ),
        (
            '<meta property="article:published_time" content="2021-05-09T08:00:00+01:00">',
            "",
            date(2021, 5, 9),
        ),
        ("", '<time datetime="2021-05-10">Monday</time>', date(2021, 5, 10)),
        ("", "<time>Tuesday 11 May 2021</time>", date(2021, 5, 11)),
        ('<meta name="date" content="2021-05-12">', "", date(2021, 5, 12)),
        ('<meta name="dc.date" content="12/05/2021">', "", date(2021, 5, 12)),
        ('<meta name="DC.date.issued" content="2021-05-13">', "", date(2021, 5, 13)),
        ('<meta name="date" content="not a date">', "", None),
        (json_ld('<!-- {"datePublished": "2021-05-14"} -->'), "", date(2021, 5, 14)),
        (json_ld("{not json"), "", None),
        ("", "", None),
    ],
    ids=[
        "json-ld",
        "json-ld-list",
        "json-ld-graph",
        "article-meta",
        "time-datetime",
        "time-text",
        "meta-date",
        "meta-dc-date-uk-order",
        "meta-dc-date-issued",
        "unparseable-meta",
        "json-ld-in-comment",
        "malformed-json-ld",
        "none",
    ],
)
def test_publication_date_is_read_from_each_source(tmp_path, head, body, published):
    html = page(head=head, body=body + "<p>Story.</p>")

    document = read_document(write(tmp_path, "page.html", html))

    assert document.published == published


def test_json_ld_date_is_trusted_over_time_elements_and_meta(tmp_path):
    head = json_ld('{"@type": "NewsArticle", "datePublished": "2021-05-06"}')
    head += '<meta name="date" content="2019-01-01">'
    body = '<time datetime="2020-01-01">1 January 2020</time>'

    document = read_document(write(tmp_path, "page.html", page(head=head, body=body)))

    assert document.published == date(2021, 5, 6)


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        (
            '<meta property="og:title" content="Sergeant dismissed after hearing">'
            "<title>T</title>",
            "<h1>PC given a warning</h1>",
            "Sergeant dismissed after hearing",
        ),
        (
            "<title>Title tag</title>",
            "<h1>PC given a <em>warning</em></h1>",
            "PC given a warning",
        ),
        ("<title>PC dismissed | News | Kent Police</title>", "", "PC dismissed"),
        (
            "<title>PC dismissed - gross misconduct proven</title>",
            "",
            "PC dismissed - gross misconduct proven",
        ),
        (
            '<meta property="og:site_name" content="Kent Police">'
            "<title>PC dismissed - Kent Police</title>",
            "",
            "PC dismissed",
        ),
        (
            "<title>Outcomes | A very long site name that is no mere suffix</title>",
            "",
            "Outcomes | A very long site name that is no mere suffix",
        ),
        ("", "", ""),
    ],
    ids=[
        "og-title",
        "h1",
        "pipe-suffixes",
        "dash-in-headline",
        "dash-site-name",
        "long-suffix",
        "none",
    ],
)
def test_title_comes_from_og_title_then_h1_then_title_tag(tmp_path, head, body, title):
    document = read_document(write(tmp_path, "page.html", page(head=head, body=body)))

    assert document.title == title


def test_publisher_falls_back_to_the_json_ld_publisher_name(tmp_path):
    head = json_ld(
        '{"@type": "NewsArticle", "publisher": {"@type": "Organization", '
        '"name": "Southshire Constabulary"}}'
    )

    document = read_document(write(tmp_path, "page.html", page(head=head)))

    assert document.publisher == "Southshire Constabulary"


@pytest.mark.parametrize(
    ("head", "url"),
    [
        (
            '<link rel="canonical" href="https://a.example/x">'
            '<meta property="og:url" content="https://b.example/y">',
            "https://a.example/x",
        ),
        (
            '<meta property="og:url" content="https://b.example/y">',
            "https://b.example/y",
        ),
        ("", ""),
    ],
)
def test_url_comes_from_the_canonical_link_then_og_url(tmp_path, head, url):
    document = read_document(write(tmp_path, "page.html", page(head=head)))

    assert document.url == url


def test_txt_file_holding_an_html_page_is_read_as_html(tmp_path):
    html = "\n  <!DOCTYPE html><html><body><nav>Menu</nav><p>Story.</p></body></html>"

    document = read_document(write(tmp_path, "capture.txt", html))

    assert document.content_type == "text/html"
    assert document.text == "Story."
    assert document.raw_text == html


# --- Robustness ----------------------------------------------------------------------


def test_html_nested_ten_thousand_deep_is_read(tmp_path):
    html = page(
        body="<div>" * 10_000 + "deep text" + "</div>" * 10_000 + "<p>after</p>"
    )

    document = read_document(write(tmp_path, "deep.html", html))

    assert document.text == "deep text\n\nafter"


def test_json_ld_nested_beyond_the_recursion_limit_is_ignored(tmp_path):
    head = json_ld('{"datePublished": "2021-01-01", "x": ' + "[" * 100_000 + "]}")

    document = read_document(write(tmp_path, "page.html", page(head=head)))

    assert document.published is None
    assert document.text == "Body text."


@pytest.mark.parametrize(
    "failure", [RecursionError(), ParserRejectedMarkup("lxml gave up")]
)
def test_page_the_parser_cannot_handle_falls_back_to_flat_text(
    tmp_path, monkeypatch, failure
):
    def failing_parser(*args, **kwargs):
        raise failure

    monkeypatch.setattr(html_page, "BeautifulSoup", failing_parser)
    html = page(
        body="<script>var x;</script><p>Officer &amp; staff</p><p>dismissed</p>"
    )

    document = read_document(write(tmp_path, "page.html", html))

    assert document.text == "Officer & staff dismissed"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            "<html><body><p>Unclosed <b>bold <i>both</p></div></span>text",
            "Unclosed bold both\n\ntext",
        ),
        ("<p>one<p>two<li>three<td>four", "one\n\ntwo\n\nthree four"),
        ("<<<>>><p>>Story</p><", "<<<>>>\n\n>Story\n\n<"),
        ("<table><td>cell</td></table><tr><td>stray</td></tr>", "cell\n\nstray"),
        ("<html><head><title>Only a title</title></head><body></body></html>", ""),
        ("<html><body>   </body></html>", ""),
    ],
)
def test_malformed_or_empty_html_is_read_without_error(tmp_path, html, text):
    document = read_document(write(tmp_path, "page.html", html))

    assert document.content_type == "text/html"
    assert document.text == text


@settings(max_examples=150, deadline=None)
@given(
    data=st.binary(min_size=1, max_size=400), suffix=st.sampled_from([".txt", ".html"])
)
def test_any_bytes_give_a_document_or_a_read_error(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"page{suffix}"
    path.write_bytes(data)

    try:
        document = read_document(path)
    except ReadError:
        return
    assert isinstance(document.text, str)


@settings(max_examples=100, deadline=None)
@given(
    markup=st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div>",
                "</td>",
                "<tr>",
                "<table>",
                "<li>",
                "<br>",
                "<main>",
                "</main>",
                "<nav>",
                "<h1>",
                "</h1>",
                "<!--",
                "-->",
                "<pre>",
                "word ",
                "\n",
                "&amp;",
                "<",
            ]
        ),
        max_size=60,
    )
)
def test_any_tag_soup_gives_a_document(tmp_path_factory, markup):
    path = tmp_path_factory.mktemp("soup") / "page.html"
    path.write_text("<html><body>x " + "".join(markup), encoding="utf-8")

    document = read_document(path)

    assert document.content_type == "text/html"


# --- Read errors ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (codecs.BOM_UTF8, "empty file"),
        (b" \n\t\r\n", "file contains only whitespace"),
        (b"Outcome: \x00\x00dismissed\x00 without notice\x01\x02", "binary content"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "not a readable PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (bytes(range(1, 32)) * 20, "mostly control characters"),
    ],
)
def test_files_without_text_raise_read_error_with_reason(tmp_path, content, reason):
    path = write(tmp_path, "release.txt", content)

    with pytest.raises(ReadError) as raised:
        read_document(path)

    assert reason in raised.value.reason
    assert raised.value.path == str(path)
    assert str(path) in str(raised.value)


def test_missing_file_raises_read_error(tmp_path):
    with pytest.raises(ReadError, match="no such file or folder"):
        read_document(tmp_path / "gone.txt")


def test_directory_raises_read_error(tmp_path):
    folder = tmp_path / "folder.txt"
    folder.mkdir()

    with pytest.raises(ReadError, match="is a directory"):
        read_document(folder)


def test_fifo_raises_read_error_instead_of_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    with pytest.raises(ReadError, match="not a regular file"):
        read_document(fifo)


def test_file_over_the_size_limit_raises_read_error(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: costs no disk space

    with pytest.raises(ReadError, match="limit"):
        read_document(path)


def test_file_at_the_size_limit_is_read(tmp_path):
    path = write(tmp_path, "large.txt", b"a" * MAX_BYTES)

    assert len(read_document(path).text) == MAX_BYTES


def test_permission_denied_on_open_raises_read_error(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", "text")

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)

    with pytest.raises(ReadError, match="permission denied"):
        read_document(path)


def test_path_with_nul_raises_read_error():
    with pytest.raises(ReadError, match="invalid path"):
        read_document("bad\x00name.txt")


# --- Listing paths -------------------------------------------------------------------


def test_folders_are_listed_recursively_in_sorted_order(tmp_path):
    for name in ["b.txt", "a.txt", "a/z.html", "a/c.htm", "a/deeper/d.TXT"]:
        write(tmp_path, name, "text")

    found = list(iter_document_paths([tmp_path]))

    assert [entry.path.relative_to(tmp_path).as_posix() for entry in found] == [
        "a/c.htm",
        "a/deeper/d.TXT",
        "a/z.html",
        "a.txt",
        "b.txt",
    ]
    assert not any(entry.skipped for entry in found)


def test_files_and_folders_can_be_mixed_and_keep_argument_order(tmp_path):
    single = write(tmp_path, "z-single.txt", "text")
    write(tmp_path, "folder/a.txt", "text")

    found = list(iter_document_paths([str(single), tmp_path / "folder"]))

    assert found == [FoundPath(single), FoundPath(tmp_path / "folder" / "a.txt")]


@pytest.mark.parametrize(
    "name", ["notes.md", "outcome.doc", "page.php", "README", ".DS_Store"]
)
def test_unsupported_extensions_are_reported_as_skipped(tmp_path, name):
    path = write(tmp_path, name, "text")

    found = list(iter_document_paths([tmp_path]))

    assert found == [FoundPath(path, "not a .txt, .html, .htm, .pdf or .docx file")]
    assert found[0].skipped


def test_symlink_loop_is_reported_and_does_not_hang(tmp_path):
    write(tmp_path, "corpus/a.txt", "text")
    (tmp_path / "corpus" / "loop").symlink_to(tmp_path / "corpus")

    found = list(iter_document_paths([tmp_path / "corpus"]))

    assert [entry.path.name for entry in found if not entry.skipped] == ["a.txt"]
    assert [
        (entry.path.name, entry.skip_reason) for entry in found if entry.skipped
    ] == [("loop", "folder already listed (symlink loop?)")]


def test_symlinked_folder_elsewhere_is_followed(tmp_path):
    write(tmp_path, "elsewhere/b.txt", "text")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "linked").symlink_to(tmp_path / "elsewhere")

    found = list(iter_document_paths([tmp_path / "corpus"]))

    assert found == [FoundPath(tmp_path / "corpus" / "linked" / "b.txt")]


def test_same_file_reached_twice_is_read_once(tmp_path):
    path = write(tmp_path, "a.txt", "text")

    found = list(iter_document_paths([path, tmp_path]))

    assert found == [FoundPath(path), FoundPath(path, f"same file as {path}")]


def test_missing_path_is_reported(tmp_path):
    path = tmp_path / "missing"

    found = list(iter_document_paths([path]))

    assert found == [FoundPath(path, "no such file or folder")]


def test_broken_symlink_is_reported(tmp_path):
    path = tmp_path / "dangling.txt"
    path.symlink_to(tmp_path / "gone.txt")

    found = list(iter_document_paths([tmp_path]))

    assert found == [FoundPath(path, "broken symlink")]


def test_listed_paths_can_be_read(tmp_path):
    write(tmp_path, "a.txt", " date 2020-01-02\nText\n")
    write(tmp_path, "b.html", page())

    documents = [
        read_document(entry.path)
        for entry in iter_document_paths([tmp_path])
        if not entry.skipped
    ]

    assert [(doc.content_type, doc.published) for doc in documents] == [
        ("text/plain", date(2020, 1, 2)),
        ("text/html", None),
    ]
