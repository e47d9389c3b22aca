"""Page records kept between runs, keyed by each page's bytes: a page the build wrote unchanged is not parsed again;
and, beside them, values made from other inputs the same way each time, as JSON: the unit pairs translation QA
compared (explainer.compared_pairs) and the contracts' YAML, parsed.

A record and a structure are a pure function of the page's bytes, its path, what is asked of its reading
(explainer.context `reading`) and the checker's own code; the key hashes all of them, so a record found is the one
a fresh reading would make. The store is one SQLite file (each process of a run has its own connection and writes
its new records in one transaction); rows older than MAX_AGE are dropped when a run writes. The cache is an
optimisation only: a store that is no database, or a damaged one, is made anew; one that cannot be opened, read or
written, that others may write to, or that is another program's database, is left alone, the pages read as if it
were empty. A row found is kept as if made then.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import sqlite3
import stat
import sys
import time
from pathlib import Path
from typing import Callable

import lxml

from .pages import PageRecord
from .structure import PageStructure

MAX_AGE = 30 * 24 * 3600  # seconds a row is kept: a site rebuilt daily keeps its unchanged pages' rows
TABLE = "explainer_records"  # the store's tables: a database with any other is not the checker's
VALUES = "explainer_values"  # compared pairs and parsed contracts, as JSON (never unpickled)
TABLES = (TABLE, VALUES)
APPLICATION_ID = 0x45584331  # "EXC1" in the database's header: a store of the checker's, whichever its version
MAX_ROWS = 200_000  # beyond this the oldest rows go: 1,000 explainers make about 6,000 (4 KiB each)
_PACKAGE = Path(__file__).parent


def cache_home() -> Path | None:
    """$XDG_CACHE_HOME, else ~/.cache (where pip and others keep theirs); None for a user with no home."""
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"])
    try:
        return Path.home() / ".cache"
    except RuntimeError:  # no HOME and no home directory in the password database
        return None


def default_directory() -> Path | None:
    """The record cache's folder: explainer-check in the user's cache folder (None: no cache)."""
    home = cache_home()
    return home / "explainer-check" if home else None


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
        self.hits = 0  # pages read from the store
        self.values_found = 0  # values read from it
        self._connection: sqlite3.Connection | None = None
        self._process = 0  # the process that opened the connection: a forked process opens its own
        self._new: dict[str, list[tuple[bytes, bytes, int]]] = {table: [] for table in TABLES}
        self._read: dict[str, list[bytes]] = {table: [] for table in TABLES}  # the keys found: kept as if made now

    def key(self, file: str, reading: tuple, raw: bytes) -> bytes:
        digest = hashlib.blake2b(self.version, digest_size=20)
        digest.update(f"{file}\0{reading!r}\0".encode())
        digest.update(raw)
        return digest.digest()

    def get(self, key: bytes) -> tuple[PageRecord, PageStructure | None] | None:
        """(record, structure) stored under the key, or None."""
        try:
            row = self._row(TABLE, key)
            found = _Unpickler(io.BytesIO(row)).load() if row is not None else None
        except (pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
            return None  # a damaged row is a miss
        if not _is_reading(found):
            return None  # record types in another shape: a miss too
        return self._found(TABLE, key, found)

    def put(self, key: bytes, record: PageRecord, structure: PageStructure | None) -> None:
        """Keep a page's reading, written by `save`."""
        if self.directory is not None:
            self._new[TABLE].append((key, pickle.dumps((record, structure), protocol=pickle.HIGHEST_PROTOCOL),
                                     int(time.time())))

    def value_key(self, kind: bytes, identity: str) -> bytes:
        """The key of a value of a kind (b"pair", b"contract"), from all it is a function of besides the code."""
        digest = hashlib.blake2b(self.version, digest_size=20, person=kind)
        digest.update(identity.encode())
        return digest.digest()

    def get_value(self, key: bytes, fits: Callable[[object], bool]) -> object:
        """The JSON value stored under a key if it `fits` (is of the shape asked), else None."""
        row = self._row(VALUES, key)
        try:
            found = json.loads(row) if row is not None else None
        except (ValueError, TypeError):
            return None
        return self._found(VALUES, key, found) if found is not None and fits(found) else None

    def put_value(self, key: bytes, value: object) -> None:
        if self.directory is not None:
            self._new[VALUES].append((key, json.dumps(value, ensure_ascii=False).encode(), int(time.time())))

    def _row(self, table: str, key: bytes) -> bytes | None:
        connection = self._open()
        if connection is None:
            return None
        try:
            row = connection.execute(f"SELECT value FROM {table} WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None  # a damaged store is a miss
        return row[0] if row else None

    def _found(self, table: str, key: bytes, found):
        if table == TABLE:
            self.hits += 1
        else:
            self.values_found += 1
        self._read[table].append(key)
        return found

    def save(self) -> None:
        """Write the rows this process made and mark those it read as new, in one transaction; drop old rows."""
        new, read = self._new, self._read
        self._new, self._read = {table: [] for table in TABLES}, {table: [] for table in TABLES}
        connection = self._open() if any(new.values()) or any(read.values()) else None
        if connection is None:
            return
        now = int(time.time())
        try:
            with connection:
                for table in TABLES:
                    connection.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?)", new[table])
                    connection.executemany(f"UPDATE {table} SET made = ? WHERE key = ?",
                                           [(now, key) for key in read[table]])
                    connection.execute(f"DELETE FROM {table} WHERE made < ?", (now - MAX_AGE,))
                    connection.execute(f"DELETE FROM {table} WHERE key IN (SELECT key FROM {table} ORDER BY made "
                                       "DESC LIMIT -1 OFFSET ?)", (MAX_ROWS,))
        except sqlite3.Error:
            pass  # another run holds the store, or the disk is full: this run's rows are simply not kept

    def _open(self) -> sqlite3.Connection | None:
        if self.directory is None:
            return None
        if self._connection is not None and self._process == os.getpid():
            return self._connection
        try:
            connection = _store(self.directory)
        except (OSError, sqlite3.Error):  # not this user's alone, locked, unreadable, someone else's database
            connection = None
        if connection is None:
            self.directory = None  # unusable: this run reads every page and keeps nothing
            return None
        self._connection, self._process = connection, os.getpid()
        return connection


