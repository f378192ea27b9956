"""Listing the inputs: every file under the paths given, in a fixed order, with
what each folder's sources.tsv says of it; what is skipped is reported with why."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cases.ingest.origins import SOURCES_FILE, Origin, read_sources_file
from cases.ingest.read.errors import missing_reason, os_reason
from cases.ingest.read.formats import MEDIA_TYPES, SUPPORTED


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
                yield FoundPath(path, missing_reason(path, error))
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
                    yield FoundPath(path, f"cannot list folder: {os_reason(error)}")
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
        return FoundPath(path, f"not a {SUPPORTED} file")
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
