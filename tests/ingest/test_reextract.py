"""reextract.py and `manage.py reextract`: stored sources read again by newer rules."""

import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from cases.ingest import PARSER_VERSION
from cases.models import Case, Result, SourceDocument

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def run(*args) -> str:
    out = StringIO()
    call_command("reextract", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def read_by_an_older_parser(tmp_path):
    """The seeds as an older parser left them: its version on the sources, and an age
    it read wrongly. The files themselves are gone."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    call_command("ingest", str(folder), stdout=StringIO())
    shutil.rmtree(folder)
    SourceDocument.objects.update(parser_version="old")
    harrison = Result.objects.get(officer__name="Michael Harrison")
    Result.objects.filter(pk=harrison.pk).update(age=99)
    return harrison


def test_reextract_rederives_records_from_the_stored_text(read_by_an_older_parser):
    harrison = read_by_an_older_parser

    summary = run()

    assert "read 2 source(s) again, 1 changed" in summary
    harrison.refresh_from_db()
    assert harrison.age == 33
    latest = harrison.history.first()
    assert latest.age == 33
    assert latest.history_change_reason.startswith("re-extraction of source #")
    assert PARSER_VERSION in latest.history_change_reason
    assert set(SourceDocument.objects.values_list("parser_version", flat=True)) == {
        PARSER_VERSION
    }
    assert "read 0 source(s) again" in run()  # nothing is stale any more


def test_reextract_keeps_an_editors_correction(read_by_an_older_parser):
    harrison = read_by_an_older_parser
    harrison.outcome = "final written warning"
    harrison.edited_fields = ["outcome"]
    harrison.save()

    summary = run()

    harrison.refresh_from_db()
    assert (harrison.outcome, harrison.age) == ("final written warning", 33)
    assert "kept the editor's outcome" in summary


def test_a_dry_run_reports_what_would_change_and_changes_nothing(
    read_by_an_older_parser,
):
    harrison = read_by_an_older_parser
    history = harrison.history.count()

    summary = run("--dry-run")

    assert "age “99” → “33”" in summary
    assert "Dry run" in summary and "1 would change" in summary
    harrison.refresh_from_db()
    assert harrison.age == 99
    assert harrison.history.count() == history
    assert not SourceDocument.objects.filter(parser_version=PARSER_VERSION).exists()


def test_only_the_newest_version_of_a_source_is_read_again(read_by_an_older_parser):
    newest = SourceDocument.objects.order_by("id").last()
    older = SourceDocument.objects.create(
        location="elsewhere.txt",
        raw_text="Old.",
        text="Old.",
        sha256="0" * 64,
        parser_version="old",
        status="not-outcome",
    )
    SourceDocument.objects.filter(pk=newest.pk).update(
        previous_version=older, version=2
    )

    summary = run()

    assert "read 2 source(s) again" in summary
    assert SourceDocument.objects.get(pk=older.pk).parser_version == "old"
    assert Case.objects.count() == 2
