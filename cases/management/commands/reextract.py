"""`manage.py reextract`: read stored sources again after the extraction rules change."""

from django.core.management.base import BaseCommand, CommandError

from cases.ingest import PARSER_VERSION
from cases.ingest.reextract import reextract


class Command(BaseCommand):
    help = (
        "Re-derive the records of every source read by an older parser version from "
        "its stored text (no files needed), keeping editors' corrections."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what would change, store nothing.",
        )

    def handle(self, *args, dry_run, verbosity, **options):
        report = reextract(dry_run=dry_run)
        if verbosity > 0:
            for source, line in report.changes:
                self.stdout.write(f"{source}: {line}")
            for source, line in report.held_back:
                self.stdout.write(f"correction kept ({source}): {line}")
            for source, reason in report.failed:
                self.stderr.write(self.style.ERROR(f"error: {source}: {reason}"))
        summary = (
            f"{'Dry run: ' if dry_run else ''}parser {PARSER_VERSION}: read "
            f"{report.read} source(s) again, {report.changed} "
            f"{'would change' if dry_run else 'changed'}, failed {len(report.failed)}, "
            f"corrections kept {len(report.held_back)}"
        )
        if report.failed:
            self.stdout.write(self.style.WARNING(summary))
            raise CommandError(f"{len(report.failed)} source(s) failed", returncode=1)
        self.stdout.write(self.style.SUCCESS(summary))
