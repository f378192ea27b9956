"""The facts are read again whenever the archive's version moves, so that a count from
before a change is never served after it, whatever process made the change."""

import pytest
from django.test import Client
from django.urls import reverse

from cases import facts, freshness
from cases.models import ArchiveState
from tests.admin_forms import post_change_form
from tests.factories import OfficerFactory, full_case

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_browser(editor):
    browser = Client()
    browser.force_login(editor)
    return browser


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Only the facts could be out of date."""
    settings.PAGE_CACHE = False


def list_facets(client, **params) -> dict:
    return client.get(reverse("cases:case-list"), params).context["filter"].facets()


def stats_rows(client, slug: str) -> dict:
    charts = client.get(reverse("cases:stats")).context["charts"]
    chart = next(chart for chart in charts if chart.slug == slug)
    return {row.label: row.values for row in chart.rows}


def test_a_case_withheld_in_the_admin_leaves_every_count_at_once(
    client, editor_browser
):
    full_case(force="Kent Police", outcome="dismissed")
    hidden = full_case(force="Kent Police", outcome="dismissed")
    assert list_facets(client)["force"]["kent-police"] == 2
    assert stats_rows(client, "outcomes-by-force")["Kent Police"]["dismissal"] == 2
    force_page = reverse("cases:force-detail", kwargs={"slug": "kent-police"})
    assert client.get(force_page).context["page_obj"].paginator.count == 2

    url = reverse("admin:cases_case_change", args=[hidden.pk])
    post_change_form(editor_browser, url, withheld="on", withheld_reason="Order")

    assert list_facets(client)["force"]["kent-police"] == 1
    assert list_facets(client, force="kent-police")["outcome"]["dismissed"] == 1
    assert stats_rows(client, "outcomes-by-force")["Kent Police"]["dismissal"] == 1
    assert client.get(force_page).context["page_obj"].paginator.count == 1
    assert client.get(force_page).context["cases_by_outcome"] == [("dismissed", 1)]
    listed = client.get(reverse("cases:case-list")).context["object_list"]
    assert hidden.pk not in [case.pk for case in listed]


def test_an_editors_correction_moves_the_counts_at_once(client, editor_browser):
    case = full_case(force="Kent Police", outcome="dismissed")
    result = case.results.get()
    assert list_facets(client)["outcome"] == {"dismissed": 1}

    url = reverse("admin:cases_result_change", args=[result.pk])
    post_change_form(editor_browser, url, outcome="final written warning")

    assert list_facets(client)["outcome"] == {"final written warning": 1}
    by_force = stats_rows(client, "outcomes-by-force")["Kent Police"]
    assert by_force == {"warning": 1}
    force_page = reverse("cases:force-detail", kwargs={"slug": "kent-police"})
    figures = client.get(force_page).context["cases_by_outcome"]
    assert figures == [("final written warning", 1)]
    wanted = client.get(reverse("cases:case-list"), {"outcome": "dismissed"})
    assert wanted.context["paginator"].count == 0


def test_a_list_shows_its_rows_as_they_are_at_once_after_a_change(
    client, editor_browser
):
    """The rows a list showed are held for the archive's version, never past it."""
    officer = OfficerFactory(name="Quentin Blakeworth")
    case = full_case(force="Kent Police", officer=officer, title="Old headline")
    force_page = reverse("cases:force-detail", kwargs={"slug": "kent-police"})
    pages = (reverse("cases:case-list"), force_page)
    for page in pages:
        html = client.get(page).content.decode()
        assert "Old headline" in html and "Blakeworth" in html

    post_change_form(
        editor_browser,
        reverse("admin:cases_officer_change", args=[officer.pk]),
        withheld="on",
        withheld_reason="An anonymity order.",
    )
    post_change_form(
        editor_browser,
        reverse("admin:cases_case_change", args=[case.pk]),
        title="New headline",
    )

    for page in pages:
        html = client.get(page).content.decode()
        assert "New headline" in html and "Old headline" not in html
        assert "Blakeworth" not in html


def test_the_facts_are_read_again_only_when_the_version_moves():
    full_case()
    held = facts.current()
    assert facts.current() is held

    freshness.record_change()  # as any write path, in this process or another

    assert facts.current() is not held


def test_a_database_put_back_to_an_earlier_version_is_read_again():
    """A restored backup repeats a version number; the moment it was raised differs."""
    full_case()
    held = facts.current()
    version = ArchiveState.objects.get().version
    freshness.record_change()
    full_case()
    ArchiveState.objects.update(version=version)

    assert facts.current() is not held
    assert facts.current().size == 2
