"""A case's title: the story's own headline, cleaned, or one made from its facts.

`clean_title` is the one rule for what a headline is. It takes away what pages wrap
around a headline (site names after a bar, breadcrumbs, "Skip to content") and refuses
lines that are not a headline at all: a page's navigation, a chambers' name, a date, a
cookie banner. `choose_title` takes the first candidate that survives it; when none does,
`generated_headline` writes one from the force, the people's outcomes and the date
("Greater Manchester Police: sergeant dismissed, June 2023").

Pure: no ORM, no settings. The read stage uses it for a page's title, the save stage for
the case's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from cases.wording import MONTHS, outcome_counts, people_noun, rank_noun

MAX_LENGTH = 160
"""A lead sentence standing in for a headline is cut at a word near here."""

_SEPARATORS = re.compile(r"\s+(\||-|–|—|::)\s+")

# Breadcrumbs: "Home \ IPCC", "Home > News > Kent", "Home » Latest news".
_BREADCRUMB = re.compile(r'^home\s*[\\>»›|"]', re.I)
_CRUMB_SEPARATOR = re.compile(r'\s*[\\>»›|"]\s*')

# What a page prints before its headline: "Skip to content Quick exit", "Jump to
# content", "top of page", "EXCLUSIVE:", "Article 66P7X", "Image copyright X Image
# caption" (a photo credit run into the first sentence).
_LEADING_CHROME = re.compile(
    r"^(?:skip\s+(?:to\s+(?:main\s+)?content|navigation)|jump\s+to\s+content"
    r"|quick\s+exit|top\s+of\s+page|back\s+to\s+listing|breaking(?:\s+news)?"
    r"|exclusive\s*:|article\s+\w*\d\w*|image\s+copyright\s+\S+\s+image\s+caption"
    r"|date\s+\d{4}-\d{2}-\d{2})\s*[:|-]?\s*",
    re.I,
)

# Lines that are never a headline wherever they occur: banners, paywalls, page tools.
_BOILERPLATE = re.compile(
    r"cookie|privacy|paywall|subscribe|sign\s+up|newsletter|news\s+in\s+one\s+place"
    r"|latest\s+news|days\s+from\s+today|all\s+rights\s+reserved|javascript"
    r"|©|\(c\)|change\s+font\s+size|open\s+menu|^dear\b|^in\s+the\s+matter\s+of"
    r"|^on\s+appeal\s+from|^date\s+published|feedback\s+survey|learn\s+more"
    r"|originally\s+published",
    re.I,
)

# Page names that head a list of hearings, not one story.
_GENERIC = {
    "misconduct hearings",
    "misconduct hearing outcomes",
    "results of misconduct hearings",
    "misconduct outcomes",
    "police appeals tribunal and misconduct hearings",
    "gross misconduct, dismissals and disciplinaries",
    "news",
    "latest news",
}

# What a short headline has to say: something happened to someone.
_EVENT = re.compile(
    r"\b(?:dismiss\w*|sack\w*|fired|warn\w*|guilty|proven|barred|jailed|sentenc\w*"
    r"|convict\w*|acquit\w*|cleared|demoted|resign\w*|retir\w*|breach\w*|outcome\w*"
    r"|admit\w*|charged|suspended|reinstated|quit|hearing|misconduct\s+\w+)\b",
    re.I,
)

_DATE_WORDS = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|oct|nov|dec)[a-z]*\b|\d+(?:st|nd|rd|th)?\b|[,./-]",
    re.I,
)


def clean_title(text: str, publisher: str = "") -> str:
    """The headline in `text`, or "" when `text` is not a usable headline.

    "PC dismissed | News | Kent Police" → "PC dismissed"; "Home \\ IPCC", "5 Essex
    Court", "ENGAGING", "25th June 2019" → "".
    """
    title = " ".join(text.split())
    title = _strip_site_suffix(title, publisher)
    while True:
        stripped = _LEADING_CHROME.sub("", title).strip()
        if _BREADCRUMB.match(stripped):  # the story is the last crumb
            stripped = _CRUMB_SEPARATOR.split(stripped)[-1]
        if stripped == title:
            break
        title = stripped
    if not _is_headline(title, publisher):
        return ""
    return _shorten(title)


def choose_title(candidates: Iterable[str], publisher: str = "") -> str:
    """The first candidate that is a usable headline, cleaned; "" if none is."""
    for candidate in candidates:
        title = clean_title(candidate or "", publisher)
        if title:
            return title
    return ""


def opening_lines(text: str, count: int = 8) -> list[str]:
    """The first lines of a text with words in them: where a headline would stand."""
    lines = (line for line in text[:4000].splitlines() if line.strip())
    return [line for line, _ in zip(lines, range(count), strict=False)]


def generated_headline(
    force: str, people: Iterable[tuple[str, str]], when: date | None, precision: str
) -> str:
    """A headline from the facts, for a document that has none.

    `people` holds (rank, outcome) pairs. "Greater Manchester Police: sergeant
    dismissed, June 2023"; "Kent Police: 3 officers: 2 dismissed, 1 final written
    warning, 2021".
    """
    people = list(people)
    ranks = [rank for rank, _ in people]
    counts = outcome_counts(outcome for _, outcome in people if outcome)
    if len(people) == 1:
        who = rank_noun(ranks[0]) if ranks[0] else "officer"
    else:
        who = f"{len(people)} {people_noun(ranks)}" if people else "misconduct case"
    if len(counts) == 1:
        ((outcome, _),) = counts.items()
        verb = _outcome_verb(outcome)
        what = who + (verb if verb[0] in ":," else f" {verb}")
    elif counts:
        summary = ", ".join(f"{n} {outcome}" for outcome, n in counts.items())
        what = f"{who}: {summary}"
    else:
        what = f"misconduct case against {_article(who)}" if people else who
    head = f"{force}: {what}" if force else what[:1].upper() + what[1:]
    return f"{head}, {_when(when, precision)}" if when else head


def _strip_site_suffix(title: str, publisher: str) -> str:
    """'PC dismissed | News | Kent Police' → 'PC dismissed'.

    A ' | ' part is dropped when it is short and shorter than what remains; a dash part
    only when it is the site's own name, since headlines use dashes themselves.
    """
    while True:
        separators = list(_SEPARATORS.finditer(title))
        if not separators:
            return title
        last = separators[-1]
        head, tail = title[: last.start()], title[last.end() :]
        is_site_name = bool(publisher) and tail.casefold() == publisher.casefold()
        is_short = len(tail.split()) <= 6 and len(tail) < len(head)
        is_short_suffix = last.group(1) in ("|", "::") and is_short
        if not (is_site_name or is_short_suffix):
            return title
        title = head


def _is_headline(title: str, publisher: str) -> bool:
    words = title.split()
    if len(words) < 2 or _BOILERPLATE.search(title):
        return False
    if title.casefold().rstrip(".:") in _GENERIC:
        return False
    if publisher and title.casefold() == publisher.casefold():
        return False
    if len(_DATE_WORDS.sub(" ", title).split()) < 2:  # "Thursday, October 01, 2020"
        return False
    letters = [c for c in title if c.isalpha()]
    if letters and all(
        c.isupper() for c in letters
    ):  # "ON APPEAL FROM THE CROWN COURT"
        return False
    if _EVENT.search(title):
        return True
    # With nothing happening in it, a short line or a Title Case one names a place or a
    # body ("5 Essex Court", "Independent Police Complaints Commission"), not a story.
    content = [w for w in words if len(w) > 3]
    title_case = all(w[:1].isupper() or not w[:1].isalpha() for w in content)
    return len(words) > 4 and not title_case


def _shorten(title: str) -> str:
    if len(title) <= MAX_LENGTH:
        return title
    cut = title[:MAX_LENGTH].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return f"{cut}…"


def _outcome_verb(outcome: str) -> str:
    return {
        "final written warning": "given a final written warning",
        "written warning": "given a written warning",
        "verbal warning": "given a verbal warning",
        "reduction in rank": "reduced in rank",
        "management advice": "given management advice",
        "reflective practice": "referred to reflective practice",
        "no further action": ": no further action",
        "not proven": ": misconduct not proven",
    }.get(outcome, outcome)


def _article(noun: str) -> str:
    if noun[:1].isdigit():
        return noun
    return f"an {noun}" if noun[:1] in "aeiou" else f"a {noun}"


def _when(when: date, precision: str) -> str:
    if precision == "year":
        return str(when.year)
    return f"{MONTHS[when.month - 1]} {when.year}"
