"""Entries added to a contract's `corrections` list as text, so that the rest of the file (its comments, its
order, its quoting) stays as the editor wrote it: the new entries go after the list's last item, or in a new list
at the end of the file."""

from __future__ import annotations

from pathlib import Path

import yaml

from .files import write_atomic

_KEY = "corrections:"


def add_corrections(path: Path, entries: list[dict], docs: Path) -> None:
    """Append entries (each a mapping of strings) to the contract's corrections, written whole (a temporary file
    renamed)."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    block = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=1000, default_style=None)
    start = next((index for index, line in enumerate(lines) if line.rstrip() == _KEY), None)
    if start is None:
        text = "".join(lines)
        text = (text if text.endswith("\n") or not text else text + "\n") + _KEY + "\n" + block
    else:
        end = start + 1
        while end < len(lines) and (lines[end].startswith((" ", "-", "\n", "#")) or not lines[end].strip()):
            end += 1
        text = "".join([*lines[:end], block, *lines[end:]])
    yaml.safe_load(text)  # what is written parses: a contract is never left unreadable
    write_atomic(path, text.encode("utf-8"), docs)
