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
    assert "Unnamed people are never merged" in html


@pytest.mark.parametrize("rows", [3, 30])
def test_officer_page_makes_a_fixed_number_of_queries(
    client, build_archive, django_assert_num_queries, rows
):
    _, officer = build_archive(rows)
    # officer, results (with case and forces), standards, allegations, their standards,
    # everyone in those cases.
    with django_assert_num_queries(6):
        response = client.get(officer.get_absolute_url())
    assert response.content.decode().count('class="record__item"') == rows


def test_person_page_gives_latest_rank_and_force_and_the_others_in_their_cases(client):
    officer = OfficerFactory(name="Alex Example")
    full_case(
        title="Early case",
        force="Kent Police",
        officer=officer,
        rank="Police Constable",
        outcome_on=date(2018, 3, 1),
    )
    shared = full_case(
        title="Shared case",
        force="West Mercia Police",
        officer=officer,
        rank="Sergeant",
        people=2,
        outcome_on=date(2022, 3, 1),
    )
    colleague = shared.results.exclude(officer=officer).get().officer

    html = client.get(officer.get_absolute_url()).content.decode()

    latest_rank = html.split("Latest known rank</dt><dd>")[1].split("</dd>")[0]
    assert latest_rank.startswith("Sergeant")
    latest_force = html.split("Latest known force</dt><dd>")[1].split("</dd>")[0]
    assert "West Mercia Police" in latest_force
    others = html.split('id="co-accused"')[1]
    assert colleague.get_absolute_url() in others
    assert "Shared case" in others and "Early case" not in others


def test_an_anonymous_person_is_labelled_as_a_reader_would_and_said_never_merged(
    client,
):
    from cases.models import Officer

    officer = Officer.objects.create(anonymous=True, label="a police sergeant")
    case = full_case(title="Sergeant case", force="Kent Police", rank="Sergeant")
    case.results.update(officer=officer)

    html = client.get(officer.get_absolute_url()).content.decode()

    assert "<h1>Unnamed sergeant</h1>" in html
    assert "Sergeant a police sergeant" not in html
    assert "never merged" in html


def test_a_hearing_date_known_to_the_month_is_shown_as_a_month(client):
    officer = OfficerFactory(name="Alex Example")
    case = full_case(
        title="Month case",
        officer=officer,
        outcome_on=None,
        outcome_on_precision="",
        hearing_on=date(2023, 6, 1),
        hearing_on_precision="month",
    )
    case.results.update(hearing_date=date(2023, 6, 1))

    html = client.get(officer.get_absolute_url()).content.decode()

    assert "June 2023" in html
    assert "1 June 2023" not in html
