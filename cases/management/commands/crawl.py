from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cases.ingest.web.archive import crawl_sites
from cases.ingest.web.config import ConfigError, load_config
from cases.management.commands._pages import PageReporter


class Command(BaseCommand):
    help = (
        "Capture the outcome pages that the listing pages named in a crawl config link "
        "to: new pages and changed ones are ingested, pages gone from the site are "
        "marked so. Prints one line per failure and a summary; exits 1 on failures."
    )

    def add_arguments(self, parser):
        parser.add_argument("config", help="The crawl config (TOML); see the README.")
        parser.add_argument(
            "--site",
            action="append",
            default=[],
            help="Crawl only the site of this name (repeat for more).",
        )
        parser.add_argument(
            "--warc",
            help="Write every capture to a WARC file in this folder (overrides the "
            "config's warc).",
        )

    def handle(self, *args, config, site, warc, verbosity, **options):
        try:
            loaded = load_config(config)
        except ConfigError as error:
            raise CommandError(str(error)) from None
        sites = [s for s in loaded.sites if not site or s.name in site]
        unknown = sorted(set(site) - {s.name for s in loaded.sites})
        if unknown:
            known = ", ".join(s.name for s in loaded.sites)
            raise CommandError(f"no site named {', '.join(unknown)} (known: {known})")
        reporter = PageReporter(self, verbosity)
        report, warc_path = crawl_sites(
            sites,
            loaded.limits,
            warc=Path(warc) if warc else loaded.warc,
            on_result=reporter.page,
        )
        failed = reporter.finish(report, warc_path)
        if failed:
            raise CommandError(f"{failed} page(s) failed", returncode=1)
