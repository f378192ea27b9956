"""Security settings hold: a Content-Security-Policy, login throttling, CSRF, secrets."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from tests.test_settings import PRODUCTION, manage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/", "/cases/", "/stats/", "/admin/login/"])
def test_every_page_sends_a_strict_content_security_policy(client, url):
    policy = client.get(url)["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"  # no inline or injected script
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy


def login(client, password: str):
    return client.post(
        reverse("admin:login"),
        {"username": "jane", "password": password, "next": "/admin/"},
        REMOTE_ADDR="198.51.100.9",
    )


def test_admin_login_is_locked_after_repeated_failures(client, settings):
    User.objects.create_user("jane", password="right-password-123", is_staff=True)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, "wrong").status_code == 200  # the form again, with errors
    assert login(client, "wrong").status_code == 429  # the last failure allowed

    response = login(client, "right-password-123")

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_good_login_before_the_limit_still_works(client):
    User.objects.create_user("jane", password="right-password-123", is_staff=True)
    login(client, "wrong")
    assert login(client, "right-password-123").status_code == 302
    assert "_auth_user_id" in client.session


@pytest.mark.parametrize(
    "url",
    [
        reverse("admin:login"),
        "/cases/1/report/",
    ],
)
def test_forms_refuse_posts_without_a_csrf_token(url, case):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(url.replace("/1/", f"/{case.pk}/"), {}).status_code == 403


def test_the_secret_key_comes_from_the_environment():
    shown = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.SECRET_KEY)",
        **PRODUCTION,
    )
    assert shown.stdout.strip().splitlines()[-1] == PRODUCTION["DJANGO_SECRET_KEY"]
