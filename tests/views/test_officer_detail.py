from datetime import date

import pytest

from tests.factories import OfficerFactory, full_case

pytestmark = pytest.mark.django_db


def test_officer_page_shows_every_case_across_forces_in_order(client):
    officer = OfficerFactory(name="Alex Example")
    later = full_case(
        title="Later case",
        force="Kent Police",
        officer=officer,
        outcome_on=date(2022, 3, 1),
    )
    earlier = full_case(
        title="Earlier case",
        force="West Mercia Police",
        officer=officer,
        outcome_on=date(2018, 3, 1),
        outcome="final written warning",
    )
    html = client.get(officer.get_absolute_url()).content.decode()
    assert "<h1>Alex Example</h1>" in html
    assert html.index(earlier.title) < html.index(later.title)
    assert 'href="/forces/kent-police/"' in html
    assert 'href="/forces/west-mercia-police/"' in html
    assert "Final written warning" in html


def test_an_anonymous_person_is_shown_by_their_label(client, db):
    from cases.models import Officer

    officer = Officer.objects.create(anonymous=True, label="Officer A")
    html = client.get(officer.get_absolute_url()).content.decode()
    assert "<h1>Officer A</h1>" in html
    assert "never assumed to be the same person" in html


@pytest.mark.parametrize("rows", [3, 30])
def test_officer_page_makes_a_fixed_number_of_queries(
    client, build_archive, django_assert_num_queries, rows
):
    _, officer = build_archive(rows)
    # officer, results (with case and forces), standards, allegations, their standards.
    with django_assert_num_queries(5):
        response = client.get(officer.get_absolute_url())
    assert response.content.decode().count('class="record__item"') == rows
