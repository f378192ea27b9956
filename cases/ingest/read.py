"""Read stage: a path on disk becomes a `Document` (decoded text plus page metadata).

What it does:
- finds the files to read under any mix of files and folders (`iter_document_paths`),
  reporting what it skips instead of silently dropping it;
- decodes bytes (UTF-8 with or without BOM, UTF-16, Windows-1252, lossy UTF-8 as a last
  resort) and, for HTML, keeps the article's text as lines and reads the title,
  publication date, publisher and canonical URL from the page's own metadata;
- reads a PDF's text layer (pdf.py) and a Word document's text (docx.py), keeping their
  bytes as received; a scan without a text layer is a `ReadError`, never empty text;
- gives a listed file its name in the folder given and its sources.tsv origin
  (`read_found`).

What it must not do: touch the ORM or Django settings, remove wording from plain text
(boilerplate is clean.py's job), or interpret what the text says (extract.py's job).
Any failure to read a file is a `ReadError`; no other exception escapes `read_document`.
"""

from __future__ import annotations

import codecs
import hashlib
import html
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.builder import ParserRejectedMarkup
from bs4.element import PreformattedString

from cases.ingest.docx import DocxError, read_docx
from cases.ingest.origins import (
    SOURCES_FILE,
    Origin,
    is_web_address,
    read_sources_file,
)
from cases.ingest.pdf import PdfError, read_pdf_text, read_pdf_title
from cases.ingest.records import Document
from cases.ingest.titles import choose_title

MAX_BYTES = 20 * 1024 * 1024  # a press release or outcome page is well under 1 MB
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MEDIA_TYPES = {
    ".txt": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": PDF,
    ".docx": DOCX,
}
*_OTHERS, _LAST = MEDIA_TYPES
_SUPPORTED = f"{', '.join(_OTHERS)} or {_LAST}"  # ".txt, .html or .htm"
_HTML_TYPES = {"text/html", "application/xhtml+xml"}


class ReadError(Exception):
    """A file that cannot be read as a document, and why."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass(frozen=True)
class FoundPath:
    """A path met while listing inputs; `skip_reason` is empty when it is to be read.

    `name` is the file's name relative to the folder given (its own name when the file
    itself was given), `origin` what that folder's sources.tsv says about it.
    """

    path: Path
    skip_reason: str = ""
    name: str = field(default="", compare=False)
    origin: Origin = field(default=Origin(), compare=False)

    @property
    def skipped(self) -> bool:
        return bool(self.skip_reason)


# --- Listing -------------------------------------------------------------------------


def iter_document_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[FoundPath]:
    """Yield every file under `paths` (files or folders, folders recursively).

    Arguments are taken in the order given; a folder's contents come sorted by name,
    depth first, so the order is the same on every run. Symlinked folders are followed
    once: a folder already listed (a symlink loop, or the same folder given twice) is
    reported as skipped, as are unsupported extensions, broken links and repeated files.
    A folder's sources.tsv is read for its files' origins, and each line it cannot use
    is reported as skipped with its reason.
    """
    seen_folders: set[tuple[int, int]] = set()
    seen_files: dict[tuple[int, int], Path] = {}
    origins = _Origins()
    for given in paths:
        root = Path(given)
        stack = [root]
        while stack:
            path = stack.pop()
            try:
                info = path.stat()
            except (OSError, ValueError) as error:
                yield FoundPath(path, _missing_reason(path, error))
                continue
            key = (info.st_dev, info.st_ino)
            if stat.S_ISDIR(info.st_mode):
                if key in seen_folders:
                    yield FoundPath(path, "folder already listed (symlink loop?)")
                    continue
                seen_folders.add(key)
                try:
                    children = sorted(path.iterdir(), key=lambda child: child.name)
                except OSError as error:
                    yield FoundPath(path, f"cannot list folder: {_os_reason(error)}")
                    continue
                yield from origins.load(path)
                stack.extend(reversed(children))
            elif path == root:
                yield from origins.load(path.parent)
                yield _found_file(path, info, seen_files, path.name, origins)
            elif path.name != SOURCES_FILE or path.parent not in origins.loaded:
                name = path.relative_to(root).as_posix()
                yield _found_file(path, info, seen_files, name, origins)


def _found_file(
    path: Path,
    info: os.stat_result,
    seen_files: dict[tuple[int, int], Path],
    name: str,
    origins: _Origins,
) -> FoundPath:
    key = (info.st_dev, info.st_ino)
    if path.suffix.lower() not in MEDIA_TYPES:
        return FoundPath(path, f"not a {_SUPPORTED} file")
    if not stat.S_ISREG(info.st_mode):
        return FoundPath(path, "not a regular file")
    if key in seen_files:
        return FoundPath(path, f"same file as {seen_files[key]}")
    seen_files[key] = path
    return FoundPath(path, name=name, origin=origins.of(path))


class _Origins:
    """The origins read from each listed folder's sources.tsv, each file read once."""

    def __init__(self) -> None:
        self.loaded: set[Path] = set()
        self.by_path: dict[Path, Origin] = {}

    def load(self, folder: Path) -> Iterator[FoundPath]:
        """Read `folder`'s sources.tsv, if any; yield its problems as skipped paths."""
        if folder in self.loaded:
            return
        self.loaded.add(folder)
        tsv = folder / SOURCES_FILE
        if not tsv.is_file():
            return
        parsed = read_sources_file(tsv)
        self.by_path.update(parsed.origins)
        for problem in parsed.problems:
            yield FoundPath(tsv, problem)

    def of(self, path: Path) -> Origin:
        return self.by_path.get(path, Origin())


