from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cases.dump import dump_archive


class Command(BaseCommand):
    help = (
        "Write a full dump of the archive's public records into DIR: CSV and JSON for "
        "forces, officers, cases, results, allegations and sources, a data dictionary "
        "(Markdown and JSON) generated from the models, and a manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path, help="Folder to write (created).")

    def handle(self, *args, directory, verbosity, **options):
        if directory.exists() and not directory.is_dir():
            raise CommandError(f"{directory} exists and is not a folder")
        dumped = dump_archive(directory)
        if verbosity > 1:
            for path in dumped.files:
                self.stdout.write(str(path))
        counts = ", ".join(f"{n:,} {name}" for name, n in dumped.counts.items())
        self.stdout.write(self.style.SUCCESS(f"Wrote {directory}: {counts}"))
