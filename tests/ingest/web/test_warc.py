"""WARC output: what a web archive needs to replay every capture of a run."""

from datetime import UTC, datetime

from warcio.archiveiterator import ArchiveIterator

from cases.ingest.web.fetch import Capture
from cases.ingest.web.warc import WarcLog

STARTED = datetime(2026, 5, 4, 6, 30, tzinfo=UTC)


def capture(url: str, content: bytes) -> Capture:
    return Capture(
        requested_url=url,
        url=url,
        status=200,
        content=content,
        headers={"content-type": "text/html; charset=utf-8"},
        captured_at=STARTED,
        http_headers=[
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Encoding", "gzip"),  # undone before storing: must not be replayed
            ("Content-Length", "12"),
            ("ETag", '"v1"'),
        ],
    )


def test_each_capture_is_a_response_and_a_request_record(tmp_path):
    log = WarcLog.create(tmp_path, user_agent="TestArchive/1.0", started=STARTED)
    log.write(capture("http://127.0.0.1/a", b"<p>first \xe9</p>"))
    log.write(capture("http://127.0.0.1/b?x=1", b"<p>second</p>"))
    log.close()

    [path] = tmp_path.iterdir()
    assert path.name == "misconduct-20260504T063000Z.warc.gz"
    with path.open("rb") as handle:
        records = [
            (
                record.rec_type,
                record.rec_headers.get_header("WARC-Target-URI"),
                record.content_stream().read(),
                record.http_headers,
            )
            for record in ArchiveIterator(handle)
        ]
    assert [(kind, uri) for kind, uri, _, _ in records] == [
        ("warcinfo", None),
        ("response", "http://127.0.0.1/a"),
        ("request", "http://127.0.0.1/a"),
        ("response", "http://127.0.0.1/b?x=1"),
        ("request", "http://127.0.0.1/b?x=1"),
    ]
    _, _, body, headers = records[1]
    assert body == b"<p>first \xe9</p>"
    assert headers.get_header("Content-Encoding") is None
    assert headers.get_header("Content-Length") == str(len(body))
    assert headers.get_header("ETag") == '"v1"'
    assert records[4][3].get_header("User-Agent") == "TestArchive/1.0"
    assert records[4][3].protocol == "GET"
    assert log.count == 2
