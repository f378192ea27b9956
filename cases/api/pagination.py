from rest_framework.pagination import PageNumberPagination


class ArchivePagination(PageNumberPagination):
    """`?page=2&page_size=200`; for everything at once, use the CSV or JSON export."""

    page_size = 50
    page_size_query_param = "page_size"
    # A page of 500 cases, each with its people and sources, took about 2 s to write:
    # more than one request should hold a server process. Exports have no such limit.
    max_page_size = 200
