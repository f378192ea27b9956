from datetime import date, timedelta

import pytest
from django.urls import reverse

from cases import views
from tests.factories import CaseFactory, full_case

pytestmark = pytest.mark.django_db


def test_force_list_shows_each_force_with_its_cases(client):
    full_case(force="Kent Police")
    full_case(force="Kent Police", outcome_on=date(2023, 4, 2))
    html = client.get(reverse("cases:force-list")).content.decode()
    assert 'href="/forces/kent-police/"' in html
    assert '>2<span class="visually-hidden"> cases in Kent Police' in html
    assert '<time datetime="2023-04-02">2 April 2023</time>' in html
    assert 'href="/forces/dorset-police/"' in html  # forces without cases too


def test_force_page_counts_cases_by_outcome_and_year(client):
    full_case(force="Kent Police", outcome="dismissed", outcome_on=date(2020, 1, 5))
    full_case(force="Kent Police", outcome="dismissed", outcome_on=date(2021, 1, 5))
    full_case(
        force="Kent Police", outcome="written warning", outcome_on=date(2021, 2, 5)
    )
    full_case(force="Dorset Police", outcome="dismissed")
    response = client.get(reverse("cases:force-detail", kwargs={"slug": "kent-police"}))
    assert response.context["cases_by_outcome"] == [
        ("dismissed", 2),
        ("written warning", 1),
    ]
    assert response.context["cases_by_year"] == [(2020, 1), (2021, 2)]
    assert "<svg" in response.content.decode()


def test_force_page_gives_the_median_time_from_referral_to_outcome(client):
    for days in (100, 200, 400):
        CaseFactory(
            force_id=None,
            title=f"{days}",
            referred_on=date(2020, 1, 1),
            referred_on_precision="day",
            outcome_on=date(2020, 1, 1) + timedelta(days=days),
            outcome_on_precision="day",
        )
    # Only the force's own cases count; a referral known only to the year does not.
    kent = {"force": "Kent Police"}
    full_case(
        **kent,
        referred_on=date(2019, 1, 1),
        referred_on_precision="month",
        outcome_on=date(2019, 1, 31),
    )
    full_case(
        **kent,
        referred_on=date(2019, 1, 1),
        referred_on_precision="day",
        outcome_on=date(2019, 3, 2),
    )
    full_case(
        **kent,
        referred_on=date(2015, 1, 1),
        referred_on_precision="year",
        outcome_on=date(2019, 3, 2),
    )
    response = client.get(reverse("cases:force-detail", kwargs={"slug": "kent-police"}))
    span = response.context["span"]
    assert (span.median_days, span.count) == (45, 2)
    assert "45 days" in response.content.decode()


def test_force_page_lists_its_cases_a_page_at_a_time(client):
    for _ in range(27):
        full_case(force="Kent Police")
    url = reverse("cases:force-detail", kwargs={"slug": "kent-police"})
    assert len(client.get(url).context["cases"]) == 25
    assert len(client.get(url, {"page": 2}).context["cases"]) == 2


@pytest.mark.parametrize("rows", [3, 30])
def test_force_list_makes_one_query(
    client, build_archive, django_assert_num_queries, rows
):
    build_archive(rows)
    with django_assert_num_queries(1):
        client.get(reverse("cases:force-list"))


@pytest.mark.parametrize("rows", [3, 30])
def test_force_page_makes_a_fixed_number_of_queries(
    client, build_archive, django_assert_num_queries, settings, rows
):
    build_archive(rows)
    url = reverse("cases:force-detail", kwargs={"slug": "kent-police"})
    # The archive's version, the force, its aliases, the facts' version and, the
    # archive having changed, the facts read again (cases, results, forces,
    # standards and their names); the page's cases and their people. The figures
    # come from the facts.
    with django_assert_num_queries(11):
        client.get(url)
    with django_assert_num_queries(1):  # the version: the page comes from the cache
        client.get(url)
    settings.PAGE_CACHE = False
    views.LISTED_ROWS.forget()
    # The force, its aliases, the facts' version, the page's cases, people.
    with django_assert_num_queries(5):
        client.get(url)
    with django_assert_num_queries(3):  # the rows shown are held for the version
        client.get(url)


def test_the_force_list_gives_the_latest_date_as_precisely_as_known(client):
    full_case(
        force="Kent Police",
        outcome_on=date(2023, 6, 1),
        outcome_on_precision="month",
    )

    html = client.get(reverse("cases:force-list")).content.decode()

    row = html.split("Kent Police</a></th>")[1].split("</tr>")[0]
    assert '<time datetime="2023-06">June 2023</time>' in row
