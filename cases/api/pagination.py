from rest_framework.pagination import PageNumberPagination


class ArchivePagination(PageNumberPagination):
    """`?page=2&page_size=200`; for everything at once, use the CSV or JSON export."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
