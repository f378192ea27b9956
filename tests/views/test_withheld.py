"""What an editor withholds vanishes from every public page."""

import pytest
from django.urls import reverse

from tests.factories import OfficerFactory, full_case

pytestmark = pytest.mark.django_db


def test_a_withheld_case_is_on_no_public_page(client):
    shown = full_case(title="Shown case", force="Kent Police")
    hidden = full_case(title="Hidden case", force="Kent Police", withheld=True)
    facets = client.get(reverse("cases:case-list")).context["filter"].facets()
    assert facets["force"]["kent-police"] == 1
    for url in (
        reverse("cases:home"),
        reverse("cases:case-list"),
        reverse("cases:case-list") + "?q=hidden",
        reverse("cases:force-detail", kwargs={"slug": "kent-police"}),
        shown.results.first().officer.get_absolute_url(),
    ):
        assert "Hidden case" not in client.get(url).content.decode(), url
    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert client.get(hidden.sources.get().get_absolute_url()).status_code == 404


def test_a_withheld_person_is_unnamed_unlinked_and_unfindable(client):
    person = OfficerFactory(name="Secret Person", withheld=True)
    case = full_case(title="Officer dismissed", officer=person)
    html = client.get(case.get_absolute_url()).content.decode()
    assert "Secret Person" not in html
    assert "PC (name withheld)" in html
    assert person.get_absolute_url() not in html
    assert '<meta name="robots" content="noindex">' in html
    assert client.get(person.get_absolute_url()).status_code == 404
    listed = client.get(reverse("cases:case-list"), {"q": "Secret"})
    assert list(listed.context["object_list"]) == []


def test_a_withheld_name_is_taken_out_of_the_text_of_every_page(client):
    person = OfficerFactory(name="Secret Person", withheld=True)
    case = full_case(
        title="PC Secret Person dismissed",
        summary="Mr Person was dismissed after a hearing.",
        officer=person,
        force="Kent Police",
    )
    source = case.sources.get()
    pages = {
        "home": reverse("cases:home"),
        "list": reverse("cases:case-list"),
        # Its stored slug spells the name: that address answers 404 (test_slugs).
        "case": reverse("cases:case-detail", kwargs={"pk": case.pk}),
        "force": reverse("cases:force-detail", kwargs={"slug": "kent-police"}),
        "source": source.get_absolute_url() + "?start=0&end=10",
    }
    for page, url in pages.items():
        html = client.get(url).content.decode()
        assert "Secret Person" not in html, page
        assert "Mr Person" not in html, page
        assert "[name withheld]" in html, page
    source.refresh_from_db()
    assert "Secret Person" in source.text  # the document itself is kept as received


def test_a_withheld_name_is_taken_out_of_exports_the_api_and_the_feed(client):
    person = OfficerFactory(name="Secret Person", withheld=True)
    case = full_case(title="PC Secret Person dismissed", officer=person)
    source = case.sources.get()
    for url in (
        reverse("cases:case-export-csv"),
        reverse("cases:case-export-json"),
        reverse("cases:case-feed"),
        reverse("api:case-list"),
        reverse("api:result-list"),
        reverse("api:source-detail", kwargs={"pk": source.pk}),
    ):
        body = _body(client.get(url))
        assert b"Secret Person" not in body, url
        assert b"[name withheld]" in body, url


def test_a_withheld_name_is_taken_out_of_the_full_dump(tmp_path):
    from io import StringIO

    from django.core.management import call_command

    person = OfficerFactory(name="Secret Person", withheld=True)
    full_case(
        title="PC Secret Person dismissed",
        summary="Mr Person was dismissed.",
        officer=person,
    )

    call_command("export", str(tmp_path), stdout=StringIO())

    written = "".join(path.read_text() for path in tmp_path.glob("*.*"))
    assert "[name withheld]" in written
    assert "Secret Person" not in written
    assert "Mr Person" not in written


def test_an_address_that_names_a_withheld_person_is_left_out_everywhere(
    client, tmp_path
):
    from io import StringIO

    from django.core.management import call_command

    person = OfficerFactory(name="Secret Person", withheld=True)
    case = full_case(title="PC Secret Person dismissed", officer=person)
    source = case.sources.get()
    source.url = "https://news.example.org/2023/pc-secret-person-dismissed"
    source.redirect_chain = ["https://news.example.org/?p=PC+Secret+Person"]
    source.file_name = "secret-person.txt"
    source.save()
    call_command("export", str(tmp_path), stdout=StringIO())
    dumped = "".join(path.read_text() for path in tmp_path.glob("*.*"))
    answers = {"dump": dumped}
    for url in (
        case.get_absolute_url(),
        source.get_absolute_url(),
        reverse("cases:case-export-csv"),
        reverse("cases:case-export-json"),
        reverse("cases:case-feed"),
        reverse("api:case-list"),
        reverse("api:source-list"),
        reverse("api:source-detail", kwargs={"pk": source.pk}),
    ):
        body = _body(client.get(url))
        answers[url] = body.decode()

    for where, text in answers.items():
        assert "news.example.org" not in text, where
        assert "secret-person.txt" not in text, where


def _body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content
