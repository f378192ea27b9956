"""Hostile files beside good ones: each gets a clear error, the good ones go in."""

import os
import shutil
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from cases.models import Case, Officer, Result, SourceDocument

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ROOT = SEEDS.parent


def ingest(*paths) -> tuple[str, str, bool]:
    out, err = StringIO(), StringIO()
    try:
        call_command("ingest", *map(str, paths), stdout=out, stderr=err)
    except CommandError:
        return out.getvalue(), err.getvalue(), False
    return out.getvalue(), err.getvalue(), True


@pytest.fixture
def hostile(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    shutil.copytree(SEEDS, folder / "good")
    bad = folder / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    with (bad / "huge.txt").open("w") as huge:  # 50 MB of text
        line = "The officer was dismissed. " * 40 + "\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            huge.write(line)
    deep = "<div>" * 10_000 + "PC Ann Lee was dismissed." + "</div>" * 10_000
    (bad / "deep.html").write_text(f"<html><body>{deep}</body></html>")
    release = (SEEDS / "004_f06806b7ae44835f.txt").read_text()
    (bad / "utf16.txt").write_bytes(
        release.replace("30 June", "1 July").encode("utf-16")
    )
    (bad / "invalid-utf8.txt").write_bytes(b"\xff\xfe\xfa" + release[:600].encode())
    (bad / "new\nline.txt").write_text(release.replace("Leicester", "Leics"))
    (bad / "loop").symlink_to(bad)
    # Unreadable: a FIFO (opening it would block for ever) and a link to nothing. A
    # file with no permissions is unreadable too, except to root, who runs CI.
    os.mkfifo(bad / "fifo.txt")
    (bad / "dangling.txt").symlink_to(bad / "nowhere.txt")
    return folder


@pytest.mark.django_db
def test_each_hostile_file_gets_a_clear_error_and_good_files_go_in(hostile):
    out, err, succeeded = ingest(hostile)

    assert not succeeded  # the exit status says something failed
    errors = {
        line.split(": ", 2)[1].rsplit("/", 1)[-1]: line for line in err.splitlines()
    }
    assert {"empty.txt", "binary.txt", "huge.txt"} <= errors.keys()
    assert "empty" in errors["empty.txt"]
    assert "binary" in errors["binary.txt"]
    assert "larger than" in errors["huge.txt"] or "limit" in errors["huge.txt"]
    assert len(err.splitlines()) == 3  # one line each, and nothing else failed
    for reported in ("loop", "fifo.txt", "dangling.txt"):
        assert reported in out  # skipped, with the reason, never read
    assert Result.objects.filter(officer__name="Michael Harrison").exists()
    assert Case.objects.filter(force__name="Leicestershire Police").exists()
    for readable in ("deep.html", "utf16.txt", "invalid-utf8.txt", "new\nline.txt"):
        assert SourceDocument.objects.filter(location__endswith=readable).exists()


@pytest.mark.django_db
def test_invalid_utf8_and_a_newline_in_the_name_do_not_stop_the_run(tmp_path):
    release = (SEEDS / "000_bfc693bbd04dafad.txt").read_bytes()
    (tmp_path / "bad\nname.txt").write_bytes(release)
    (tmp_path / "mangled.txt").write_bytes(b"\xff\xfe\xfa" + release[:400])
    (tmp_path / "empty.txt").write_bytes(b"")

    out, err, succeeded = ingest(tmp_path)

    assert not succeeded
    assert len(err.splitlines()) == 1  # one line per failed file, whatever its name
    assert "empty.txt" in err
    assert SourceDocument.objects.filter(location__endswith="bad\nname.txt").exists()
    assert SourceDocument.objects.filter(location__endswith="mangled.txt").exists()


@pytest.mark.django_db(transaction=True)
def test_two_ingests_of_one_folder_at_once_create_no_duplicates(tmp_path):
    surnames = "Adams Baker Clark Dixon Evans Fox Grant Hughes Irwin Jones Knox Lane"
    for number, surname in enumerate(surnames.split()):  # enough to overlap
        text = (SEEDS / "000_bfc693bbd04dafad.txt").read_text()
        text = text.replace("Harrison", surname)
        (tmp_path / f"release-{number}.txt").write_text(text)
    shutil.copytree(SEEDS, tmp_path / "seeds")
    environment = os.environ | {"DATABASE_URL": database_url()}
    command = [sys.executable, "manage.py", "ingest", str(tmp_path)]

    runs = [
        subprocess.Popen(command, cwd=ROOT, env=environment, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    errors = [run.communicate(timeout=300)[1].decode() for run in runs]

    assert [run.returncode for run in runs] == [0, 0], errors
    assert SourceDocument.objects.count() == 14
    assert Case.objects.count() == 14
    assert Officer.objects.filter(name__startswith="Michael ").count() == 13
    assert Result.objects.count() == 14


def database_url() -> str:
    """The test database, for ingests run in other processes."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    user, host = settings["USER"], settings["HOST"] or "127.0.0.1"
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    return f"postgres://{user}{password}@{host}:{settings['PORT'] or 5432}/{settings['NAME']}"
