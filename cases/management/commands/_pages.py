"""How `crawl` and `ingest URL` report pages: one line a page, a summary, the failures.

At verbosity 1 the pages that brought news (new, changed, gone) are printed as they come,
then the summary, then each failure with its reason on stderr, so that a daily run's mail
shows what came in and what needs a look. Verbosity 2 prints every page; 0 only errors.
"""

from cases.ingest.web.crawl import CrawlReport, Outcome, PageResult

NEWS = {Outcome.NEW, Outcome.CHANGED, Outcome.GONE}


class PageReporter:
    def __init__(self, command, verbosity: int) -> None:
        self.command = command
        self.verbosity = verbosity

    def page(self, result: PageResult) -> None:
        if result.outcome == Outcome.FAILED:
            if self.verbosity >= 2:
                self.command.stdout.write(f"failed {result.url}")
            return
        if self.verbosity >= 2 or (self.verbosity >= 1 and result.outcome in NEWS):
            reason = f" ({result.reason})" if result.reason else ""
            self.command.stdout.write(f"{result.outcome} {result.url}{reason}")

    def finish(self, report: CrawlReport, warc_path: str = "") -> int:
        """Print the summary and the failures; return how many pages failed."""
        failed = report.failed
        if self.verbosity >= 1:
            style = self.command.style.WARNING if failed else self.command.style.SUCCESS
            sites = [site for site in report.sites if site]
            if len(sites) > 1:
                for site in sites:
                    self.command.stdout.write(f"{site}: {report.summary(site)}")
            self.command.stdout.write(style(report.summary()))
            if warc_path:
                self.command.stdout.write(f"WARC written to {warc_path}")
        for result in failed:
            line = " ".join(f"{result.url}: {result.reason}".split())
            self.command.stderr.write(self.command.style.ERROR(f"failed {line}"))
        return len(failed)
