"""Reading and writing the project's own files safely, whatever a pull request put in `docs/`.

Only regular files of bounded size are read (a FIFO would block, /dev/zero would never end); nothing is written
through a symbolic link (a planted link would send the write outside the project); every write goes to a temporary
file beside the target and is renamed over it, so an interrupted run leaves the old file or the new one, never half
of one. The standard library opens and writes; this module only decides what it may open and in which order.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

MAX_BYTES = 16 * 1024 * 1024  # a news article, a contract or a page is far smaller; more is a mistake or an attack


class UnsafeFileError(OSError):
    """A file that must not be read or written (one line, naming the path)."""


def read_regular(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. The file is opened without blocking (a FIFO does not
    wait for a writer) and checked through its open descriptor, so it cannot be swapped between check and read."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(descriptor, "rb") as file:
        status = os.fstat(file.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise UnsafeFileError(f"{path} is not a regular file")
        if status.st_size > limit:
            raise UnsafeFileError(f"{path} is {status.st_size:,} bytes; at most {limit:,} are read")
        data = file.read(limit + 1)
    if len(data) > limit:  # it grew while being read
        raise UnsafeFileError(f"{path} is larger than {limit:,} bytes")
    return data


def refuse_links(path: Path, root: Path) -> None:
    """Refuse a path that is, or passes through, a symbolic link below `root` (the project's docs/, say)."""
    root, path = Path(root), Path(path)
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        raise UnsafeFileError(f"{path} is outside {root}") from None
    current = root
    for part in parts:
        current = current / part
        if current.is_symlink():
            raise UnsafeFileError(f"{current} is a symbolic link; it is not followed")


def leaves(path: Path, root: Path) -> bool:
    """Whether a path below `root` ends, through symbolic links, outside it (a dangling link counts as leaving)."""
    try:
        Path(path).resolve().relative_to(Path(root).resolve())
    except ValueError:
        return True
    return False


def _mode(path: Path) -> int:
    """The permissions the written file gets: the old file's, else what the umask gives a new file."""
    try:
        return stat.S_IMODE(os.stat(path, follow_symlinks=False).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: Path, data: bytes | str, root: Path) -> None:
    """Write `data` to `path` below `root` all at once: a temporary file in the same folder, renamed over the
    target. Folders are made as needed; no part of the path may be a symbolic link."""
    path = Path(path)
    refuse_links(path, root)
    path.parent.mkdir(parents=True, exist_ok=True)
    refuse_links(path, root)  # made folders are real ones; check again in case one appeared meanwhile
    payload = data.encode("utf-8") if isinstance(data, str) else data
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(descriptor, _mode(path))  # mkstemp makes it private (0600); the file is an ordinary one
        with os.fdopen(descriptor, "wb") as file:
            file.write(payload)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)  # a link planted at `path` meanwhile is replaced, never followed
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
