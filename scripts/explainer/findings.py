"""Findings and the registry of named checks (each a small function that yields findings)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

# What a page's text or a file name may hold that a terminal or log would act on instead of showing: C0 and C1
# controls and DEL (escape sequences, BEL, a newline forging an output line), line and paragraph separators, the
# bidirectional overrides that reorder what a reader sees, and lone surrogates (a file name's undecodable bytes,
# which no output encoding can print).
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNESCAPED_BY_JSON = re.compile(_INVISIBLE.pattern.replace(r"\x00-\x1f", ""))  # json.dumps escapes C0 itself
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(text: str) -> str:
    """Text safe to print on one line: each control character shown as its escape (\\x1b, \\n, \\u202e)."""
    return _INVISIBLE.sub(_escape, text)


def _escape(match: re.Match) -> str:
    character = match.group()
    code = ord(character)
    return _NAMED.get(character) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def visible_json(text: str) -> str:
    """JSON text with the characters of `visible` as \\u escapes: json.dumps escapes C0 controls, but with
    ensure_ascii=False not the others (they only occur inside strings, where an escape means the same)."""
    return _UNESCAPED_BY_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def display_path(path: Path) -> str:
    """A path as findings show it: relative to the working directory when below it (docs/faq.md), else absolute."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return resolved.as_posix()


@dataclass(frozen=True, order=True, slots=True)  # slots: a broken site can have millions
class Finding:
    path: str
    line: int
    message: str
    check: str = ""  # stamped by the runner with the name the check is registered under

    def __str__(self) -> str:
        return visible(f"{self.path}:{self.line}: {self.check}: {self.message}")

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Tally:
    """A run's findings as they are shown: of each check the first `limit` in sorted order (all with 0), and how
    many each check found. A check that finds millions keeps `limit` in memory, not millions."""
    limit: int = 0
    kept: dict[str, list[Finding]] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, findings: Iterable[Finding]) -> None:
        for finding in findings:
            self.counts[finding.check] += 1
            kept = self.kept.setdefault(finding.check, [])
            kept.append(finding)
            if self.limit and len(kept) >= 2 * self.limit:  # sorted and cut now and then: n log(limit) in all
                kept.sort()
                del kept[self.limit:]

    def merge(self, other: Tally) -> None:
        """Take another process's tally of the same run."""
        for findings in other.kept.values():
            self.add(findings)
        for check, count in other.counts.items():  # add() counted the kept ones again: count the rest
            self.counts[check] += count - len(other.kept.get(check, ()))

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def shown(self) -> list[Finding]:
        """The findings to show, sorted (path, line, message)."""
        return sorted(finding for kept in self.kept.values() for finding in sorted(kept)[:self.limit or None])

    def omitted(self) -> dict[str, int]:
        """Check -> how many of its findings are not shown."""
        return {check: count - self.limit for check, count in self.counts.items() if self.limit and count > self.limit}


# What a check is run on, once each (the runner decides which process: a check knows nothing of processes):
FILE = "file"  # each built file the checker read: check(context, file, record)
FILES = "files"  # the read files together, for a check that batches work: check(context, (file, record) pairs)
PAGE = "page"  # each page of the contract, in every language: check(context, page)
EXPLAINER = "explainer"  # each explainer: check(context, explainer)
SITE = "site"  # the site once, after every page is read: check(context)
SCOPES = (FILE, FILES, PAGE, EXPLAINER, SITE)
SOURCES = "sources"  # an input a check may need: the explainers' source texts (read only when a selected check does)


@dataclass(frozen=True)
class Check:
    """A named check: what it runs on (its scope), what it needs besides the pages, and the function."""
    name: str
    description: str  # the first docstring line, shown by --list-checks
    run: Callable[..., Iterator[Finding]]
    scope: str = FILE
    needs: frozenset[str] = frozenset()
    kinds: tuple[str, ...] = ()  # PAGE: the page kinds it checks (all when empty)
    content: bool = False  # FILE: only pages readers reach (no 404 page, redirect page or unreadable file)
    default: bool = True  # run unless --only leaves it out; False: only when asked for (external-link)


def check(name: str, scope: str = FILE, needs: tuple[str, ...] = (), kinds: tuple[str, ...] = (),
          content: bool = False, default: bool = True):
    """A function as a named check (its docstring's first line describes it); explainer.registry lists it."""
    if scope not in SCOPES:
        raise ValueError(f"check {name}: unknown scope {scope!r}")

    def make(function) -> Check:
        return Check(name, (function.__doc__ or "").strip().splitlines()[0], function, scope, frozenset(needs),
                     kinds, content, default)
    return make
