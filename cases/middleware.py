"""A time limit on every database statement of a public request (PostgreSQL).

One slow request must not hold a server process and a database connection for minutes:
each statement a public page, the API, an export or a feed runs is cancelled by
PostgreSQL after `settings.PUBLIC_STATEMENT_TIMEOUT` seconds, and the reader gets a 503
asking to try again or narrow the query. The admin, the ingest and management commands
are not limited: editors' saves and bulk loads may take as long as they need.

The limit is set on the request's connection when the request starts and reset when its
response is finished — for a streamed export, after its last row — so that a connection
kept open for the next request (CONN_MAX_AGE) does not carry it into an ingest. Both are
settings of the connection, run on it directly: they are not queries of the page.
"""

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.urls import reverse

QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE for a statement cancelled by a timeout


class PublicStatementTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PUBLIC_STATEMENT_TIMEOUT
        if not seconds or connection.vendor != "postgresql" or _is_admin(request):
            return self.get_response(request)
        connection.ensure_connection()
        _execute(f"SET statement_timeout = {int(seconds * 1000)}")
        try:
            response = self.get_response(request)
        except BaseException:
            _reset_timeout()
            raise
        if response.streaming:
            response.streaming_content = _reset_after(response.streaming_content)
        else:
            _reset_timeout()
        return response

    def process_exception(self, request, exception):
        if getattr(exception.__cause__, "sqlstate", None) != QUERY_CANCELED:
            return None
        response = HttpResponse(
            "This request took too long and was stopped. Please try again, or narrow "
            "the filters or the search.\n",
            status=503,
            content_type="text/plain; charset=utf-8",
        )
        response["Retry-After"] = "30"
        return response


def _is_admin(request) -> bool:
    return request.path.startswith(reverse("admin:index"))


def _reset_timeout() -> None:
    """Back to the server's default, for whatever the connection serves next."""
    if connection.connection is None:
        return  # closed meanwhile: a new connection starts with the default
    try:
        _execute("RESET statement_timeout")
    except DatabaseError:  # in a failed transaction: a new connection starts afresh
        connection.close()


def _execute(statement: str) -> None:
    """Run a setting of the connection itself, as Django's own time zone setting is:
    not one of the request's queries, so not in the query log that tests count."""
    with connection.wrap_database_errors:
        connection.connection.execute(statement)


def _reset_after(chunks):
    try:
        yield from chunks
    finally:
        _reset_timeout()
