import csv
import io
from datetime import date

import pytest
from django.urls import reverse

from cases.models import Case
from tests.factories import full_case

pytestmark = pytest.mark.django_db


def test_stats_page_draws_its_four_charts_as_accessible_svg(client, build_archive):
    build_archive(6)
    html = client.get(reverse("cases:stats")).content.decode()
    assert html.count('<svg class="chart"') == 4
    for title in (
        "Outcomes by year",
        "Outcomes by force",
        "Standards breached",
        "Time from referral to outcome, by force",
    ):
        assert f">{title}</title>" in html
    assert "<title>Kent Police — Written or verbal warning: 4</title>" in html
    assert 'href="/cases/?force=kent-police"' in html  # the figures' table links


def test_stats_page_counts_people_by_standard(client):
    full_case(people=3, standards=("use of force",))
    response = client.get(reverse("cases:stats"))
    standards = next(
        c for c in response.context["charts"] if c.slug == "breaches-by-standard"
    )
    counts = {row.label: row.total for row in standards.rows}
    assert counts["Use of force"] == 3
    assert counts["Confidentiality"] == 0


def test_stats_page_without_data_says_so(client, db):
    html = client.get(reverse("cases:stats")).content.decode()
    assert "No data yet" in html


@pytest.mark.parametrize("rows", [3, 30])
def test_stats_page_makes_a_fixed_number_of_queries(
    client, build_archive, django_assert_num_queries, settings, rows
):
    build_archive(rows)
    # The archive's version, the facts' version and, the archive having changed,
    # the facts read again (cases, results, forces, standards and their names).
    # Every chart and count, and the forces of the filters, come from the facts: the
    # same for any number of cases.
    with django_assert_num_queries(7):
        client.get(reverse("cases:stats"))
    with django_assert_num_queries(1):  # the version: the page comes from the cache
        client.get(reverse("cases:stats"))
    settings.PAGE_CACHE = False
    with django_assert_num_queries(1):  # the facts' version
        client.get(reverse("cases:stats"))


def chart_of(response, slug):
    return next(c for c in response.context["charts"] if c.slug == slug)


def test_the_stats_take_the_case_lists_filters_and_link_to_the_list_they_count(
    client,
):
    full_case(force="Kent Police", outcome="dismissed", outcome_on=date(2021, 5, 1))
    full_case(force="Kent Police", outcome="not proven", outcome_on=date(2022, 5, 1))
    full_case(force="West Mercia Police", outcome="dismissed")

    response = client.get(reverse("cases:stats"), {"force": "kent-police"})

    by_force = chart_of(response, "outcomes-by-force")
    assert [row.label for row in by_force.rows] == ["Kent Police"]
    assert by_force.list_url == "/cases/?force=kent-police"
    by_year = chart_of(response, "outcomes-by-year")
    assert [row.label for row in by_year.rows] == ["2021", "2022"]
    assert (
        by_year.rows[0].href == "/cases/?force=kent-police&year_from=2021&year_to=2021"
    )
    html = response.content.decode()
    assert 'href="/cases/?force=kent-police"' in html
    assert "<span>Force: Kent Police</span>" in html  # the filter in use, removable


def test_records_with_no_year_or_force_get_their_own_bar_and_the_caption_says_so(
    client,
):
    full_case(force="Kent Police", outcome_on=date(2021, 5, 1))
    undated = full_case(force="Kent Police", outcome_on=None, outcome_on_precision="")
    Case.objects.filter(pk=undated.pk).update(published_on=None, force=None)

    response = client.get(reverse("cases:stats"))

    by_year = chart_of(response, "outcomes-by-year")
    assert [(row.label, row.total) for row in by_year.rows] == [
        ("2021", 1),
        ("Year not known", 1),
    ]
    assert by_year.counted == "People's outcomes with a known year: 1 of 2."
    by_force = chart_of(response, "outcomes-by-force")
    assert by_force.rows[-1].label == "Force not known"
    assert "outcomes with a known year: 1 of 2." in response.content.decode()


def test_every_charts_figures_download_as_csv_under_the_same_filters(client):
    full_case(force="Kent Police", outcome="dismissed", outcome_on=date(2021, 5, 1))
    full_case(
        force="West Mercia Police", outcome="dismissed", outcome_on=date(2021, 1, 1)
    )

    page = client.get(reverse("cases:stats"), {"force": "kent-police"})
    for chart in page.context["charts"]:
        assert f"/stats/{chart.slug}.csv?force=kent-police" in page.content.decode()

    response = client.get(
        reverse("cases:stats-csv", kwargs={"slug": "outcomes-by-year"}),
        {"force": "kent-police"},
    )
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert response["Content-Type"].startswith("text/csv")
    assert rows[0][0] == "Year" and rows[0][-1] == "Total"
    assert rows[1][0] == "2021" and rows[1][-1] == "1"
    missing = reverse("cases:stats-csv", kwargs={"slug": "no-such-chart"})
    assert client.get(missing).status_code == 404
