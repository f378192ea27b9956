import pytest
from django.urls import reverse

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
    client, build_archive, django_assert_num_queries, rows
):
    build_archive(rows)
    with django_assert_num_queries(5):  # the archive's version, then the page
        client.get(reverse("cases:stats"))
    with django_assert_num_queries(1):  # the version: the page comes from the cache
        client.get(reverse("cases:stats"))
