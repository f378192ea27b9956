"""What the read stage reads: the media types by file suffix, and the size limit."""

from __future__ import annotations

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
SUPPORTED = f"{', '.join(_OTHERS)} or {_LAST}"  # ".txt, .html or .htm"
HTML_TYPES = {"text/html", "application/xhtml+xml"}
