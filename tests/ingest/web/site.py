"""A fixture web site served from 127.0.0.1 inside a test: no test touches the internet.

`FixtureSite` serves whatever `pages` holds at the moment a request comes, so a test can
change or remove a page between two crawls. It answers conditional requests the way a
real server does (304 for a matching ETag or Last-Modified) and records every request.
"""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the answer starts
    etag: str = ""
    last_modified: str = ""
    send_length: bool = True  # False: no Content-Length, the body ends when it closes


@dataclass
class Request:
    path: str
    headers: dict[str, str]


class FixtureSite:
    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.requests: list[Request] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                site.requests.append(Request(self.path, dict(self.headers.items())))
                page = site.pages.get(self.path)
                if page is None:
                    page = Page(b"<h1>Not found</h1>", status=404)
                time.sleep(page.delay)
                if _not_modified(page, self.headers):
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(page.status)
                if page.content_type:
                    self.send_header("Content-Type", page.content_type)
                if page.etag:
                    self.send_header("ETag", page.etag)
                if page.last_modified:
                    self.send_header("Last-Modified", page.last_modified)
                for name, value in page.headers.items():
                    self.send_header(name, value)
                if page.send_length:
                    self.send_header("Content-Length", str(len(page.body)))
                self.end_headers()
                # The client may give up (a size limit): that is the point.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(page.body)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever,
            kwargs={"poll_interval": 0.02},
            daemon=True,
        )

    @property
    def root(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.root + path

    def start(self) -> FixtureSite:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def paths(self) -> list[str]:
        """The paths requested so far, in order (robots.txt included)."""
        return [request.path for request in self.requests]

    def redirect(self, path: str, to: str, status: int = 301) -> None:
        self.pages[path] = Page(status=status, headers={"Location": to})


def _not_modified(page: Page, headers) -> bool:
    if page.status != 200:
        return False
    if page.etag and headers.get("If-None-Match") == page.etag:
        return True
    return bool(
        page.last_modified
        and not headers.get("If-None-Match")
        and headers.get("If-Modified-Since") == page.last_modified
    )


def http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def html_page(title: str, *paragraphs: str, links: list[str] = ()) -> bytes:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    anchors = "".join(f'<li><a href="{href}">{href}</a></li>' for href in links)
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        f"<main><h1>{title}</h1>{body}<ul>{anchors}</ul></main></body></html>"
    ).encode()
