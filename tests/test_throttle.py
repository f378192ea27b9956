"""Rate limits and login lockout count by the client's address as the trusted proxies
saw it: a header a client writes itself changes nothing."""

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from rest_framework.throttling import AnonRateThrottle

from cases.throttle import ScopedAddressThrottle, client_address

PROXY = "10.0.0.2"


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def behind_a_proxy(settings):
    settings.TRUSTED_PROXIES = 1


def via_proxy(address: str, forged: str = "") -> dict:
    """What a request from `address` carries after our proxy appended it."""
    forwarded = f"{forged}, {address}" if forged else address
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": forwarded}


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "", "192.0.2.1"),
        (
            0,
            "198.51.100.7",
            "192.0.2.1",
        ),  # no proxy of ours: the header is the client's
        (1, "198.51.100.7", "198.51.100.7"),
        (1, "6.6.6.6, 198.51.100.7", "198.51.100.7"),  # forged entry before ours
        (2, "6.6.6.6, 198.51.100.7, 10.0.0.9", "198.51.100.7"),
        (2, "198.51.100.7", "198.51.100.7"),  # fewer hops than proxies: the first
        (1, "", "192.0.2.1"),  # a request that bypassed the proxy
    ],
)
def test_the_client_is_the_address_the_outermost_trusted_proxy_saw(
    rf, settings, proxies, forwarded, expected
):
    settings.TRUSTED_PROXIES = proxies
    request = rf.get("/", REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_address(request) == expected


@pytest.fixture
def api_limit_of_two(monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/minute"})


@pytest.mark.django_db
def test_a_forged_forwarded_header_does_not_escape_the_api_limit(api_limit_of_two):
    statuses = [
        Client(HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").get("/api/forces/").status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]


@pytest.mark.django_db
def test_behind_a_proxy_each_client_has_its_own_api_limit(
    api_limit_of_two, behind_a_proxy
):
    def get(address, forged=""):
        return Client(**via_proxy(address, forged)).get("/api/forces/").status_code

    assert [get("198.51.100.7"), get("198.51.100.7", forged="6.6.6.6")] == [200, 200]
    assert get("198.51.100.7", forged="6.6.6.7") == 429
    assert get("198.51.100.8") == 200  # another reader, through the same proxy


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("scope", "url"),
    [
        ("export", "/cases/export.csv"),
        ("export", "/cases/export.json"),
        ("feed", "/feeds/cases/"),
    ],
)
def test_exports_and_feeds_are_rate_limited_per_address(
    monkeypatch, behind_a_proxy, scope, url
):
    monkeypatch.setattr(ScopedAddressThrottle, "THROTTLE_RATES", {scope: "2/hour"})
    reader = Client(**via_proxy("198.51.100.7"))

    statuses = [reader.get(url).status_code for _ in range(3)]

    assert statuses == [200, 200, 429]
    assert int(reader.get(url)["Retry-After"]) > 0
    assert Client(**via_proxy("198.51.100.8")).get(url).status_code == 200


def log_in(username: str, password: str, **address):
    return Client(**address).post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/"},
    )


@pytest.mark.django_db
def test_behind_a_proxy_someone_elses_failed_logins_lock_out_only_them(
    settings, behind_a_proxy
):
    User.objects.create_user("jane", password="right-password-123", is_staff=True)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in("jane", "guess", **via_proxy("203.0.113.66"))

    assert (
        log_in("jane", "right-password-123", **via_proxy("198.51.100.7")).status_code
        == 302
    )
    locked = log_in("jane", "right-password-123", **via_proxy("203.0.113.66"))
    assert locked.status_code == 429


@pytest.mark.django_db
def test_failed_logins_from_one_address_lock_it_out_whatever_the_usernames(settings):
    User.objects.create_user("jane", password="right-password-123", is_staff=True)
    attacker = {"REMOTE_ADDR": "203.0.113.66"}
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(f"editor{n}", "guess", **attacker)

    assert log_in("jane", "right-password-123", **attacker).status_code == 429
    other = {"REMOTE_ADDR": "198.51.100.7"}
    assert log_in("jane", "right-password-123", **other).status_code == 302
