import pytest

from tests.ingest.web.site import FixtureSite


@pytest.fixture
def site():
    served = FixtureSite().start()
    yield served
    served.stop()
