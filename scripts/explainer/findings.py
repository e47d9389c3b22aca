"""Findings and the registry of named checks (each a small function that yields findings)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterator


def display_path(path: Path) -> str:
    """A path as findings show it: relative to the working directory when below it (docs/faq.md), else absolute."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return resolved.as_posix()


@dataclass(frozen=True, order=True)
class Finding:
    path: str
    line: int
    message: str
    check: str = ""  # stamped by the runner with the name the check is registered under

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.check}: {self.message}"

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Check:
    name: str
    description: str  # the first docstring line, shown by --list-checks
    run: Callable[..., Iterator[Finding]]


CHECKS: dict[str, Check] = {}


def register(name: str, description: str, function: Callable[..., Iterator[Finding]]) -> None:
    """Register a check function under a name, with the one line --list-checks prints."""
    CHECKS[name] = Check(name, description, function)


def check(name: str):
    """Register a check function under a name; its docstring's first line describes it."""
    def decorate(function):
        register(name, (function.__doc__ or "").strip().splitlines()[0], function)
        return function
    return decorate
