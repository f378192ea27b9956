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


def test_source_page_makes_two_queries(client, source, django_assert_num_queries):
    """The source with its case, then the case's people (whose withheld names are
    taken out of the text)."""
    with django_assert_num_queries(2):
        client.get(source.get_absolute_url())
