"""What the leak sweep reads, and how it looks for a name in it.

`read_everything` visits every public address reachable from the home page (links on
the same host) and from the API root (its hyperlinks), every export and the feed, each
search for a withheld name, and writes and reads the dump. `forms_found` says which
forms of a name a text holds, after undoing what output does to text (HTML escaping,
percent-encoding in links, JSON's \\u escapes) and folding accents and letter case.
"""

import html
import json
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import quote, quote_plus, unquote_plus

from cases.dump import dump_archive

MAX_PAGES = 600
_HREF = re.compile(r'(?:href|src)="(/[^"#]*)')
_API_LINK = re.compile(r'"http://testserver(/[^"]*)"')
_NOT_PUBLIC = ("/admin/", "/static/")
STARTS = [
    "/",
    "/api/",
    "/api/schema/",
    "/feeds/cases/",
    "/cases/export.csv",
    "/cases/export.json",
]


def body_of(response) -> str:
    content = b"".join(response) if response.streaming else response.content
    return content.decode("utf-8", errors="replace")


def crawl(client, starts: list[str]) -> dict[str, tuple[int, str]]:
    """Every public address reachable from `starts` → (status, text of its answer).

    One address per path: the same list under other filters shows the same records.
    """
    seen: dict[str, tuple[int, str]] = {}
    paths: set[str] = set()
    queue = deque(starts)
    while queue and len(seen) < MAX_PAGES:
        address = queue.popleft()
        path = address.split("?", 1)[0]
        if path in paths or address.startswith(_NOT_PUBLIC):
            continue
        paths.add(path)
        response = client.get(address, HTTP_ACCEPT="text/html,application/json")
        text = body_of(response)
        seen[address] = (response.status_code, text)
        if response.status_code != 200:
            continue
        if "json" in response.get("Content-Type", ""):
            links = _API_LINK.findall(text)
        else:
            links = _HREF.findall(text)
        queue.extend(html.unescape(link) for link in links)
    return seen


def typed(word: str) -> str:
    """A word as a reader types it into a search box, in a letter case no document
    writes ("o'NEILL"), so that the page's echo of the query can be told apart from
    the documents' text."""
    return word[0].lower() + word[1:].upper()


def without_echo(text: str, word: str) -> str:
    """A search page without its echo of what was typed."""
    echoed = typed(word)
    forms = {echoed, html.escape(echoed), echoed.replace("'", "&#x27;")}
    forms |= {quote(echoed), quote_plus(echoed), quote(echoed, safe="")}
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, "")
    return text


def searches_for(words: list[str]) -> dict[str, str]:
    """Every public search for each word: address → the word."""
    return {
        f"{path}?q={typed(word)}": word
        for word in words
        for path in (
            "/cases/",
            "/api/cases/",
            "/api/results/",
            "/feeds/cases/",
            "/cases/export.csv",
            "/cases/export.json",
            "/people/",
        )
    }


def read_everything(
    client, tmp_path: Path, extra: list[str], searches: dict[str, str]
) -> dict[str, str]:
    """Where → text, for everything public: pages, API, exports, feed, searches (less
    their echo of the query), dump."""
    answers = {
        address: text for address, (_, text) in crawl(client, STARTS + extra).items()
    }
    for address, word in searches.items():
        answers[address] = without_echo(body_of(client.get(address)), word)
    dumped = dump_archive(tmp_path / "dump")
    for path in dumped.files:
        answers[f"dump {path.name}"] = path.read_text(encoding="utf-8")
    return answers


def plain(text: str) -> str:
    """The text as a reader sees it, accents and letter case folded away."""
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    text = html.unescape(unquote_plus(html.unescape(text)))
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'").replace("‘", "'").lower()


def form_pattern(name: str) -> re.Pattern:
    """A name's word in any case, with or without its apostrophe ("O'Neill", "ONEILL"),
    between word boundaries (so "Smithson" is not "Smith")."""
    letters = [re.escape(c) if c != "'" else "'?" for c in plain(name)]
    return re.compile(rf"\b{''.join(letters)}\b")


def forms_found(text: str, names: list[str]) -> list[str]:
    """Which of `names` (full names and surnames alike) `text` holds, in any form."""
    seen = plain(text)
    return [name for name in names if form_pattern(name).search(seen)]


def count_of(text: str) -> int:
    """How many records an API list or JSON export answered."""
    return json.loads(text)["count"]
