"""Page records kept between runs, keyed by each page's bytes: a page the build wrote unchanged is not parsed again.

A record and a structure are a pure function of the page's bytes, its path, what is asked of its reading
(explainer.context `reading`) and the checker's own code; the key hashes all of them, so a record found is the one
a fresh reading would make. The store is one SQLite file (each process of a run has its own connection and writes
its new records in one transaction); rows older than MAX_AGE are dropped when a run writes. The cache is an
optimisation only: a store that is no database is made anew, and one that cannot be opened, read or written, or
that others may write to, is left alone, the pages read as if it were empty.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sqlite3
import sys
import time
from pathlib import Path

import lxml

MAX_AGE = 30 * 24 * 3600  # seconds a row is kept: a site rebuilt daily keeps its unchanged pages' rows
MAX_ROWS = 200_000  # beyond this the oldest rows go: 1,000 explainers make about 6,000 (4 KiB each)
_PACKAGE = Path(__file__).parent


def default_directory() -> Path:
    """$XDG_CACHE_HOME/explainer-check, else ~/.cache/explainer-check (where pip and others keep theirs)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "explainer-check"


def _code_version() -> bytes:
    """A hash of the checker's code (every module and table of this package), lxml's and Python's versions: a
    record made by other code is never read back."""
    digest = hashlib.blake2b(f"{sys.version}|{lxml.__version__}".encode(), digest_size=16)
    for path in sorted((*_PACKAGE.glob("*.py"), *_PACKAGE.glob("*.yml"))):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.digest()


class _Unpickler(pickle.Unpickler):
    """Only the record and structure types (and the builtins they hold) come back from the store: a store someone
    else wrote to cannot make the checker run code (Python's "Restricting Globals" recipe)."""

    ALLOWED = {("builtins", "frozenset"), ("builtins", "set"),
               ("explainer.pages", "PageRecord"), ("explainer.pages", "Link"), ("explainer.pages", "Markup"),
               ("explainer.structure", "PageStructure"), ("explainer.structure", "Paragraph"),
               ("explainer.structure", "FaqEntry"), ("explainer.structure", "GlossaryEntry"),
               ("explainer.structure", "Note")}

    def find_class(self, module: str, name: str):
        if (module, name) not in self.ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not a record type")
        return super().find_class(module, name)


class RecordCache:
    """The store of one checker process (None as directory: no store, every page read)."""

    def __init__(self, directory: Path | None):
        self.directory = directory
        self.version = _code_version() if directory is not None else b""
        self.hits = 0
        self._connection: sqlite3.Connection | None = None
        self._process = 0  # the process that opened the connection: a forked process opens its own
        self._new: list[tuple[bytes, bytes, int]] = []

    def key(self, file: str, reading: tuple, raw: bytes) -> bytes:
        digest = hashlib.blake2b(self.version, digest_size=20)
        digest.update(f"{file}\0{reading!r}\0".encode())
        digest.update(raw)
        return digest.digest()

    def get(self, key: bytes):
        """(record, structure) stored under the key, or None."""
        connection = self._open()
        if connection is None:
            return None
        try:
            row = connection.execute("SELECT value FROM records WHERE key = ?", (key,)).fetchone()
            found = _Unpickler(io.BytesIO(row[0])).load() if row else None
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
            return None  # a damaged row is a miss
        self.hits += found is not None
        return found

    def put(self, key: bytes, record, structure) -> None:
        """Keep a page's reading, written by `save`."""
        if self.directory is not None:
            self._new.append((key, pickle.dumps((record, structure), protocol=pickle.HIGHEST_PROTOCOL),
                              int(time.time())))

    def save(self) -> None:
        """Write the records this process made, in one transaction, and drop old rows."""
        new, self._new = self._new, []
        connection = self._open() if new else None
        if connection is None:
            return
        try:
            with connection:
                connection.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?)", new)
                connection.execute("DELETE FROM records WHERE made < ?", (int(time.time()) - MAX_AGE,))
                connection.execute("DELETE FROM records WHERE key IN (SELECT key FROM records ORDER BY made DESC "
                                   "LIMIT -1 OFFSET ?)", (MAX_ROWS,))
        except sqlite3.Error:
            pass  # another run holds the store, or the disk is full: this run's records are simply not kept

    def _open(self) -> sqlite3.Connection | None:
        if self.directory is None:
            return None
        if self._connection is not None and self._process == os.getpid():
            return self._connection
        store = self.directory / "records.sqlite3"
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not _private(self.directory):
                raise OSError("the store's folder is not this user's alone")
            try:
                connection = _connect(store)
            except sqlite3.DatabaseError:  # not a database (a crash mid-write, another program's file): anew
                for damaged in (store, store.with_name(store.name + "-wal"), store.with_name(store.name + "-shm")):
                    damaged.unlink(missing_ok=True)
                connection = _connect(store)
        except (OSError, sqlite3.Error):
            self.directory = None  # unusable: this run reads every page
            return None
        self._connection, self._process = connection, os.getpid()
        return connection


def _private(directory: Path) -> bool:
    """Whether only this user can write to the folder: a record someone else wrote could hide a finding (it is
    never run as code, but it is believed), so a store in a shared folder is not used."""
    status = directory.stat()
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


def _connect(store: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(store, timeout=5)
    connection.execute("PRAGMA journal_mode=WAL")  # the run's processes read while one writes
    connection.execute("PRAGMA synchronous=NORMAL")  # no wait for the disk on each commit: a lost row is a miss
    connection.execute("CREATE TABLE IF NOT EXISTS records (key BLOB PRIMARY KEY, value BLOB, made INTEGER)")
    connection.execute("CREATE INDEX IF NOT EXISTS records_made ON records (made)")
    return connection
