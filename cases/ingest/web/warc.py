"""WARC output: every capture of a run as a request and a response record (warcio).

One gzipped WARC file a run, named by the time it started, so that a day's captures can
go to a web archive (pywb, the Internet Archive) as they are. The response record holds
the body exactly as the archive stored it; since the transfer's compression is already
undone there, Content-Encoding and Transfer-Encoding are dropped from the recorded
headers and Content-Length gives the stored length, so that a replay reads it right.
Pure: no ORM, no settings.
"""

from __future__ import annotations

from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cases.ingest.web.fetch import Capture

_DROPPED = {"content-encoding", "transfer-encoding", "content-length"}


def warc_path(folder: Path, started: datetime) -> Path:
    return folder / f"misconduct-{started.astimezone(UTC):%Y%m%dT%H%M%SZ}.warc.gz"


class WarcLog:
    """Append captures to one WARC file; open with `WarcLog.create(folder, ...)`."""

    def __init__(self, handle: BinaryIO, *, user_agent: str, filename: str) -> None:
        self.handle = handle
        self.user_agent = user_agent
        self.writer = WARCWriter(handle, gzip=True)
        self.count = 0
        info = {
            "software": "misconduct archive crawler",
            "http-header-user-agent": user_agent,
        }
        self.writer.write_record(self.writer.create_warcinfo_record(filename, info))

    @classmethod
    def create(cls, folder: Path, *, user_agent: str, started: datetime) -> WarcLog:
        folder.mkdir(parents=True, exist_ok=True)
        path = warc_path(folder, started)
        return cls(path.open("xb"), user_agent=user_agent, filename=path.name)

    @property
    def path(self) -> str:
        return getattr(self.handle, "name", "")

    def close(self) -> None:
        self.handle.close()

    def write(self, capture: Capture) -> None:
        date = capture.captured_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        headers = [
            (name, value)
            for name, value in capture.http_headers
            if name.lower() not in _DROPPED
        ]
        headers.append(("Content-Length", str(len(capture.content))))
        response = self.writer.create_warc_record(
            capture.url,
            "response",
            payload=BytesIO(capture.content),
            length=len(capture.content),
            warc_headers_dict={"WARC-Date": date},
            http_headers=StatusAndHeaders(
                f"{capture.status} OK", headers, protocol="HTTP/1.1"
            ),
        )
        request = self.writer.create_warc_record(
            capture.url,
            "request",
            payload=BytesIO(b""),
            length=0,
            warc_headers_dict={
                "WARC-Date": date,
                "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
            },
            http_headers=StatusAndHeaders(
                f"GET {_target(capture.url)} HTTP/1.1",
                [("User-Agent", self.user_agent), ("Host", _host(capture.url))],
                is_http_request=True,
            ),
        )
        self.writer.write_record(response)
        self.writer.write_record(request)
        self.count += 1


def _target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _host(url: str) -> str:
    return urlsplit(url).netloc
