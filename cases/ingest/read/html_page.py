"""An HTML page read: its main text (html_text.py) and what the page says of itself:
title, publication date, publisher and canonical URL, from meta tags and JSON-LD."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from bs4 import BeautifulSoup, Tag
from bs4.builder import ParserRejectedMarkup

from cases.ingest.origins import is_web_address
from cases.ingest.read.html_text import (
    collapse,
    content_root,
    flat_text,
    layout,
    strip_chrome,
)
from cases.ingest.read.published import parse_date
from cases.ingest.records import Document
from cases.ingest.titles import choose_title

_ARTICLE_TYPES = re.compile(r"article|posting|report|release", re.I)  # NewsArticle...
# fmt: off
_DATE_META = [
    "article:published_time", "datepublished", "og:published_time", "date", "dc.date",
    "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "pubdate",
    "publishdate", "publish-date", "publication_date", "article.published",
]
# fmt: on
# Some templates hide JSON-LD from old browsers: "<!-- {...} -->", "//<![CDATA[".
_JSON_WRAPPER = re.compile(
    r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$"
)


def fill_from_html(document: Document) -> None:
    try:
        soup = BeautifulSoup(document.raw_text, "lxml")
        # What the page says about itself is read before any element is removed.
        meta = _meta_values(soup)
        linked = _json_ld(soup)
        page_title = collapse(soup.title.get_text()) if soup.title else ""
        canonical = _canonical_url(soup)
        strip_chrome(soup)
        root = content_root(soup)
        document.text = "\n".join(layout(root))
        heading = root.find("h1") or soup.find("h1")
        document.publisher = meta.get("og:site_name") or linked.publisher
        document.url = next(
            (url for url in (canonical, meta.get("og:url", "")) if is_web_address(url)),
            "",
        )
        document.title = choose_title(
            [
                meta.get("og:title", ""),
                " ".join(layout(heading)) if heading else "",
                page_title,
            ],
            document.publisher,
        )
        document.published = _first_date(
            linked.published,
            meta.get("article:published_time"),
            *_time_values(root),
            *_time_values(soup),
            *(meta.get(name) for name in _DATE_META),
        )
    except (RecursionError, ParserRejectedMarkup):
        # The parser gave up, or a recursive step met nesting deeper than Python allows:
        # keep the page's words as one block of text rather than fail the whole file.
        document.text = flat_text(document.raw_text)


def _first_date(*values: str | None) -> date | None:
    """The first value that reads as a date, in the order of trust given."""
    for value in values:
        parsed = parse_date(value) if value else None
        if parsed:
            return parsed
    return None


def _meta_values(soup: BeautifulSoup) -> dict[str, str]:
    values: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        if isinstance(key, str) and isinstance(content, str) and content.strip():
            values.setdefault(key.strip().lower(), collapse(content))
    return values


def _time_values(root: Tag) -> Iterator[str]:
    """<time datetime="..."> values, or the element's text when it has none."""
    for element in root.find_all("time"):
        value = element.get("datetime")
        yield value if isinstance(value, str) and value.strip() else element.get_text()


def _canonical_url(soup: BeautifulSoup) -> str:
    for link in soup.find_all("link", href=True):
        rel = link.get("rel") or []
        rels = rel.split() if isinstance(rel, str) else rel
        if "canonical" in (value.lower() for value in rels):
            return str(link["href"]).strip()
    return ""


@dataclass
class _LinkedData:
    published: str = ""
    publisher: str = ""


def _json_ld(soup: BeautifulSoup) -> _LinkedData:
    """datePublished and publisher name from JSON-LD, article nodes first.

    Handles a single object, a list, and "@graph"; a publisher given as {"@id": ...} is
    looked up among the other nodes.
    """
    nodes: list[dict] = []
    for script in soup.find_all("script"):
        kind = script.get("type")
        if not isinstance(kind, str) or "ld+json" not in kind.lower():
            continue
        source = _JSON_WRAPPER.sub("", script.get_text())
        try:
            nodes.extend(_json_nodes(json.loads(source)))
        except (ValueError, RecursionError):  # malformed, or nested beyond reason
            continue
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    # An article's own date beats its WebPage's or WebSite's.
    nodes.sort(key=lambda node: not _ARTICLE_TYPES.search(str(node.get("@type"))))
    found = _LinkedData()
    for node in nodes:
        published = node.get("datePublished")
        if isinstance(published, list) and published:
            published = published[0]
        if isinstance(published, str) and parse_date(published):
            found.published = found.published or published
        if not found.publisher:
            found.publisher = _node_name(node.get("publisher"), by_id)
    return found


def _json_nodes(value: object) -> Iterator[dict]:
    """Every JSON object in `value`, outermost first, without recursion."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _node_name(value: object, by_id: dict[str, dict]) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str):
        return collapse(value)
    if isinstance(value, dict):
        if "name" not in value and isinstance(value.get("@id"), str):
            value = by_id.get(value["@id"], value)
        name = value.get("name")
        if isinstance(name, str):
            return collapse(name)
    return ""
