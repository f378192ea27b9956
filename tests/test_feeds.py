import xml.etree.ElementTree as ET

import feedparser
import pytest
from django.urls import reverse

from cases.choices import Outcome
from tests.factories import CaseFactory, OfficerFactory, ResultFactory, existing_force

FEED_URL = reverse("cases:case-feed")
ATOM = "{http://www.w3.org/2005/Atom}"


def make_case(force="West Midlands Police", outcome=Outcome.DISMISSED, **case):
    made = CaseFactory(force=existing_force(force), **case)
    ResultFactory(case=made, force=made.force, outcome=outcome)
    return made


def get_feed(client, query=""):
    response = client.get(f"{FEED_URL}?{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return response.content


def entry_links(content) -> list[str]:
    root = ET.fromstring(content)
    return [e.find(f"{ATOM}link").get("href") for e in root.iter(f"{ATOM}entry")]


def case_link(case) -> str:
    return "http://testserver" + reverse("cases:case-detail", kwargs={"pk": case.pk})


def test_feed_is_valid_atom_with_the_required_elements(client, db):
    make_case()
    make_case(force="Kent Police")

    content = get_feed(client)
    root = ET.fromstring(content)
    parsed = feedparser.parse(content)

    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{required}") is not None, required
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 2
    for entry in entries:
        for required in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{required}").text, required
        assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/")
    assert not parsed.bozo
    assert parsed.version == "atom10"


def test_feed_honours_the_lists_filters(client, db):
    wanted = make_case()
    make_case(outcome=Outcome.FINAL_WRITTEN_WARNING)
    make_case(force="Kent Police")

    content = get_feed(client, "force=west-midlands-police&outcome=dismissed")
    parsed = feedparser.parse(content)

    assert entry_links(content) == [case_link(wanted)]
    assert "West Midlands Police" in parsed.feed.title
    assert "Dismissed" in parsed.feed.title
    assert parsed.feed.link.endswith(
        "/cases/?force=west-midlands-police&outcome=dismissed"
    )


def test_newest_additions_come_first(client, db):
    older, newer = make_case(), make_case()

    assert entry_links(get_feed(client)) == [case_link(newer), case_link(older)]


def test_withheld_cases_and_names_stay_out_of_the_feed(client, db):
    shown = make_case()
    make_case(title="Hidden case", withheld=True)
    ResultFactory(
        case=shown, officer=OfficerFactory(name="Secret Person", withheld=True)
    )

    content = get_feed(client).decode()

    assert entry_links(content) == [case_link(shown)]
    assert "Hidden case" not in content
    assert "Secret Person" not in content
    assert "Name withheld" in content


def test_document_text_stays_inert_in_the_feed(client, db):
    case = make_case(title="<script>alert(1)</script> officer dismissed")
    ResultFactory(case=case, officer=OfficerFactory(name="<b>Bold</b> Name"))

    root = ET.fromstring(get_feed(client))

    entry = root.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text.startswith("<script>alert(1)</script>")
    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "html"
    # The HTML a reader renders shows the markup as text.
    assert "&lt;b&gt;Bold&lt;/b&gt; Name" in summary.text
    assert "<b>" not in summary.text


@pytest.mark.parametrize("query", ["outcome=promoted", "year_from=soon"])
def test_invalid_filters_are_refused(client, db, query):
    assert client.get(f"{FEED_URL}?{query}").status_code == 400


def test_each_entry_names_its_sources_publisher_and_original_address(client, db):
    from tests.factories import SourceDocumentFactory

    case = make_case()
    SourceDocumentFactory(
        case=case,
        publisher="Kent Police",
        url="https://www.kent.police.uk/news/1/",
        location="/srv/inbox/1.txt",
    )

    (entry,) = feedparser.parse(get_feed(client)).entries

    assert "Sources: Kent Police &lt;https://www.kent.police.uk/news/1/&gt;." in (
        entry.summary
    )
    assert "/srv/" not in entry.summary
