import pytest

from tests.factories import SourceDocumentFactory

pytestmark = pytest.mark.django_db


def test_source_page_marks_the_quoted_passage(client):
    source = SourceDocumentFactory(text="Before. The officer was dismissed. After.")
    html = client.get(f"{source.get_absolute_url()}?start=8&end=34").content.decode()
    assert (
        'Before. <mark id="quote" tabindex="-1">The officer was dismissed.</mark> After.'
        in html
    )


@pytest.mark.parametrize(
    "query", ["?start=30&end=5", "?start=0&end=9999", "?start=a&end=b", ""]
)
def test_source_page_ignores_a_passage_outside_the_text(client, query):
    source = SourceDocumentFactory(text="Before. The officer was dismissed. After.")
    html = client.get(f"{source.get_absolute_url()}{query}").content.decode()
    assert "<mark" not in html
    assert "Before. The officer was dismissed. After." in html


def test_source_page_makes_three_queries(client, source, django_assert_num_queries):
    """The source with its case, the case's people (whose withheld names are taken
    out of the text), and the other versions read from the same location."""
    with django_assert_num_queries(3):
        client.get(source.get_absolute_url())


def _provenance_source(**fields):
    from datetime import UTC, date, datetime

    return SourceDocumentFactory(
        **{
            "title": "PC dismissed after gross misconduct hearing",
            "publisher": "Kent Police",
            "published_on": date(2023, 5, 4),
            "url": "https://www.kent.police.uk/news/pc-dismissed/",
            "redirect_chain": ["http://kent.police.uk/n/1"],
            "captured_at": datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
            "location": "/srv/archive/inbox/kent/140.html",
            "file_name": "kent/140.html",
            **fields,
        }
    )


def test_source_page_cites_the_original_and_the_archives_copy(client):
    source = _provenance_source()

    html = client.get(source.get_absolute_url()).content.decode()

    permalink = f"http://testserver/sources/{source.pk}/"
    assert (
        "Kent Police, “PC dismissed after gross misconduct hearing” (4 May 2023) "
        "&lt;https://www.kent.police.uk/news/pc-dismissed/&gt;, captured 1 December "
        f"2026; archived copy: UK police misconduct archive, source {source.pk} "
        f"&lt;{permalink}&gt;."
    ) in html
    assert '<a href="https://www.kent.police.uk/news/pc-dismissed/"' in html
    assert "reached from http://kent.police.uk/n/1" in html
    assert "<title>PC dismissed after gross misconduct hearing (Kent Police)" in html
    assert "/srv/archive" not in html


def test_a_page_gone_from_its_site_says_so_in_its_page_and_citation(client, case):
    from datetime import UTC, datetime

    source = _provenance_source(
        case=case, gone_since=datetime(2026, 12, 20, 6, 30, tzinfo=UTC)
    )

    html = client.get(source.get_absolute_url()).content.decode()
    case_html = client.get(case.get_absolute_url()).content.decode()

    assert "Gone from the site since 20 December 2026" in html
    assert (
        "&lt;https://www.kent.police.uk/news/pc-dismissed/&gt;, gone from the site "
        "since 20 December 2026, captured 1 December 2026;"
    ) in html
    assert "Gone from the site since 20 December 2026." in case_html


def test_a_source_with_no_address_or_title_says_it_was_received_as_a_file(client):
    source = _provenance_source(url="", title="", publisher="", redirect_chain=[])

    html = client.get(source.get_absolute_url()).content.decode()

    # Where this server keeps a file, and its name, are never public (issue 11).
    assert f"<h1>Source #{source.pk}</h1>" in html
    assert "Not recorded; received as a file" in html
    assert (
        f"“Source #{source.pk}” (4 May 2023), original address received as a file, "
        "captured"
    ) in html
    assert "140.html" not in html and "/srv/archive" not in html


def test_with_no_publisher_the_site_is_named_by_its_host(client):
    source = _provenance_source(publisher="")

    html = client.get(source.get_absolute_url()).content.decode()

    assert "www.kent.police.uk, “PC dismissed after gross misconduct hearing”" in html


def test_case_page_lists_its_sources_by_publisher_and_original_address(client, case):
    _provenance_source(case=case)

    html = client.get(case.get_absolute_url()).content.decode()

    assert "Kent Police. Published 4 May 2023. Original: <a href=" in html
    assert ">https://www.kent.police.uk/news/pc-dismissed/</a>" in html
    assert "Captured 1 December 2026." in html
    assert "/srv/archive" not in html
