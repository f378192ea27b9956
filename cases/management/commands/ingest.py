import os
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from cases.ingest.pipeline import ingest
from cases.ingest.save import SaveStatus
from cases.ingest.web.archive import ingest_urls
from cases.ingest.web.fetch import Limits
from cases.management.commands._pages import PageReporter

PROGRESS_THRESHOLD = 20  # documents: below this a bar is only noise
MAX_JOBS = 4  # beyond this, saving is the limit


class Command(BaseCommand):
    help = (
        "Read press releases and outcome notices (.txt, .html, .pdf, .docx; files, "
        "folders with an optional sources.tsv naming their URLs, or http(s) URLs) into "
        "the archive. Re-running changes nothing; a changed document updates its "
        "records."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="+", help="Files, folders (recursive) or http(s) URLs."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read and extract every file, report what would change, store nothing "
            "(files only: a URL is fetched and stored).",
        )
        parser.add_argument(
            "--delay",
            type=float,
            default=1.0,
            help="Seconds between two requests to one site (default 1; robots.txt's "
            "Crawl-delay may ask for more).",
        )
        parser.add_argument(
            "--warc", help="Write every page fetched to a WARC file in this folder."
        )
        parser.add_argument(
            "--jobs",
            type=int,
            default=min(os.cpu_count() or 1, MAX_JOBS),
            help="Worker processes that read and extract while this one saves "
            f"(default: one a core, at most {MAX_JOBS}; 1: none).",
        )

    def handle(self, *args, paths, dry_run, delay, warc, jobs, verbosity, **options):
        urls = [path for path in paths if path.startswith(("http://", "https://"))]
        if urls and dry_run:
            raise CommandError("--dry-run reads files only; leave the URLs out")
        files = [path for path in paths if path not in urls]
        failed = self._ingest_files(files, dry_run, jobs, verbosity) if files else 0
        if urls:
            reporter = PageReporter(self, verbosity)
            report, warc_path = ingest_urls(
                urls,
                Limits(),
                delay=delay,
                warc=Path(warc) if warc else None,
                on_result=reporter.page,
            )
            failed += reporter.finish(report, warc_path)
        if failed:
            raise CommandError(f"{failed} file(s) or page(s) failed", returncode=1)

    def _ingest_files(self, paths, dry_run: bool, jobs: int, verbosity: int) -> int:
        report = ingest(
            paths,
            dry_run=dry_run,
            jobs=jobs,
            progress=self._progress if verbosity > 0 and sys.stderr.isatty() else None,
            on_failure=self._print_failure,
        )
        if verbosity > 0:
            for path, reason in report.skipped:
                self.stdout.write(f"skipped {path}: {reason}")
            for path, line in report.held_back:
                self.stdout.write(f"kept ({path}): {line}")
        counts = report.counts
        summary = (
            f"{'Dry run: ' if dry_run else ''}read {report.read}, "
            f"created {counts[SaveStatus.CREATED]}, updated {counts[SaveStatus.UPDATED]}, "
            f"unchanged {counts[SaveStatus.UNCHANGED]}, "
            f"not outcomes {counts[SaveStatus.NOT_OUTCOME]}, failed {report.failed}, "
            f"skipped {len(report.skipped)}, corrections kept {len(report.held_back)}"
        )
        style = self.style.WARNING if report.failed else self.style.SUCCESS
        self.stdout.write(style(summary))
        return report.failed

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
