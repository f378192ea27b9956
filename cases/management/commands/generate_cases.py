from django.core.management.base import BaseCommand

from cases.synthetic import generate_cases


class Command(BaseCommand):
    help = (
        "Add realistic synthetic cases (people, allegations, sources) for trying the "
        "pages and for benchmarks. Deterministic for a given --seed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=300)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, count, seed, **options):
        made = generate_cases(count, seed=seed)
        if options["verbosity"] >= 1:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Added {made.cases} cases, {made.people} people's results "
                    f"({made.officers} officers) and {made.allegations} allegations."
                )
            )
