"""cases/public: what every public surface reads, one finding of issue 11 a test."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from cases import public
from cases.public.projection import ReadOnlyProjection
from tests.factories import (
    AllegationFactory,
    OfficerFactory,
    ResultFactory,
    SourceDocumentFactory,
    evidence,
    full_case,
)

pytestmark = pytest.mark.django_db
HIDDEN = "[name withheld]"


def body(response) -> str:
    content = b"".join(response) if response.streaming else response.content
    return content.decode()


@pytest.fixture
def withheld_in_title():
    """A public case whose title, summary and document name a withheld person."""
    person = OfficerFactory(name="Dana Quillfeather", withheld=True)
    return full_case(
        title="PC Dana Quillfeather dismissed",
        summary="QUILLFEATHER had sent messages. Quillfeather's phone was seized.",
        officer=person,
    )


# --- Slugs and addresses -----------------------------------------------------------


def test_links_and_canonical_addresses_come_from_the_title_as_shown(
    client, withheld_in_title
):
    case = public.cases().get(pk=withheld_in_title.pk)

    assert case.title == f"PC {HIDDEN} dismissed"
    assert case.get_absolute_url().endswith("/pc-name-withheld-dismissed/")
    listed = body(client.get(reverse("cases:case-list")))
    assert case.get_absolute_url() in listed
    assert "quillfeather" not in listed.lower()


def test_an_old_slug_that_spells_a_withheld_name_is_not_served(
    client, withheld_in_title
):
    raw = f"/cases/{withheld_in_title.pk}/{withheld_in_title.slug}/"

    assert "quillfeather" in raw
    assert client.get(raw).status_code == 404
    moved = client.get(f"/cases/{withheld_in_title.pk}/an-old-title/")
    assert moved.status_code == 301
    assert moved.url.endswith("/pc-name-withheld-dismissed/")


def test_the_dump_has_the_slug_as_shown(tmp_path, withheld_in_title):
    call_command("export", str(tmp_path), stdout=StringIO())

    (row,) = json.loads((tmp_path / "cases.json").read_text())["rows"]
    assert row["slug"] == "pc-name-withheld-dismissed"
    assert "review_reasons" not in row and "search_text" not in row


# --- Search ------------------------------------------------------------------------


def test_search_text_is_the_projection_and_finds_nothing_by_a_withheld_name(
    client, withheld_in_title
):
    withheld_in_title.refresh_from_db()

    assert "quillfeather" not in withheld_in_title.search_text.lower()
    assert HIDDEN in withheld_in_title.search_text
    for url in ("cases:case-list", "api:case-list", "cases:case-export-json"):
        found = body(client.get(reverse(url), {"q": "Quillfeather"}))
        assert "pc-name-withheld" not in found, url
    feed = body(client.get(reverse("cases:case-feed"), {"q": "Quillfeather"}))
    assert "<entry>" not in feed


def test_a_search_snippet_is_cut_from_the_projected_summary(client, withheld_in_title):
    html = body(client.get(reverse("cases:case-list"), {"q": "messages"}))

    assert "<mark>messages</mark>" in html
    assert "quillfeather" not in html.lower()


def test_withholding_a_person_later_rebuilds_the_search_text(client):
    person = OfficerFactory(name="Ivo Marchbank")
    case = full_case(title="PC Ivo Marchbank dismissed", officer=person)
    assert body(client.get(reverse("api:case-list"), {"q": "Marchbank"})).count('"id"')

    person.withheld = True
    person.save()
    from cases import freshness, search

    freshness.record_change(search.cases_showing(person))  # as the admin does

    case.refresh_from_db()
    assert "marchbank" not in case.search_text.lower()
    found = json.loads(body(client.get(reverse("api:case-list"), {"q": "Marchbank"})))
    assert found["count"] == 0


# --- The text of co-defendants, allegations, evidence ------------------------------


@pytest.fixture
def co_defendants():
    """A public person and a withheld co-defendant the texts name."""
    case = full_case(
        title="PC Ada Norbury and PC Felix Greatorex before a panel",
        summary="Greatorex was dismissed; Norbury was warned.",
    )
    public_result = case.results.get()
    public_result.officer.name = "Ada Norbury"
    public_result.officer.save()
    source = case.sources.get()
    source.text += "\nGREATOREX's account was untrue."
    source.save()
    public_result.evidence = evidence(source, "GREATOREX's account", "outcome")
    public_result.save()
    withheld = ResultFactory(
        case=case, officer=OfficerFactory(name="Felix Greatorex", withheld=True)
    )
    AllegationFactory(result=withheld, text="That Mr Greatorex lied to the panel.")
    AllegationFactory(result=public_result, text="That she covered for Greatorex.")
    from cases import freshness

    freshness.record_change([case.pk])
    return case, public_result.officer


def test_allegation_text_in_the_results_api_is_redacted(client, co_defendants):
    text = body(client.get(reverse("api:result-list")))

    assert "greatorex" not in text.lower()
    assert f"That Mr {HIDDEN} lied to the panel." in text
    assert f"That she covered for {HIDDEN}." in text


def test_a_co_defendants_name_is_out_of_a_persons_page_and_api_answer(
    client, co_defendants
):
    case, norbury = co_defendants
    page = body(client.get(norbury.get_absolute_url()))
    api = body(client.get(reverse("api:officer-detail", kwargs={"pk": norbury.pk})))

    for text in (page, api):
        assert "greatorex" not in text.lower()
        assert f"PC Ada Norbury and PC {HIDDEN} before a panel" in text


def test_a_co_defendants_name_is_out_of_the_dumps_evidence_quotes(
    tmp_path, co_defendants
):
    call_command("export", str(tmp_path), stdout=StringIO())

    written = "".join(path.read_text() for path in tmp_path.glob("*.*"))
    assert "greatorex" not in written.lower()
    results = json.loads((tmp_path / "results.json").read_text())["rows"]
    quotes = [r["evidence"]["outcome"]["quote"] for r in results if r["evidence"]]
    assert f"{HIDDEN}'s account" in quotes


def test_every_name_on_record_for_a_person_is_taken_out():
    """The name an editor corrected, the one the ingest first read, other names."""
    person = OfficerFactory(
        name="Ronan Ashdown",
        extracted_name="ronan ashdowne",
        other_names="R. J. Ashdon",
        withheld=True,
    )
    case = full_case(
        title="PC Ashdowne and Ashdon: PC Ronan Ashdown", officer=person, summary=""
    )

    (shown,) = public.cases().filter(pk=case.pk)
    assert shown.title == f"PC {HIDDEN} and {HIDDEN}: PC {HIDDEN}"


# --- Editor-facing text, people and sources ----------------------------------------


def test_review_reasons_are_never_public(client, tmp_path):
    person = OfficerFactory(name="Wendell Prout", withheld=True)
    case = full_case(
        officer=person, review_reasons="No longer in the updated source: Wendell Prout."
    )
    call_command("export", str(tmp_path), stdout=StringIO())

    page = body(client.get(reverse("cases:case-detail", kwargs={"pk": case.pk})))
    api = body(client.get(reverse("api:case-detail", kwargs={"pk": case.pk})))
    dumped = (tmp_path / "cases.json").read_text()
    for text in (page, api, dumped):
        assert "No longer in the updated source" not in text
        assert "prout" not in text.lower()
    assert "The extractor was unsure about this record" in page


def test_a_person_known_only_from_withheld_cases_has_no_public_page(client):
    case = full_case(withheld=True)
    person = case.results.get().officer

    assert client.get(person.get_absolute_url()).status_code == 404
    api = reverse("api:officer-detail", kwargs={"pk": person.pk})
    assert client.get(api).status_code == 404
    assert person.name not in body(client.get(reverse("cases:people-list")))
    assert not public.officers().filter(pk=person.pk).exists()


def test_a_document_with_no_case_that_names_a_withheld_person_is_not_public(client):
    OfficerFactory(name="Odile Farquharson", withheld=True)
    named = SourceDocumentFactory(case=None, text="Mrs Farquharson's new station.")
    plain = SourceDocumentFactory(case=None, text="A new station opens.")

    assert client.get(named.get_absolute_url()).status_code == 404
    assert client.get(plain.get_absolute_url()).status_code == 200
    assert set(public.sources()) == {plain}


def test_withholding_a_person_later_withdraws_the_documents_that_name_them(client):
    person = OfficerFactory(name="Odile Farquharson")
    source = SourceDocumentFactory(case=None, text="FARQUHARSON opened it.")
    assert client.get(source.get_absolute_url()).status_code == 200

    person.withheld = True
    person.save()
    from cases import freshness

    freshness.record_change()

    assert client.get(source.get_absolute_url()).status_code == 404


def test_no_public_surface_shows_a_file_name(client, tmp_path):
    case = full_case(title="Officer dismissed")
    source = case.sources.get()
    source.url, source.file_name = "", "kent/inbox-0412.txt"
    source.save()
    call_command("export", str(tmp_path), stdout=StringIO())

    answers = [
        body(client.get(url))
        for url in (
            source.get_absolute_url(),
            reverse("api:source-detail", kwargs={"pk": source.pk}),
            reverse("api:source-list"),
            reverse("api:case-list"),
            reverse("cases:case-feed"),
            reverse("cases:case-export-csv"),
        )
    ]
    answers += [path.read_text() for path in tmp_path.glob("*.*")]
    assert not [text for text in answers if "inbox-0412" in text]
    assert "received as a file" in answers[0]


# --- The projection itself ---------------------------------------------------------


def test_a_projected_row_refuses_to_be_saved_or_deleted(withheld_in_title):
    case = public.cases().get(pk=withheld_in_title.pk)
    result = public.results().select_related("officer").get(case=case)

    for row in (case, result, result.officer):
        with pytest.raises(ReadOnlyProjection):
            row.save()
        with pytest.raises(ReadOnlyProjection):
            row.delete()
    withheld_in_title.refresh_from_db()
    assert withheld_in_title.title == "PC Dana Quillfeather dismissed"


@pytest.mark.parametrize(
    ("rows", "field"),
    [
        (public.cases, "title"),
        (public.results, "case__summary"),
        (public.sources, "file_name"),
        (public.officers, "name"),
        (public.allegations, "text"),
    ],
)
def test_text_is_public_only_through_projected_rows(rows, field):
    with pytest.raises(ReadOnlyProjection):
        rows().values(field)
    with pytest.raises(ReadOnlyProjection):
        rows().values_list(field, flat=True)
