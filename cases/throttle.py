"""Rate limits per client address, and what the client address is.

Behind a reverse proxy `REMOTE_ADDR` is the proxy's, and `X-Forwarded-For` holds the
addresses the request came through, each proxy appending the one it saw. Only the last
`TRUSTED_PROXIES` entries were written by proxies of ours; anything before them is what
the client sent and may be forged. So the client is the entry the outermost trusted
proxy saw, and with no trusted proxy it is `REMOTE_ADDR`, whatever headers say.
`client_address` is the one definition: the API's throttle, the site's own limits
(exports, feeds, error reports) and django-axes' login lockout all count by it.

Limits count in the default cache. With several server processes the cache must be
shared (Redis; see README.md) for a limit to hold across them.
"""

import math

from django.conf import settings
from django.http import HttpResponse
from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle


def client_address(request) -> str:
    """The address of the client, as the trusted proxies saw it (see the module notes)."""
    proxies = settings.TRUSTED_PROXIES
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    if proxies and hops:
        return hops[-min(proxies, len(hops))]
    return request.META.get("REMOTE_ADDR", "")


class AddressRateThrottle(AnonRateThrottle):
    """The API's limit for anonymous clients, counted per `client_address`."""

    def get_ident(self, request):
        return client_address(request)


class ScopedAddressThrottle(SimpleRateThrottle):
    """A limit named by `scope` in REST_FRAMEWORK's DEFAULT_THROTTLE_RATES."""

    cache_format = "throttle:%(scope)s:%(ident)s"

    def __init__(self, scope: str):
        self.scope = scope
        super().__init__()

    def get_cache_key(self, request, view):
        return self.cache_format % {
            "scope": self.scope,
            "ident": client_address(request),
        }


def allow(request, scope: str) -> bool:
    """Count this request against the `scope` rate; False once the client is over it."""
    return ScopedAddressThrottle(scope).allow_request(request, None)


def refuse(request, scope: str) -> HttpResponse | None:
    """A 429 answer when the client is over the `scope` rate, else None (and counted)."""
    limit = ScopedAddressThrottle(scope)
    if limit.allow_request(request, None):
        return None
    response = HttpResponse(
        "Too many requests from your address; please try again later.\n",
        status=429,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(max(1, math.ceil(limit.wait() or 1)))
    return response
