"""`manage.py extract PATH...`: print what the extractor reads from documents.

One JSON object per document (JSON Lines), in the format of corpus/SCHEMA.md. Folders
are read recursively. Touches no database: a dry look at what `ingest` would store.
"""

import json

from django.core.management.base import BaseCommand

from cases.ingest.extract import extract_path
from cases.ingest.read import ReadError, iter_document_paths


class Command(BaseCommand):
    help = (
        "Print the records extracted from files or folders as JSON Lines (no database)."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files or folders to read")

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        failed = 0
        for found in iter_document_paths(options["paths"]):
            if found.skipped:
                if verbosity > 1:
                    self.stderr.write(f"skipped {found.path}: {found.skip_reason}")
                continue
            try:
                record = extract_path(found.path)
            except ReadError as error:
                failed += 1
                self.stderr.write(self.style.WARNING(f"could not read {error}"))
                continue
            self.stdout.write(json.dumps(record, ensure_ascii=False))
        if failed and verbosity > 0:
            self.stderr.write(self.style.WARNING(f"{failed} file(s) could not be read"))
