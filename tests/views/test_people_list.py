import re
from datetime import date

import pytest
from django.urls import reverse

from cases.models import Officer
from tests.factories import OfficerFactory, full_case

pytestmark = pytest.mark.django_db
URL = reverse("cases:people-list")


def rows(html: str) -> list[str]:
    body = html.split("<tbody>")[1].split("</tbody>")[0] if "<tbody>" in html else ""
    return re.findall(r"<tr>(.*?)</tr>", body, re.S)


@pytest.fixture
def people():
    moved = OfficerFactory(name="Moved Person")
    full_case(
        title="First", force="Kent Police", officer=moved, outcome_on=date(2019, 1, 5)
    )
    full_case(
        title="Second",
        force="West Mercia Police",
        officer=moved,
        rank="Sergeant",
        outcome="final written warning",
        outcome_on=date(2022, 1, 5),
    )
    other = OfficerFactory(name="Other Person")
    full_case(title="Third", force="Kent Police", officer=other, outcome="not proven")
    return moved, other


def test_each_row_gives_latest_rank_force_case_count_and_outcome(client, people):
    moved, _ = people

    html = client.get(URL).content.decode()

    row = next(r for r in rows(html) if "Moved Person" in r)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
    assert cells[0] == "Sergeant"
    assert "West Mercia Police" in cells[1]
    assert cells[2] == "2"
    assert cells[3] == "Final written warning"
    assert moved.get_absolute_url() in row


def test_search_by_name_and_filter_by_force_and_outcome(client, people):
    by_name = client.get(URL, {"q": "moved"}).content.decode()
    assert [("Moved Person" in r) for r in rows(by_name)] == [True]

    # A person is found under every force of their record, not only the latest.
    in_kent = client.get(URL, {"force": "kent-police"}).content.decode()
    assert {"Moved Person", "Other Person"} <= set(re.findall(r"(\w+ Person)", in_kent))

    cleared = client.get(URL, {"outcome": "not proven"}).content.decode()
    assert "Other Person" in cleared and "Moved Person" not in cleared


def test_filter_choices_carry_counts_and_the_any_choice_once(client, people):
    html = client.get(URL).content.decode()

    select = html.split('name="force"')[1].split("</select>")[0]
    assert select.count(">Any force<") == 1
    assert "Kent Police (2)" in select
    assert "West Mercia Police (1)" in select
    rank = html.split('name="rank"')[1].split("</select>")[0]
    assert "Sergeant (1)" in rank


def test_serving_or_former_is_the_latest_case(client, people):
    moved, _ = people
    moved.results.filter(case__title="Second").update(former=True)

    html = client.get(URL, {"status": "former"}).content.decode()

    assert [("Moved Person" in r) for r in rows(html)] == [True]
    assert 'Moved Person</a> <span class="muted">(former)</span>' in html


def test_withheld_people_are_never_listed(client, people):
    moved, _ = people
    Officer.objects.filter(pk=moved.pk).update(withheld=True)

    html = client.get(URL, {"q": "Moved"}).content.decode()

    assert "Moved Person" not in html
    assert "0 people" in html


def test_unnamed_people_are_listed_by_a_readers_label(client):
    case = full_case(title="Anon", force="Kent Police", rank="Sergeant")
    anonymous = Officer.objects.create(anonymous=True, label="a police sergeant")
    case.results.update(officer=anonymous)

    html = client.get(URL).content.decode()

    assert "Unnamed sergeant" in html
    assert "Sergeant a police sergeant" not in html


def test_the_home_page_links_its_people_count_to_the_index(client, people):
    html = client.get(reverse("cases:home")).content.decode()

    link = re.search(
        r'<a href="/people/"><strong>(\d+)</strong> people on record', html
    )
    assert link and link.group(1) == "2"


def test_people_index_makes_a_fixed_number_of_queries(
    client, build_archive, django_assert_num_queries
):
    build_archive(12)
    # version, forces, count, page, forces for the rows, four grouped counts.
    with django_assert_num_queries(9):
        assert client.get(URL, {"sort": "cases"}).status_code == 200
    with django_assert_num_queries(1):  # the version: the page comes from the cache
        assert client.get(URL, {"sort": "cases"}).status_code == 200
