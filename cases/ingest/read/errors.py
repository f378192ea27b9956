"""ReadError, and the reasons given when the operating system will not let a file
be listed or read."""

from __future__ import annotations

import os
from pathlib import Path


class ReadError(Exception):
    """A file that cannot be read as a document, and why."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def missing_reason(path: Path, error: OSError | ValueError) -> str:
    """Why stat() failed; ValueError is an embedded NUL in the path itself."""
    if isinstance(error, ValueError):
        return "invalid path"
    if isinstance(error, FileNotFoundError) and path.is_symlink():
        return "broken symlink"
    return os_reason(error)


def os_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or folder"
    if isinstance(error, PermissionError):
        return "permission denied"
    return (error.strerror or str(error)).lower()
