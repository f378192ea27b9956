"""No public surface shows where this server keeps its files.

Documents are ingested from a folder with a recognisable name; then every public page
reachable from the home page, every API answer reachable from the API root, the exports,
the feed and the dump are read, and none may contain the folder's path or name, nor the
file's name (issue 11). A source's original address is what they show instead, and
otherwise only that it was received as a file.
"""

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from cases.dump import dump_archive
from cases.models import SourceDocument
from tests.public.sweep import crawl

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
HARRISON = "000_bfc693bbd04dafad.txt"
PCSO = "004_f06806b7ae44835f.txt"
FOLDER = "server-only-inbox"
URL = "https://www.example.police.uk/news/harrison-dismissed/"


@pytest.fixture
def server_folder(tmp_path) -> Path:
    """The seeds under a server path; one of them named in a sources.tsv."""
    folder = tmp_path / FOLDER
    (folder / "notices").mkdir(parents=True)
    shutil.copy(SEEDS / HARRISON, folder / HARRISON)
    shutil.copy(SEEDS / PCSO, folder / "notices" / PCSO)
    (folder / "sources.tsv").write_text(
        f"file\turl\tpublisher\n{HARRISON}\t{URL}\tExample Constabulary\n"
    )
    call_command("ingest", str(folder), stdout=StringIO(), stderr=StringIO())
    return folder


def _crawl(client, starts: list[str]) -> dict[str, str]:
    """Every public address reachable from `starts` → the text of its answer."""
    return {address: text for address, (_, text) in crawl(client, starts).items()}


def _assert_no_path(where: str, text: str, folder: Path) -> None:
    for secret in (str(folder), str(folder.parent), FOLDER, PCSO, HARRISON):
        assert secret not in text, f"{where} shows the server path {secret!r}"


def test_no_public_page_api_answer_export_or_feed_shows_a_server_path(
    client, server_folder
):
    seen = _crawl(
        client,
        ["/", "/api/", "/api/sources/", "/api/schema/", "/feeds/cases/"]
        + ["/cases/export.csv", "/cases/export.json"],
    )

    sources = SourceDocument.objects.all()
    assert sources.count() == 2
    for source in sources:  # the crawl reached every source's page and API answer
        assert source.get_absolute_url() in seen
        assert f"/api/sources/{source.pk}/" in seen
    assert "/feeds/cases/" in seen and "/cases/export.csv" in seen
    for address, text in seen.items():
        _assert_no_path(address, text, server_folder)
    assert any(URL in text for text in seen.values())


def test_the_dump_shows_no_server_path(tmp_path, server_folder):
    dumped = dump_archive(tmp_path / "dump")

    assert dumped.files
    for path in dumped.files:
        _assert_no_path(path.name, path.read_text(), server_folder)
    rows = json.loads((tmp_path / "dump" / "sources.json").read_text())
    rows = rows["rows"] if isinstance(rows, dict) else rows
    assert {row["url"] for row in rows} == {URL, None}
    assert all("file_name" not in row and "location" not in row for row in rows)
    assert {row["received_as_file"] for row in rows} == {True}


def test_the_server_path_and_file_name_stay_for_editors(server_folder):
    sources = SourceDocument.objects.values_list("location", "file_name")

    # A file with a known original address is told apart by it (its versions).
    assert set(sources) == {
        (URL, HARRISON),
        (str(server_folder / "notices" / PCSO), f"notices/{PCSO}"),
    }
