"""Write realistic synthetic misconduct documents for the ingest benchmark.

Three formats the archive meets in the wild, in equal shares: plain-text IOPC releases
(as reposted by aggregators), IOPC-style HTML news pages with navigation, cookie banner
and JSON-LD, and force outcome notices with labelled fields. Each document reports one
to four people with different results. A fixed seed makes every run write the same
files.

    python bench/generate_documents.py OUT_DIR --count 10000 [--seed 2026]
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from html import escape
from pathlib import Path

FORCES = [
    "West Midlands Police",
    "Greater Manchester Police",
    "Metropolitan Police Service",
    "West Yorkshire Police",
    "Kent Police",
    "Essex Police",
    "Thames Valley Police",
    "Merseyside Police",
    "South Wales Police",
    "Avon and Somerset Constabulary",
    "Hampshire and Isle of Wight Constabulary",
    "Sussex Police",
    "Northumbria Police",
    "Lancashire Constabulary",
    "Devon and Cornwall Police",
    "Leicestershire Police",
]
RANKS = [
    ("Police Constable", "PC"),
    ("Police Constable", "PC"),
    ("Police Constable", "PC"),
    ("Detective Constable", "DC"),
    ("Sergeant", "Sergeant"),
    ("Inspector", "Inspector"),
    ("Police Community Support Officer", "PCSO"),
]
FIRST = [
    "James",
    "Sarah",
    "Michael",
    "Emma",
    "David",
    "Laura",
    "Daniel",
    "Rachel",
    "Thomas",
    "Hannah",
    "Mark",
    "Claire",
    "Paul",
    "Sophie",
    "Andrew",
    "Jessica",
]
LAST = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Patel",
    "Khan",
    "Lewis",
    "Hughes",
]
CONDUCT = [
    (
        "formed an inappropriate relationship with a vulnerable woman he met on duty",
        ["honesty and integrity", "discreditable conduct"],
    ),
    (
        "accessed police systems for no policing purpose",
        ["confidentiality", "discreditable conduct"],
    ),
    ("used excessive force during an arrest", ["use of force"]),
    (
        "sent racist messages in a group chat",
        ["equality and diversity", "authority, respect and courtesy"],
    ),
    ("failed to respond to an emergency call", ["duties and responsibilities"]),
    ("lied in a witness statement", ["honesty and integrity"]),
]
RESULTS = [
    ("was dismissed without notice", "gross misconduct", True),
    ("received a final written warning", "misconduct", False),
    ("was given a written warning", "misconduct", False),
    ("would have been dismissed had they not resigned", "gross misconduct", True),
]
WEEKDAYS = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
]


def long_date(day: date, weekday: bool = False) -> str:
    text = f"{day.day} {day:%B %Y}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


class Story:
    """The facts of one synthetic case, told in any of the three formats."""

    def __init__(self, rng: random.Random, number: int):
        self.number = number
        self.force = rng.choice(FORCES)
        self.hearing = date(2016, 1, 1) + timedelta(days=rng.randrange(3500))
        self.referred = self.hearing - timedelta(days=rng.randrange(200, 900))
        self.people = []
        for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
            rank, short = rng.choice(RANKS)
            conduct, standards = rng.choice(CONDUCT)
            result, severity, barred = rng.choice(RESULTS)
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}-{number}"
            self.people.append(
                {
                    "rank": rank,
                    "short": short,
                    "name": name,
                    "age": rng.randrange(22, 58),
                    "conduct": conduct,
                    "standards": standards,
                    "result": result,
                    "severity": severity,
                    "barred": barred,
                }
            )
        self.title = f"{self.force} officers face misconduct outcome ({number})"

    def paragraphs(self) -> list[str]:
        lead = self.people[0]
        lines = [
            f"{len(self.people)} {self.force} officer{'s' if len(self.people) > 1 else ''}"
            " faced a misconduct hearing following an investigation by the Independent "
            "Office for Police Conduct (IOPC).",
            f"We began our investigation after a referral from {self.force} in "
            f"{self.referred:%B %Y}.",
        ]
        for person in self.people:
            lines.append(
                f"{person['short']} {person['name']}, {person['age']}, was alleged to "
                f"have {person['conduct']} between {self.referred:%B %Y} and "
                f"{self.hearing:%B %Y}."
            )
        lines.append(
            f"At a misconduct hearing which concluded on {long_date(self.hearing, True)}, "
            "a legally qualified chair found the allegations proven."
        )
        for person in self.people:
            lines.append(
                f"{person['short']} {person['name'].split()[-1]} was found to have "
                f"committed {person['severity']} and breached the standards of "
                f"professional behaviour for {' and '.join(person['standards'])}. "
                f"{person['short']} {person['name'].split()[-1]} {person['result']}."
            )
        if lead["barred"]:
            lines.append(f"{lead['name']} will be placed on the barred list.")
        lines.append(
            "IOPC Director Jane Example said: \u201cThe public rightly expect the "
            "highest standards of behaviour from police officers.\u201d"
        )
        return lines

    def as_text(self) -> str:
        body = "\n\n".join([self.title, *self.paragraphs()])
        return (
            "Independent Office for Police Conduct (IOPC - formerly IPCC)\n"
            f"Printable version\n\n{body}\n\n\nChannel website:\n\n"
            "Original article link:\n\nShare this article\n\nLatest News from\n"
            "Independent Office for Police Conduct (IOPC - formerly IPCC)\n\n"
            "Webinar Recording: Digital services for the public sector\n"
        )

    def as_html(self) -> str:
        published = self.hearing + timedelta(days=2)
        paragraphs = "\n".join(f"<p>{escape(line)}</p>" for line in self.paragraphs())
        linked = json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": self.title,
                "datePublished": published.isoformat(),
            }
        )
        return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(self.title)} | IOPC</title>
<meta property="og:title" content="{escape(self.title)}">
<meta property="og:site_name" content="Independent Office for Police Conduct">
<script type="application/ld+json">{linked}</script>
<style>body {{ font-family: sans-serif; }}</style></head>
<body><div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve
this site.</p><button>Accept all cookies</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/complaints">Complaints</a></li></ul></nav></header>
<main><article><h1>{escape(self.title)}</h1>
<time datetime="{published.isoformat()}">{long_date(published)}</time>
{paragraphs}
<div class="share">Share this page: Facebook Twitter Email</div></article></main>
<footer><p>&copy; IOPC</p><a href="/privacy">Privacy</a></footer>
<script>window.analytics = true;</script></body></html>
"""

    def as_notice(self) -> str:
        blocks = [f"{self.force}\nMisconduct hearing outcome\n"]
        for index, person in enumerate(self.people, start=1):
            collar = 1000 + (self.number * 7 + index) % 9000
            blocks.append(
                f"Name of officer: {person['rank']} {collar} {person['name']}\n"
                f"Date of hearing: {long_date(self.hearing)}\n"
                f"Allegation: It is alleged that {person['short']} {person['name']} "
                f"{person['conduct']}. This breached the standards of professional "
                f"behaviour for {' and '.join(person['standards'])}.\n"
                f"Finding: {person['severity'].capitalize()} proven\n"
                f"Outcome: {person['short']} {person['name'].split()[-1]} "
                f"{person['result']}.\n"
            )
        blocks.append("This notice will be removed 28 days after publication.")
        return "\n".join(blocks)


def generate(out: Path, count: int, seed: int = 2026) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for number in range(count):
        story = Story(rng, number)
        kind = number % 3
        folder = out / f"{number // 1000:03d}"
        folder.mkdir(exist_ok=True)
        if kind == 0:
            path, text = folder / f"release-{number}.txt", story.as_text()
        elif kind == 1:
            path, text = folder / f"news-{number}.html", story.as_html()
        else:
            path, text = folder / f"notice-{number}.txt", story.as_notice()
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    generate(args.out, args.count, args.seed)


if __name__ == "__main__":
    main()
