"""Invalid input anywhere public is a form error or a 400, never a 500, and an export
refuses it before it starts a file."""

import pytest
from django.test import Client

from cases.search import MAX_QUERY_CHARS, MAX_QUERY_WORDS

pytestmark = pytest.mark.django_db

FILTERED = ["/api/cases/", "/api/results/", "/cases/export.csv", "/cases/export.json"]
FILTERED += ["/feeds/cases/"]
BAD_YEARS = ["0", "10000", "-1", "99999999999999999999999", "1e400", "nan", "2020.5"]


@pytest.fixture
def client():
    return Client(raise_request_exception=False)


@pytest.fixture
def archive(build_archive):
    return build_archive(3)


@pytest.mark.parametrize("year", BAD_YEARS)
@pytest.mark.parametrize("bound", ["year_from", "year_to"])
def test_a_year_no_date_can_hold_is_a_form_error_on_the_list(client, bound, year):
    response = client.get("/cases/", {bound: year})

    assert response.status_code == 200
    assert response.context["filter"].form.errors[bound]
    assert response.context["paginator"].count == 0


@pytest.mark.parametrize("year", BAD_YEARS)
def test_a_year_no_date_can_hold_is_a_400_elsewhere(client, year):
    for url in FILTERED:
        assert client.get(url, {"year_from": year}).status_code == 400, url


def test_the_first_and_last_years_a_date_can_hold_are_answered(client, archive):
    for url in ["/cases/", *FILTERED]:
        response = client.get(url, {"year_from": "1", "year_to": "9999"})
        assert response.status_code == 200, url


@pytest.mark.parametrize(
    "words",
    [
        " ".join(["police"] * 500),  # took 27–46 s on PostgreSQL; SQLite answered 500
        " ".join(["police"] * (MAX_QUERY_WORDS + 1)),
        " OR ".join(f"w{n}" for n in range(MAX_QUERY_WORDS + 1)),
        "x" * (MAX_QUERY_CHARS + 1),
    ],
    ids=["500 repeated", "one word too many", "operators", "too long"],
)
def test_search_past_its_bounds_is_refused(client, words):
    page = client.get("/cases/", {"q": words})
    assert page.status_code == 200
    assert page.context["filter"].form.errors["q"]
    for url in FILTERED:
        assert client.get(url, {"q": words}).status_code == 400, url


def test_search_within_its_bounds_is_answered(client, archive):
    words = " ".join(["Repeat", "Person"] * (MAX_QUERY_WORDS // 2))
    page = client.get("/cases/", {"q": words})
    assert page.context["paginator"].count == 3
    for url in FILTERED:
        assert client.get(url, {"q": words}).status_code == 200, url


@pytest.mark.parametrize(
    "url",
    [
        "/cases/?force=%00",
        "/cases/?q=%00",
        "/api/forces/%00/",
        "/api/officers/?force=%00",
        "/api/officers/?name=%00",
        "/cases/export.csv?force=%00",
        "/feeds/cases/?q=%00",
        "/cases/?sort=%00",
        "/api/cases/?page=%00",
        "/api/sources/?case=99999999999999999999999",
    ],
)
def test_a_nul_byte_or_huge_number_is_never_a_server_error(client, url):
    assert client.get(url).status_code in {200, 400, 404}


def test_the_schema_ignores_a_version_it_does_not_know(client):
    response = client.get("/api/schema/", {"version": "\r\n"})
    assert response.status_code == 200
    assert "\n" not in response["Content-Disposition"]


@pytest.mark.parametrize("url", ["/cases/export.csv", "/cases/export.json"])
def test_an_export_that_cannot_run_fails_before_its_file_starts(
    client, archive, url, monkeypatch
):
    def broken(self, *args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr("django.db.models.query.QuerySet.iterator", broken)

    response = client.get(url)

    assert response.status_code == 500
    assert not response.streaming  # an error page, not a 200 file cut short
