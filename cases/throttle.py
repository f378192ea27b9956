"""A small fixed-window rate limit on the default cache, per client address.

With several server processes the default cache must be shared (Redis, Memcached or the
database cache; see README.md) for the limit to hold across them.
"""

import time

from django.core.cache import cache


def allow(request, scope: str, *, limit: int, period: int) -> bool:
    """Count this request against `limit` per `period` seconds; False once over it."""
    window = int(time.time() // period)
    key = f"throttle:{scope}:{request.META.get('REMOTE_ADDR', '')}:{window}"
    if cache.add(key, 1, timeout=period):
        return True
    try:
        return cache.incr(key) <= limit
    except ValueError:  # the window expired between add and incr
        cache.set(key, 1, timeout=period)
        return True
