"""No query string can break a public surface: whatever any public query parameter of
the case list, the API, the exports and the feed holds, the answer is a page, a form
error, a 400 or a 404 — never a server error — and costs the server under two seconds
on an archive of 1,000 cases.

Two seconds of the server's own work, measured as the test process's CPU time (the
server runs in it; on SQLite so does the database), with no database statement allowed
longer (PostgreSQL's statement timeout, which answers 503): the machine's load then
does not decide the result, as a wall clock under shared CPUs would. An export counts
until its response starts, its first rows read; the rest streams as it is read.

The parameters are read from the FilterSets themselves, so a filter added later is
covered without touching this test: each takes one of its own choices, a number of any
size, or any text.
"""

import time
from functools import cache

import pytest
from django.core.cache import cache as django_cache
from django.db import connection
from django.test import Client
from hypothesis import HealthCheck, given, settings, target
from hypothesis import strategies as st

from cases.api.filters import OfficerFilter, SourceFilter
from cases.filters import CaseFilter
from cases.synthetic import generate_cases

CASES = 1000
SLOWEST = 2.0  # seconds, the bound for any one response at 1,000 cases
EXAMPLES = 60

PAGES = {"page": []}
API_PAGES = {"page": [], "page_size": []}


def parameters(filterset_class) -> dict[str, list[str]]:
    """Parameter name → its own choices (none for free text or numbers)."""
    form = filterset_class().form
    return {
        name: [str(value) for value, _ in getattr(field, "choices", ()) if value != ""]
        for name, field in form.fields.items()
    }


@cache
def surfaces() -> dict[str, dict]:
    """Each public address that takes a query → its parameters (the force choices come
    from the database, so this is read during the test)."""
    case_list = parameters(CaseFilter)
    return {
        "/cases/": case_list | PAGES,
        "/api/cases/": case_list | API_PAGES,
        "/api/results/": case_list | API_PAGES,
        "/api/officers/": parameters(OfficerFilter) | API_PAGES,
        "/api/sources/": parameters(SourceFilter) | API_PAGES,
        "/api/forces/": API_PAGES,
        "/cases/export.csv": case_list,
        "/cases/export.json": case_list,
        "/feeds/cases/": case_list,
    }


ANY_TEXT = st.text(
    alphabet=st.characters(exclude_categories=("Cs",)), max_size=300
)  # surrogates cannot be sent in a URL at all
ANY_NUMBER = st.integers().map(str) | st.floats().map(str)


def value_of(choices: list[str]):
    if choices:
        return st.sampled_from(choices) | ANY_TEXT
    return ANY_NUMBER | ANY_TEXT | st.sampled_from(["1", "2021", "dismissed", "%00"])


@st.composite
def queries(draw):
    url = draw(st.sampled_from(sorted(surfaces())))
    params = surfaces()[url]
    chosen = draw(st.lists(st.sampled_from(sorted(params)), unique=True, max_size=5))
    return url, {name: draw(value_of(params[name])) for name in chosen}


@pytest.fixture
def archive(db, settings):
    settings.PAGE_CACHE = False  # each answer is computed, as on a first visit
    # No statement may run past the bound either (PostgreSQL): it would answer 503.
    settings.PUBLIC_STATEMENT_TIMEOUT = SLOWEST
    generate_cases(CASES, seed=11)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # as autovacuum would after a bulk load
    client = Client()
    for url in surfaces():  # first requests import and compile what later ones reuse
        response = client.get(url)
        assert response.status_code == 200, url
        if response.streaming:
            b"".join(response.streaming_content)


@settings(
    max_examples=EXAMPLES,
    database=None,  # nothing written to the working tree
    deadline=None,  # timed below, per response
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=queries())
def test_no_public_query_breaks_or_stalls_the_site(archive, query):
    url, params = query
    django_cache.clear()  # rate limits are tested elsewhere; each request here is a first
    client = Client(raise_request_exception=False)

    started = time.process_time()
    response = client.get(url, params)
    spent = time.process_time() - started
    if response.streaming:  # an export's rows follow as they are read, at any length
        b"".join(response.streaming_content)
    else:
        spent = time.process_time() - started

    target(spent, label="server seconds")  # steer the search towards slow queries
    assert response.status_code in {200, 400, 404}, (url, params)
    assert spent < SLOWEST, (url, params, spent)
