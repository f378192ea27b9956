"""A person merged into another by an editor: the old page redirects for good."""

import pytest
from django.urls import reverse

from cases.curation import merge_officers
from tests.factories import OfficerFactory, ResultFactory

pytestmark = pytest.mark.django_db


def test_a_merged_officer_page_redirects_permanently_to_the_survivor(client):
    survivor, duplicate = OfficerFactory(), OfficerFactory()
    ResultFactory(officer=duplicate)
    old_url = reverse("cases:officer-detail", kwargs={"pk": duplicate.pk})

    merge_officers(survivor, [duplicate])
    response = client.get(old_url)

    assert response.status_code == 301
    assert response.url == survivor.get_absolute_url()
    assert client.get(response.url).status_code == 200


def test_redirects_follow_a_chain_of_merges(client):
    first, second, third = OfficerFactory(), OfficerFactory(), OfficerFactory()
    first_url = reverse("cases:officer-detail", kwargs={"pk": first.pk})
    merge_officers(second, [first])
    merge_officers(third, [second])

    response = client.get(first_url)

    assert response.url == third.get_absolute_url()


def test_an_unknown_officer_is_still_not_found(client):
    response = client.get(reverse("cases:officer-detail", kwargs={"pk": 987654}))
    assert response.status_code == 404


def test_the_api_answers_a_merged_officers_old_id_with_a_redirect(client):
    survivor, duplicate = OfficerFactory(), OfficerFactory()
    ResultFactory(officer=duplicate)
    ResultFactory(officer=survivor)
    old_url = reverse("api:officer-detail", kwargs={"pk": duplicate.pk})
    merge_officers(survivor, [duplicate])

    response = client.get(old_url)

    assert response.status_code == 301
    assert response.url.endswith(
        reverse("api:officer-detail", kwargs={"pk": survivor.pk})
    )
    assert client.get(response.url).json()["id"] == survivor.pk
    missing = reverse("api:officer-detail", kwargs={"pk": 987654})
    assert client.get(missing).status_code == 404
