import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_throttle():
    """The anonymous rate limit counts in the cache; each test starts afresh."""
    cache.clear()
    yield
    cache.clear()
