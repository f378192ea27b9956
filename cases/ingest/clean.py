"""Clean stage: readable text in, the story's own text out.

What it does: drops the wrapper that sites and news aggregators put around a story
(the aggregator's publisher line and "Printable version" header, its "Channel website:" /
"Original article link:" / "Share this article" / "Latest News from" footer with the
advertisement title that follows, cookie notices, navigation and "read more" lines),
turns typographic quotes and odd spaces into plain ones, and tidies whitespace.

What it must not do: reword, reorder or summarise the story, interpret it (that is
extract.py's job), or touch the ORM. It is a pure function of its input: the offsets that
extraction records as evidence point into the text returned here.
"""

from __future__ import annotations

import re

__all__ = ["clean_text"]

# The corpus convention: a first line " date YYYY-MM-DD" holds the capture's publication
# date. read/published.py parses it; it is metadata, not wording of the story.
_DATE_LINE = re.compile(r"\A[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}[ \t]*")

# Characters normalised everywhere: typographic quotes become plain ones so that one
# pattern serves "..." and “...”, and the zoo of spaces becomes a plain space.
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\ufeff": "",
        "\u00ad": "",
        "\t": " ",
        "\r": "\n",
        "\x0b": "\n",
        "\x0c": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
    }
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

# Header lines of the aggregator that reposts IOPC releases (the seeds): the publisher
# line "Independent Office for Police Conduct (IOPC - formerly IPCC)" and
# "Printable version" (sometimes followed by "E-mail this to a friend").
_HEADER_LINE = re.compile(
    r"^(?:independent office for police conduct \(iopc - formerly ipcc\)"
    r"|printable version(?: e-mail this to a friend)?)$",
    re.IGNORECASE,
)

# The aggregator's footer starts at the first of these lines; everything after it
# ("Latest News from" + publisher + an advertisement title) is not the story.
_FOOTER_START = re.compile(
    r"^(?:channel website:.*|original article link:.*|share this article"
    r"|latest news from)$",
    re.IGNORECASE,
)

# Whole lines that are site furniture, not story: cookie banners, navigation, "skip to
# content", adverts and cross-links seen around force and newspaper pages.
_FURNITURE_LINE = re.compile(
    r"^(?:"
    r".*\bcookies?\b.*(?:preferences|settings|notice|website work|use of|accept).*"
    r"|sorry, there was a technical problem\..*"
    r"|this site is a beta\b.*"
    r"|quickly exit this site\b.*"
    r"|leave (?:this site|page quickly)"
    r"|skip to (?:main )?content"
    r"|accessibility settings(?: skip to main content)?"
    r"|search site|advanced search|open menu|menu|home|news|news article|privacy"
    r"|oops\.|our website is temporarily unavailable in your location\."
    r"|we are working hard to get it back online\."
    r"|this website is no longer maintained"
    r"|hide ad|advertisement|police stock image\..*"
    r"|(?:read more|more on \w+|you may also want to watch)\b.*"
    r"|most (?:read|viewed|popular)(?: news stories)?"
    r"|- (?:published|credit:.*)"
    r"|follow (?:bbc|us)\b.*"
    r"|copyright ©.*"
    r"|t: [\d ]+ e: .*"
    r")$",
    re.IGNORECASE,
)

# A "Most read" block is followed by its numbered headlines: "- 1 New griddle ...",
# "- 2Firefighters rush ...". They end the useful text.
_MOST_READ = re.compile(
    r"^most (?:read|viewed|popular)(?: news stories)?$", re.IGNORECASE
)

_MAX_FURNITURE = 400

# A news site's sign-off and what follows it on the same line (a captured page whose
# paragraphs ran together): "Follow BBC Hereford & Worcester on BBC Sounds, Facebook, X
# and Instagram. Detective who pretended to work from home sacked ..." are links to
# other stories.
_FOLLOW_TAIL = re.compile(
    r"\s*\bFollow (?:BBC|us)\b[^.\n]{0,120}\b(?:Facebook|Twitter|Instagram|X)\b.*$"
)

_SPACES = re.compile(r" {2,}")
_BLANKS = re.compile(r"\n{3,}")


# A table typed in Markdown, as aggregators and plain-text copies give it: "| PC | 2021 |
# Dismissed |" under a rule of dashes "|---|---|---|". Its rows are read as the
# readers write a table's (tables.py): "PC | 2021 | Dismissed |".
_MARKDOWN_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|){2,}\s*(?::?-{3,}:?\s*)?$")
_MARKDOWN_ROW = re.compile(r"^\|\s*(?=[^|]+\|[^|]+\|)")


# A grid copied from a PDF whose cells ran together: "2021A Police Sergeant Final
# written warning" is the year, then "A Police Sergeant".
_GLUED_YEAR = re.compile(r"\b((?:19|20)\d\d)(?=[A-Z])")


def _reader_row(line: str) -> str:
    return _MARKDOWN_ROW.sub("", line) if line.endswith("|") else line


def clean_text(text: str) -> str:
    """Return the story's text with wrapper boilerplate removed and whitespace tidied."""
    if not text:
        return ""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").translate(_TRANSLATE))
    text = _DATE_LINE.sub("", text, count=1)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    kept: list[str] = []
    in_header = True
    for line in lines:
        if in_header and (not line or _HEADER_LINE.match(line)):
            if line:
                continue
            kept.append(line)
            continue
        in_header = False
        if len(line) <= _MAX_FURNITURE and (
            _FOOTER_START.match(line) or _MOST_READ.match(line)
        ):
            break
        # Furniture is short; a long line is story text (and a bounded length keeps the
        # line patterns linear on pathological input).
        if len(line) <= _MAX_FURNITURE and (
            _HEADER_LINE.match(line) or _FURNITURE_LINE.match(line)
        ):
            continue
        if _MARKDOWN_RULE.match(line):
            continue
        kept.append(_FOLLOW_TAIL.sub("", _GLUED_YEAR.sub(r"\1 ", _reader_row(line))))
    cleaned = "\n".join(kept).strip()
    return _BLANKS.sub("\n\n", cleaned)
