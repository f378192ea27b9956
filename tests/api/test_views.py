from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.throttling import AnonRateThrottle

from cases.choices import Outcome, Standard
from cases.models import ProfessionalStandard
from tests.factories import (
    AllegationFactory,
    CaseFactory,
    OfficerFactory,
    ResultFactory,
    SourceDocumentFactory,
)


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    return response.json()


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def make_full_case():
    case = CaseFactory()
    result = ResultFactory(case=case)
    result.standards.add(
        ProfessionalStandard.objects.get(name=Standard.CONFIDENTIALITY)
    )
    AllegationFactory(result=result)
    SourceDocumentFactory(case=case)
    return case


def test_a_case_shows_its_people_and_sources_with_absolute_links(client, db):
    case = make_full_case()

    (shown,) = get(client, "/api/cases/")["results"]

    assert shown["id"] == case.pk
    assert shown["url"] == f"http://testserver/api/cases/{case.pk}/"
    assert shown["html_url"] == f"http://testserver/cases/{case.pk}/"
    assert shown["force"] == "West Mercia Police"
    assert shown["force_slug"] == "west-mercia-police"
    (person,) = shown["people"]
    assert person["standards"] == ["confidentiality"]
    assert person["outcome"] == "dismissed"
    assert person["criminal"] is None  # not said: null, never ""
    (source,) = shown["sources"]
    assert source["html_url"].startswith("http://testserver/sources/")


def test_a_result_shows_its_case_and_allegations(client, db):
    case = make_full_case()

    (result,) = get(client, "/api/results/")["results"]

    assert result["case"] == case.pk
    assert result["case_title"] == case.title
    assert result["allegations"][0]["text"].startswith("Formed an inappropriate")


def test_lists_are_paginated(client, db):
    for _ in range(3):
        CaseFactory()

    first = get(client, "/api/cases/", page_size=2)
    second = client.get(first["next"]).json()

    assert first["count"] == 3
    assert len(first["results"]) == 2
    assert len(second["results"]) == 1
    assert second["next"] is None


def test_withheld_cases_are_absent_everywhere(client, db):
    hidden = make_full_case()
    hidden.withheld = True
    hidden.save()
    only_there = hidden.results.get().officer
    shown = make_full_case()

    assert [c["id"] for c in get(client, "/api/cases/")["results"]] == [shown.pk]
    assert [r["case"] for r in get(client, "/api/results/")["results"]] == [shown.pk]
    assert [s["case"] for s in get(client, "/api/sources/")["results"]] == [shown.pk]
    officers = [o["id"] for o in get(client, "/api/officers/")["results"]]
    assert only_there.pk not in officers
    assert client.get(f"/api/cases/{hidden.pk}/").status_code == 404
    source = hidden.sources.get()
    assert client.get(f"/api/sources/{source.pk}/").status_code == 404


def test_a_withheld_person_is_never_named(client, db):
    case = CaseFactory()
    secret = OfficerFactory(name="Secret Person", withheld=True)
    ResultFactory(case=case, officer=secret, outcome=Outcome.DISMISSED)

    for url in ("/api/cases/", "/api/results/", "/api/officers/"):
        assert "Secret Person" not in client.get(url).content.decode(), url
    (result,) = get(client, "/api/results/")["results"]
    assert result["name"] == "Name withheld"
    assert result["officer"] is None
    assert result["officer_url"] is None
    assert client.get(f"/api/officers/{secret.pk}/").status_code == 404


def test_an_officer_shows_their_results(client, db):
    result = ResultFactory()

    officer = get(client, f"/api/officers/{result.officer_id}/")

    assert officer["name"] == result.officer.name
    assert [r["case"] for r in officer["results"]] == [result.case_id]


def test_officers_filter_by_force_and_name(client, db):
    wanted = ResultFactory(officer=OfficerFactory(name="Timothy Hunt")).officer
    ResultFactory(officer=OfficerFactory(name="Jane Doe"))

    found = get(client, "/api/officers/", name="hunt", force="west-mercia-police")

    assert [o["id"] for o in found["results"]] == [wanted.pk]


def test_forces_are_found_by_slug(client, db):
    force = get(client, "/api/forces/west-midlands-police/")

    assert force["name"] == "West Midlands Police"
    assert force["html_url"] == "http://testserver/forces/west-midlands-police/"


def test_a_source_gives_its_text_and_the_list_does_not(client, source):
    listed = get(client, "/api/sources/")["results"][0]
    detail = get(client, f"/api/sources/{source.pk}/")

    assert "text" not in listed
    assert detail["text"] == source.text


def test_list_queries_do_not_grow_with_rows(client, db):
    urls = ["/api/cases/", "/api/results/", "/api/officers/", "/api/sources/"]
    make_full_case()
    before = {url: count_queries(client, url) for url in urls}
    for _ in range(4):
        make_full_case()

    assert {url: count_queries(client, url) for url in urls} == before


def test_the_api_is_read_only(client, db):
    response = client.post("/api/cases/", {"title": "New"})

    assert response.status_code == 405


def test_anonymous_clients_are_rate_limited(client, db, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/minute"})

    statuses = [client.get("/api/forces/").status_code for _ in range(3)]

    assert statuses == [200, 200, 429]


def test_a_source_gives_its_provenance_and_citation_but_no_server_path(client, db):
    source = SourceDocumentFactory(
        location="/srv/archive/inbox/140.html",
        file_name="140.html",
        url="https://www.kent.police.uk/news/pc-dismissed/",
        publisher="Kent Police",
    )

    shown = get(client, f"/api/sources/{source.pk}/")
    (listed,) = get(client, "/api/sources/")["results"]

    assert shown["original_url"] == "https://www.kent.police.uk/news/pc-dismissed/"
    assert shown["publisher"] == "Kent Police"
    # Where it was received as a file, its name is not public (issue 11).
    assert shown["received_as_file"] is True and "file_name" not in shown
    assert "140.html" not in str(shown) + str(listed)
    assert shown["content_type"] == "text/plain"
    assert shown["captured_at"]
    assert shown["citation"].startswith("Kent Police, “Officer dismissed” <https://")
    assert shown["citation"].endswith(f"<http://testserver/sources/{source.pk}/>.")
    assert listed["original_url"] == shown["original_url"]
    assert "location" not in shown and "/srv/" not in str(shown) + str(listed)
