"""Public requests cannot hold the database: each statement has a time limit
(PostgreSQL), which the admin and work outside requests do not inherit."""

import pytest
from django.db import OperationalError, connection, transaction
from django.http import HttpResponse, StreamingHttpResponse
from django.test import RequestFactory

from cases.middleware import PublicStatementTimeoutMiddleware

# Counting to 200,000 takes a fifth of a second on either database.
SLOW = (
    "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 200000) "
    "SELECT count(*) FROM c"
)


def slow_statement():
    with connection.cursor() as cursor:
        cursor.execute(SLOW)
        return cursor.fetchone()[0]


def quick_view(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("quick")


def connection_setting() -> str:
    """The statement timeout the connection has, read past the statements' wrappers."""
    if connection.vendor != "postgresql":
        return "none on SQLite"
    return connection.connection.execute("SHOW statement_timeout").fetchone()[0]


def slow_view(request):
    return HttpResponse(str(slow_statement()))


def slow_streaming_view(request):
    def chunks():
        yield "rows: "
        yield str(slow_statement())

    return StreamingHttpResponse(chunks())


def serve(path: str, view=slow_view):
    """A request through the middleware as Django's handler runs it: an exception
    from the view goes to `process_exception`."""
    middleware = PublicStatementTimeoutMiddleware(lambda request: None)

    def get_response(request):
        try:
            return view(request)
        except Exception as error:
            answer = middleware.process_exception(request, error)
            if answer is None:
                raise
            return answer

    middleware.get_response = get_response
    return middleware(RequestFactory().get(path))


@pytest.fixture
def tight_limit(settings):
    settings.PUBLIC_STATEMENT_TIMEOUT = 0.02


# A cancelled statement aborts the transaction a plain database test runs in.
@pytest.mark.django_db(transaction=True)
def test_a_slow_statement_of_a_public_request_is_stopped_with_a_503(tight_limit):
    response = serve("/cases/")

    if connection.vendor == "postgresql":
        assert response.status_code == 503
        assert response["Retry-After"]
        assert b"took too long" in response.content
    else:  # SQLite has no statement timeout: the limit is PostgreSQL's alone
        assert response.status_code == 200


@pytest.mark.django_db(transaction=True)
def test_the_admin_is_not_limited(tight_limit):
    assert serve("/admin/cases/case/").content == b"200000"


@pytest.mark.django_db(transaction=True)
def test_the_limit_ends_with_the_request(tight_limit):
    serve("/cases/", view=lambda request: HttpResponse("quick"))
    assert slow_statement() == 200000  # an ingest on the same connection runs on


@pytest.mark.django_db(transaction=True)
def test_a_streamed_response_keeps_the_limit_until_its_last_chunk(tight_limit):
    response = serve("/cases/export.csv", view=slow_streaming_view)

    if connection.vendor == "postgresql":
        with pytest.raises(OperationalError):
            b"".join(response.streaming_content)
    else:
        assert b"".join(response.streaming_content) == b"rows: 200000"
    assert slow_statement() == 200000  # and it ends with the last chunk


@pytest.mark.django_db(transaction=True)
def test_a_connection_keeps_the_limit_from_one_public_request_to_the_next(tight_limit):
    """Set once for a connection's public requests, not twice a request; taken off
    before the first statement of anything else."""
    serve("/cases/", view=quick_view)
    serve("/cases/", view=quick_view)

    if connection.vendor == "postgresql":
        assert connection_setting() == "20ms"
    assert slow_statement() == 200000
    assert serve("/admin/cases/case/").content == b"200000"


@pytest.mark.django_db(transaction=True)
def test_a_limit_undone_by_a_rollback_is_set_again(tight_limit):
    class RolledBack(Exception):
        pass

    with pytest.raises(RolledBack), transaction.atomic():
        serve("/cases/", view=quick_view)
        raise RolledBack

    response = serve("/cases/")

    assert response.status_code == (503 if connection.vendor == "postgresql" else 200)
