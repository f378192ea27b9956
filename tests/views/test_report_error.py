"""The public reports mistakes from a case page; editors find the reports in the admin."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from cases.forms import MESSAGE_CHARS
from cases.models import ErrorReport
from cases.throttle import ScopedAddressThrottle
from tests.factories import CaseFactory

pytestmark = pytest.mark.django_db

REPORTS_PER_HOUR = ScopedAddressThrottle("error-report").num_requests


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


def report_url(case) -> str:
    return reverse("cases:case-report", kwargs={"pk": case.pk})


def test_case_page_offers_the_report_form_with_csrf_protection(client, case):
    page = client.get(case.get_absolute_url()).content.decode()
    assert f'action="{report_url(case)}"' in page
    assert 'name="csrfmiddlewaretoken"' in page
    assert '<label for="id_message">' in page


def test_a_report_lands_in_the_admin_for_editors(client, case, editor_client):
    response = client.post(
        report_url(case), {"message": "The hearing was in 2021.", "email": ""}
    )

    assert response.status_code == 302
    assert response.url == case.get_absolute_url()
    report = ErrorReport.objects.get()
    assert (report.case, report.status) == (case, "open")
    listing = editor_client.get(reverse("admin:cases_errorreport_changelist"))
    assert case.title in listing.content.decode()


def test_the_reader_is_thanked_on_the_case_page(client, case):
    response = client.post(report_url(case), {"message": "Wrong rank."}, follow=True)
    assert "Thank you. An editor will look at your report." in response.content.decode()


def test_a_post_without_a_csrf_token_is_refused(case):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(report_url(case), {"message": "Wrong rank."})
    assert response.status_code == 403
    assert not ErrorReport.objects.exists()


def test_an_empty_report_is_refused_with_the_reason(client, case):
    response = client.post(report_url(case), {"message": ""})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not ErrorReport.objects.exists()


def test_a_filled_honeypot_stores_nothing(client, case):
    response = client.post(
        report_url(case), {"message": "cheap pills", "website": "http://spam.example"}
    )
    assert response.status_code == 302
    assert not ErrorReport.objects.exists()


def test_reports_from_one_address_are_rate_limited(client, case):
    for _ in range(REPORTS_PER_HOUR):
        assert client.post(report_url(case), {"message": "x"}).status_code == 302

    response = client.post(report_url(case), {"message": "one more"})

    assert response.status_code == 429
    assert ErrorReport.objects.count() == REPORTS_PER_HOUR
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert other.post(report_url(case), {"message": "x"}).status_code == 302


def test_a_withheld_case_takes_no_reports(client):
    hidden = CaseFactory(withheld=True)
    assert client.post(report_url(hidden), {"message": "x"}).status_code == 404


def test_reporting_needs_a_post(client, case):
    assert client.get(report_url(case)).status_code == 405


def test_a_report_longer_than_the_form_allows_is_refused_by_the_server(client, case):
    response = client.post(report_url(case), {"message": "x" * (MESSAGE_CHARS + 1)})

    assert response.status_code == 400
    assert f"at most {MESSAGE_CHARS} characters" in response.content.decode()
    assert not ErrorReport.objects.exists()
    accepted = client.post(report_url(case), {"message": "x" * MESSAGE_CHARS})
    assert accepted.status_code == 302
