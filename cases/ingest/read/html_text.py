"""An HTML page's main text: site chrome (navigation, banners, cookie notices, share
buttons) removed, the content root found, and its text laid out as lines, one per
heading, paragraph, list item or table row."""

from __future__ import annotations

import html
import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

# fmt: off
_NEVER_TEXT = [
    "head", "script", "style", "noscript", "template", "svg", "math", "iframe",
    "object", "embed", "canvas", "button", "select", "textarea", "input",
]
# fmt: on
_SITE_CHROME = ("nav", "aside", "form", "dialog")
# Headers and footers are site chrome unless inside the article or <main>; older
# templates name them by id or class: <div id="footer">, <div class="site-header">.
_PAGE_CHROME = ("header", "footer")
_PAGE_CHROME_WORDS = ({"footer"}, {"masthead"}, {"site", "header"})
_PAGE_CHROME_ROLES = {"banner", "contentinfo"}
_CHROME_ROLES = {"navigation", "search"}
# Cookie banners name themselves "cookie-banner", "ccc-consent", "gdpr-notice" ...
_CONSENT = re.compile(r"cookie|consent|gdpr", re.I)
# fmt: off
_CHROME_WORDS = {
    "share", "sharing", "sharethis", "addthis", "social", "breadcrumb", "breadcrumbs",
    "skiplink",
}
# fmt: on
# "Skip to main content", "Skip navigation"
_SKIP_LINK = re.compile(r"\s*skip\s+(?:to|navigation)\b", re.I)

# Blocks are set apart by a blank line; line tags only start a new line (a <div> is
# too often a wrapper or a field of a form-like layout to count as a paragraph).
# fmt: off
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "details", "dl", "fieldset",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
    "ul",
}
# fmt: on
_LINE_TAGS = {"br", "caption", "center", "dd", "div", "dt", "legend", "li"}
_CELL_TAGS = {"td", "th"}


def strip_chrome(soup: BeautifulSoup) -> None:
    """Remove what is not the page's text: code, navigation, banners, cookie notices.

    One walk that does not descend into what it removes (asking bs4 whether a tag was
    already decomposed searches its subtree: quadratic on a deeply nested page).
    """
    holds_main = _holders(soup, ("main", "article"))
    holds_heading = _holders(soup, ("h1",))
    doomed: list[Tag] = []
    stack: list[tuple[Tag, bool]] = [(soup, False)]
    while stack:
        tag, in_content = stack.pop()
        if tag.name in _NEVER_TEXT or (
            id(tag) not in holds_main
            and (
                _is_page_chrome(tag, in_content)
                or (id(tag) not in holds_heading and _is_chrome(tag))
            )
        ):
            doomed.append(tag)
            continue
        in_content = in_content or _is_main(tag)
        stack.extend(
            (child, in_content) for child in tag.contents if isinstance(child, Tag)
        )
    for tag in doomed:
        tag.decompose()


def _holders(soup: BeautifulSoup, names: tuple[str, ...]) -> set[int]:
    """ids of the tags that hold one of `names`: such a wrapper is never chrome.

    An ASP.NET page wraps everything in <form>; a class such as "cookies-pending" can
    sit on a wrapper. Each ancestor chain is climbed once, so this stays linear.
    """
    holders: set[int] = set()
    for tag in soup.find_all(names):
        for parent in tag.parents:
            if id(parent) in holders:
                break
            holders.add(id(parent))
    return holders


def _is_main(tag: Tag) -> bool:
    return tag.name in ("main", "article") or tag.get("role") == "main"


def _labels(tag: Tag) -> str:
    return " ".join(
        value if isinstance(value, str) else " ".join(value)
        for value in (tag.get("id"), tag.get("class"), tag.get("aria-label"))
        if value
    )


def _role(tag: Tag) -> str:
    role = tag.get("role")
    return role.strip().lower() if isinstance(role, str) else ""


def _is_page_chrome(tag: Tag, in_content: bool) -> bool:
    """A site-wide header or footer, even one whose <h1> is the site's logo."""
    if in_content or _is_main(tag):
        return False
    words = set(re.split(r"[^a-z0-9]+", _labels(tag).lower()))
    return (
        tag.name in _PAGE_CHROME
        or _role(tag) in _PAGE_CHROME_ROLES
        or any(names <= words for names in _PAGE_CHROME_WORDS)
    )


