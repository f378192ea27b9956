"""Bytes to text: UTF-8 with or without BOM, UTF-16, Windows-1252, lossy UTF-8 as a
last resort; binary content is a ReadError."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from cases.ingest.read.errors import ReadError

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


def decode(data: bytes, path: str | Path) -> tuple[str, str, bool]:
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