def _is_reading(found: object) -> bool:
    return isinstance(found, tuple) and len(found) == 2 and isinstance(found[0], PageRecord) \
        and (found[1] is None or isinstance(found[1], PageStructure))


def _store(directory: Path) -> sqlite3.Connection | None:
    """The store in its folder, made if need be; None if it is not ours to use."""
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    store = directory / "pages.sqlite3"
    if not _private(directory) or (store.is_symlink() or store.exists()) and not _private(store, file=True):
        return None
    try:
        return _connect(store)
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) not in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
            raise
    # no database at all, or a damaged one (a crash mid-write): made anew
    for damaged in (store, store.with_name(store.name + "-wal"), store.with_name(store.name + "-shm")):
        damaged.unlink(missing_ok=True)
    return _connect(store)


def _private(path: Path, file: bool = False) -> bool:
    """Whether only this user can write to the folder or the file (a file, not a link to one elsewhere): a record
    someone else wrote could hide a finding (it is never run as code, but it is believed)."""
    status = path.lstat()
    return status.st_uid == os.getuid() and not status.st_mode & 0o022 and (not file or stat.S_ISREG(status.st_mode))


def _connect(store: Path) -> sqlite3.Connection | None:
    """The store, its tables made if need be; None for another program's database."""
    connection = sqlite3.connect(store, timeout=5)
    owner = connection.execute("PRAGMA application_id").fetchone()[0]
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if owner != APPLICATION_ID and (owner or tables - {TABLE}):  # a store made before the id: its one table
        connection.close()
        return None  # someone else's database: left as it is
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # a table another version adds stays
    connection.execute("PRAGMA journal_mode=WAL")  # the run's processes read while one writes
    connection.execute("PRAGMA synchronous=NORMAL")  # no wait for the disk on each commit: a lost row is a miss
    for table in TABLES:
        connection.execute(f"CREATE TABLE IF NOT EXISTS {table} (key BLOB PRIMARY KEY, value BLOB, made INTEGER)")
        connection.execute(f"CREATE INDEX IF NOT EXISTS {table}_made ON {table} (made)")
    return connection