def _is_chrome(tag: Tag) -> bool:
    """Navigation, asides, forms, cookie banners, share buttons, skip links."""
    if tag.name in ("html", "body") or _is_main(tag):
        return False
    labels = _labels(tag)
    return (
        tag.name in _SITE_CHROME
        or _role(tag) in _CHROME_ROLES
        or bool(_CONSENT.search(labels))
        or bool(set(re.split(r"[^a-z0-9]+", labels.lower())) & _CHROME_WORDS)
        or (tag.name == "a" and bool(_SKIP_LINK.match(tag.get_text())))
    )


def content_root(soup: BeautifulSoup) -> Tag:
    """<main> (or role=main), else the <article> with the most text, else <body>."""
    main = soup.find("main") or soup.find(attrs={"role": "main"})
    if main:
        return main
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda article: len(article.get_text()))
    return soup.body or soup


class _Lines:
    """Text laid out as lines: one per heading, paragraph, list item or table row."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.buffer: list[str] = []
        self.saved: list[list[str]] = []  # buffers put aside while a cell is read
        self.rows: list[list[str]] = []

    def end_line(self) -> None:
        if self.saved:  # inside a table cell, a line break is just a space
            self.buffer.append(" ")
            return
        line = collapse("".join(self.buffer))
        self.buffer = []
        if line:
            self.lines.append(line)

    def end_block(self) -> None:
        self.end_line()
        if self.lines and self.lines[-1] and not self.saved:
            self.lines.append("")

    def start_cell(self) -> None:
        self.saved.append(self.buffer)
        self.buffer = []

    def end_cell(self) -> None:
        cell = collapse("".join(self.buffer))
        self.buffer = self.saved.pop() if self.saved else []
        if self.rows:
            self.rows[-1].append(cell)
        else:
            self.buffer.append(f" {cell} ")

    def start_row(self) -> None:
        self.end_line()
        self.rows.append([])

    def end_row(self) -> None:
        self.end_line()
        cells = self.rows.pop() if self.rows else []
        self.buffer.append(" | ".join(cell for cell in cells if cell))
        self.end_line()

    def result(self) -> list[str]:
        self.end_line()
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        return self.lines


def layout(root: Tag) -> list[str]:
    """Lay out `root`'s text as lines, blank lines between blocks.

    An explicit stack instead of recursion: pages nested thousands deep must not crash.
    """
    lines = _Lines()
    in_list = 0
    in_pre = 0
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if isinstance(node, Tag):
            name = node.name
            if name in _CELL_TAGS and leaving:
                lines.end_cell()
            elif name in _CELL_TAGS:
                lines.start_cell()
            elif name == "tr" and leaving:
                lines.end_row()
            elif name == "tr":
                lines.start_row()
            elif name in _BLOCK_TAGS and not in_list:
                lines.end_block()
            elif name in _BLOCK_TAGS or name in _LINE_TAGS:
                lines.end_line()
            if name in ("li", "dd", "dt"):
                in_list += -1 if leaving else 1
            elif name == "pre":
                in_pre += -1 if leaving else 1
            if not leaving:
                stack.append((node, True))
                stack.extend((child, False) for child in reversed(node.contents))
        # PreformattedString: comments, the doctype, CDATA - not the page's words.
        elif isinstance(node, NavigableString) and not isinstance(
            node, PreformattedString
        ):
            if in_pre:
                first, *rest = str(node).split("\n")
                lines.buffer.append(first)
                for part in rest:
                    lines.end_line()
                    lines.buffer.append(part)
            else:
                lines.buffer.append(str(node))
    return lines.result()


def collapse(text: str) -> str:
    """One line, single spaces: str.split() also splits on non-breaking spaces."""
    return " ".join(text.split())


def flat_text(markup: str) -> str:
    """Words of a page the parser could not handle: tags dropped, entities decoded."""
    markup = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", markup, flags=re.I | re.S)
    markup = re.sub(r"<!--.*?-->|<[^>]*>", " ", markup, flags=re.S)
    return collapse(html.unescape(markup))
