import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_home_says_what_the_archive_holds(client, build_archive):
    cases, _ = build_archive(3)
    page = client.get(reverse("cases:home")).content.decode()
    assert "<strong>3</strong> cases" in page
    assert "<strong>3</strong> source documents" in page
    assert cases[0].title in page
    assert 'role="search"' in page and 'name="q"' in page
    assert 'href="/forces/kent-police/"' in page


def test_home_without_cases_says_so(client, db):
    page = client.get(reverse("cases:home")).content.decode()
    assert "No cases yet." in page


@pytest.mark.parametrize("rows", [3, 30])
def test_home_makes_a_fixed_number_of_queries(
    client, build_archive, django_assert_num_queries, rows
):
    build_archive(rows)
    with django_assert_num_queries(7):  # the archive's version, then the page
        assert client.get(reverse("cases:home")).status_code == 200
    with django_assert_num_queries(1):  # the version: the page comes from the cache
        assert client.get(reverse("cases:home")).status_code == 200