def _missing_reason(path: Path, error: OSError | ValueError) -> str:
    """Why stat() failed; ValueError is an embedded NUL in the path itself."""
    if isinstance(error, ValueError):
        return "invalid path"
    if isinstance(error, FileNotFoundError) and path.is_symlink():
        return "broken symlink"
    return _os_reason(error)


def _os_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or folder"
    if isinstance(error, PermissionError):
        return "permission denied"
    return (error.strerror or str(error)).lower()


# --- Reading -------------------------------------------------------------------------


def read_found(found: FoundPath) -> Document:
    """Read a listed file, with its name in the folder given and its sources.tsv origin.

    What sources.tsv says is the archivist's word and beats what the page says of itself.
    """
    document = read_document(found.path)
    document.file_name = found.name or found.path.name
    origin = found.origin
    document.url = origin.url or document.url
    document.publisher = origin.publisher or document.publisher
    document.published = origin.published or document.published
    return document


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read one file into a `Document`, or raise `ReadError` saying why it cannot be."""
    path = Path(path)
    return read_content(
        _read_bytes(path), str(path), MEDIA_TYPES.get(path.suffix.lower(), "")
    )


def read_content(data: bytes, path: str, media_type: str = "") -> Document:
    """Read bytes received from `path` (a file, or a URL fetched) into a `Document`.

    `media_type` is what the file's suffix or the server's Content-Type says; a text
    that is clearly HTML is read as HTML, and a PDF as a PDF, whatever it says.
    """
    if data.startswith(b"%PDF-"):
        return _read_binary(path, data, PDF)
    if media_type in (PDF, DOCX):
        return _read_binary(path, data, media_type)
    raw_text, encoding, lossy = _decode(data, path)
    if not raw_text.strip():
        raise ReadError(path, "file contains only whitespace")
    return parse_document(
        path,
        raw_text,
        media_type=media_type,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        decode_errors=lossy,
    )


def parse_document(
    location: str,
    raw_text: str,
    *,
    media_type: str = "",
    encoding: str = "utf-8",
    sha256: str = "",
    decode_errors: bool = False,
) -> Document:
    """A `Document` from text already decoded: bytes just received, or a stored source
    read again by newer rules."""
    document = Document(
        path=location,
        raw_text=raw_text,
        encoding=encoding,
        sha256=sha256,
        decode_errors=decode_errors,
    )
    if media_type in _HTML_TYPES or _HTML_START.match(raw_text):
        document.content_type = "text/html"
        _fill_from_html(document)
    else:
        document.text = _normalise_newlines(raw_text)
        document.published = _date_line(document.text)
    return document


def _read_binary(path: str, data: bytes, content_type: str) -> Document:
    """A PDF or Word document: its bytes kept as received, its text read from them."""
    try:
        if content_type == PDF:
            text, title = read_pdf_text(data), read_pdf_title(data)
        else:
            text, title = read_docx(data)
    except (PdfError, DocxError) as error:
        raise ReadError(path, str(error)) from None
    return Document(
        path=str(path),
        raw_text="",
        raw_bytes=data,
        text=text,
        title=title,
        published=_date_line(text),
        content_type=content_type,
        encoding="",
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _read_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
    except (OSError, ValueError) as error:
        raise ReadError(path, _missing_reason(path, error)) from None
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(path, "is a directory")
    if not stat.S_ISREG(info.st_mode):  # opening a FIFO would block for ever
        raise ReadError(path, "not a regular file")
    if info.st_size > MAX_BYTES:
        raise ReadError(path, f"{info.st_size} bytes, over the {MAX_BYTES}-byte limit")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # the file may have grown since stat()
    except OSError as error:
        raise ReadError(path, _os_reason(error)) from None
    if len(data) > MAX_BYTES:
        raise ReadError(path, f"over the {MAX_BYTES}-byte limit")
    if not data:
        raise ReadError(path, "empty file")
    return data


# --- Decoding ------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
_BINARY_SIGNATURES = (
    (b"PK\x03\x04", "a ZIP archive (a .docx must be named .docx)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CONTROL_CHARS = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")


def _decode(data: bytes, path: str | Path) -> tuple[str, str, bool]:
    """Return (text, codec name, whether undecodable bytes were replaced)."""
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise ReadError(path, f"binary content: looks like {kind}")
    text, encoding, lossy = _decode_text(data)
    if not text:
        raise ReadError(path, "empty file")
    if "\x00" in text:
        raise ReadError(path, "binary content: contains NUL bytes")
    sample = text[:8192]
    if len(_CONTROL_CHARS.findall(sample)) > len(sample) / 10:
        raise ReadError(path, "binary content: mostly control characters")
    return text, encoding, lossy


def _decode_text(data: bytes) -> tuple[str, str, bool]:
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            return _decode_or_replace(data[len(bom) :], codec, name)
    utf16 = _guess_utf16(data)
    if utf16:
        return _decode_or_replace(data, utf16, utf16)
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    as_utf8 = data.decode("utf-8", errors="replace")
    damaged = as_utf8.count("\ufffd")
    intact = len(_NON_ASCII.findall(as_utf8)) - damaged
    if intact > damaged:  # UTF-8 with a few bad bytes: Windows-1252 would garble it all
        return as_utf8, "utf-8", True
    try:
        return data.decode("cp1252"), "cp1252", False
    except UnicodeDecodeError:
        # Neither fits (cp1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined): keep
        # whichever loses fewer characters.
        as_cp1252 = data.decode("cp1252", errors="replace")
        if as_cp1252.count("\ufffd") < damaged:
            return as_cp1252, "cp1252", True
        return as_utf8, "utf-8", True


def _decode_or_replace(data: bytes, codec: str, name: str) -> tuple[str, str, bool]:
    try:
        return data.decode(codec), name, False
    except UnicodeDecodeError:
        return data.decode(codec, errors="replace"), name, True


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: English text puts a NUL in every other byte."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls >= pairs * 0.3 and even_nuls <= pairs * 0.05:
        return "utf-16-le"
    if even_nuls >= pairs * 0.3 and odd_nuls <= pairs * 0.05:
        return "utf-16-be"
    return None


# --- Plain text ----------------------------------------------------------------------

# Captured texts may open with " date 2022-07-01" (leading space), the capture's record
# of the publication date.
_DATE_LINE = re.compile(r"[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?=\s|$)")


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _date_line(text: str) -> date | None:
    match = _DATE_LINE.match(text.split("\n", 1)[0])
    if not match:
        return None
    return _make_date(*match.groups())


# --- Dates ---------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_COMPACT_DATE = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?:\D|$)")
# Slashed dates are in UK order: 04/05/2023 is 4 May.
_SLASH_DATE = re.compile(r"\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_DAY_MONTH_YEAR = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})", re.I
)
_MONTH_DAY_YEAR = re.compile(
    r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I
)


def _parse_date(value: str) -> date | None:
    """Read the date part of a metadata value; the time and zone, if any, are ignored.

    The date is taken as the publisher wrote it ("2023-05-04T23:30:00+01:00" is 4 May).
    """
    for pattern in (_ISO_DATE, _COMPACT_DATE):
        match = pattern.match(value)
        if match:
            return _make_date(*match.groups())
    match = _SLASH_DATE.match(value)
    if match:
        day, month, year = match.groups()
        return _make_date(year, month, day)
    match = _DAY_MONTH_YEAR.search(value)
    if match and match.group(2).lower() in _MONTHS:
        day, month, year = match.groups()
        return _make_date(year, _MONTHS[month.lower()], day)
    match = _MONTH_DAY_YEAR.search(value)
    if match and match.group(1).lower() in _MONTHS:
        month, day, year = match.groups()
        return _make_date(year, _MONTHS[month.lower()], day)
    return None


def _make_date(year: str | int, month: str | int, day: str | int) -> date | None:
    try:
        value = date(int(year), int(month), int(day))
    except ValueError:  # "2021-02-30"
        return None
    return value if 1900 <= value.year <= 2100 else None


# --- HTML ----------------------------------------------------------------------------

# A .txt file is "clearly HTML" when it opens with a doctype or <html>, <head>, <body>.
_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)

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


def _fill_from_html(document: Document) -> None:
    try:
        soup = BeautifulSoup(document.raw_text, "lxml")
        # What the page says about itself is read before any element is removed.
        meta = _meta_values(soup)
        linked = _json_ld(soup)
        page_title = _collapse(soup.title.get_text()) if soup.title else ""
        canonical = _canonical_url(soup)
        _strip_chrome(soup)
        root = _content_root(soup)
        document.text = "\n".join(_layout(root))
        heading = root.find("h1") or soup.find("h1")
        document.publisher = meta.get("og:site_name") or linked.publisher
        document.url = next(
            (url for url in (canonical, meta.get("og:url", "")) if is_web_address(url)),
            "",
        )
        document.title = choose_title(
            [
                meta.get("og:title", ""),
                " ".join(_layout(heading)) if heading else "",
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
        document.text = _flat_text(document.raw_text)


def _first_date(*values: str | None) -> date | None:
    """The first value that reads as a date, in the order of trust given."""
    for value in values:
        parsed = _parse_date(value) if value else None
        if parsed:
            return parsed
    return None


def _meta_values(soup: BeautifulSoup) -> dict[str, str]:
    values: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        if isinstance(key, str) and isinstance(content, str) and content.strip():
            values.setdefault(key.strip().lower(), _collapse(content))
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
        if isinstance(published, str) and _parse_date(published):
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
        return _collapse(value)
    if isinstance(value, dict):
        if "name" not in value and isinstance(value.get("@id"), str):
            value = by_id.get(value["@id"], value)
        name = value.get("name")
        if isinstance(name, str):
            return _collapse(name)
    return ""


def _strip_chrome(soup: BeautifulSoup) -> None:
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


def _content_root(soup: BeautifulSoup) -> Tag:
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
        line = _collapse("".join(self.buffer))
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
        cell = _collapse("".join(self.buffer))
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


def _layout(root: Tag) -> list[str]:
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


def _collapse(text: str) -> str:
    """One line, single spaces: str.split() also splits on non-breaking spaces."""
    return " ".join(text.split())


def _flat_text(markup: str) -> str:
    """Words of a page the parser could not handle: tags dropped, entities decoded."""
    markup = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", markup, flags=re.I | re.S)
    markup = re.sub(r"<!--.*?-->|<[^>]*>", " ", markup, flags=re.S)
    return _collapse(html.unescape(markup))
