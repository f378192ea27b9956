import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from cases.ingest.pipeline import ingest
from cases.ingest.save import SaveStatus

PROGRESS_THRESHOLD = 20  # documents: below this a bar is only noise


class Command(BaseCommand):
    help = (
        "Read press releases and outcome notices (.txt, .html; files or folders) into "
        "the archive. Re-running changes nothing; a changed document updates its records."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Files or folders (recursive).")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read and extract everything, report what would change, store nothing.",
        )

    def handle(self, *args, paths, dry_run, verbosity, **options):
        report = ingest(
            paths,
            dry_run=dry_run,
            progress=self._progress if verbosity > 0 and sys.stderr.isatty() else None,
            on_failure=self._print_failure,
        )
        if verbosity > 0:
            for path, reason in report.skipped:
                self.stdout.write(f"skipped {path}: {reason}")
            for path, line in report.held_back:
                self.stdout.write(f"correction kept ({path}): {line}")
        counts = report.counts
        summary = (
            f"{'Dry run: ' if dry_run else ''}read {report.read}, "
            f"created {counts[SaveStatus.CREATED]}, updated {counts[SaveStatus.UPDATED]}, "
            f"unchanged {counts[SaveStatus.UNCHANGED]}, "
            f"not outcomes {counts[SaveStatus.NOT_OUTCOME]}, failed {report.failed}, "
            f"skipped {len(report.skipped)}, corrections kept {len(report.held_back)}"
        )
        if report.failed:
            self.stdout.write(self.style.WARNING(summary))
            raise CommandError(f"{report.failed} file(s) failed", returncode=1)
        self.stdout.write(self.style.SUCCESS(summary))

    def _print_failure(self, path: str, reason: str) -> None:
        line = " ".join(
            f"{path}: {reason}".split()
        )  # one line, whatever the path holds
        self.stderr.write(self.style.ERROR(f"error: {line}"))

    @staticmethod
    def _progress(items, total):
        if total < PROGRESS_THRESHOLD:
            return iter(items)
        return iter(tqdm(items, total=total, unit="doc", file=sys.stderr))
