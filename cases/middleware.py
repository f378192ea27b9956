"""A time limit on every database statement of a public request (PostgreSQL).

One slow request must not hold a server process and a database connection for minutes:
each statement a public page, the API, an export or a feed runs is cancelled by
PostgreSQL after `settings.PUBLIC_STATEMENT_TIMEOUT` seconds, and the reader gets a 503
asking to try again or narrow the query. The admin, the ingest and management commands
are not limited: editors' saves and bulk loads may take as long as they need.

The middleware says which limit the request's statements need (`connection.
statement_limit`, in milliseconds; none outside a public request, and for a streamed
export until its last row); a wrapper of the connection's statements (`_apply_limit`)
makes the connection's setting match just before a statement runs, only when it
differs. So a server's connection, kept open from request to request (CONN_MAX_AGE),
is set once, not twice a request, and whatever uses a connection after a public
request — an admin request, an ingest in the same process — has the limit taken off
before its first statement. The settings are run on the connection directly, as
Django's own time zone setting is: they are not queries of the page.
"""

from django.conf import settings
from django.db import connection
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
        if _apply_limit not in connection.execute_wrappers:
            # First, so that a wrapper pushed and popped around it stays in order.
            connection.execute_wrappers.insert(0, _apply_limit)
        connection.statement_limit = int(seconds * 1000)
        try:
            response = self.get_response(request)
        except BaseException:
            connection.statement_limit = None
            raise
        if response.streaming:
            response.streaming_content = _limited_until_done(response.streaming_content)
        else:
            connection.statement_limit = None
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


def _apply_limit(execute, sql, params, many, context):
    """Set the connection's statement timeout to what the work at hand needs (none
    outside a public request) before a statement, if it is not set so already."""
    wrapper = context["connection"]
    wanted = getattr(wrapper, "statement_limit", None)
    raw = wrapper.connection
    current = getattr(wrapper, "_statement_limit_set", (None, None))
    if current != (raw, wanted) and (current[0] is raw or wanted is not None):
        with wrapper.wrap_database_errors:
            if wanted is None:
                raw.execute("RESET statement_timeout")
            else:
                raw.execute(f"SET statement_timeout = {wanted}")
        # Inside a transaction the setting is undone if it rolls back: it is set
        # again before the next statement rather than trusted.
        known = _UNSURE if wrapper.in_atomic_block else wanted
        wrapper._statement_limit_set = (raw, known)
    return execute(sql, params, many, context)


_UNSURE = object()


def _limited_until_done(chunks):
    try:
        yield from chunks
    finally:
        connection.statement_limit = None
