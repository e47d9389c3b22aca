"""Where a link of a built page was written in its Markdown, so link findings name the line an editor edits.

Markdown's `[text](faq.md#id)` becomes `../faq/#id` in the built page, so the two are matched by what
survives the build: the fragment and the last path segment (a page's file stem or folder name).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

# Inline links and images, raw HTML attributes, and reference definitions: the URL of each.
_TARGETS = re.compile(r"\]\(\s*<?([^)\s>]+)|\b(?:href|src)=[\"']([^\"']+)|^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")


def link_targets(lines: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
    """(line, URL) of every link written in a Markdown file's lines."""
    found = []
    for number, line in enumerate(lines, start=1):
        for match in _TARGETS.finditer(line):
            found.append((number, next(group for group in match.groups() if group)))
    return tuple(found)


def _stem(url: str) -> str:
    """The last path segment of a URL without `.md`/`index` ("../faq/" -> "faq", "faq.en.md" -> "faq")."""
    path = url.split("#", 1)[0].split("?", 1)[0]
    parts = [part for part in PurePosixPath(path).parts if part not in (".", "..", "/")]
    name = parts[-1] if parts else ""
    name = re.sub(r"(\.[a-z]{2})?\.md$", "", name)
    return "" if name == "index" else name


def line_of(targets: tuple[tuple[int, str], ...], built_url: str) -> int:
    """The line of a Markdown file (its `link_targets`) that wrote the link the build rendered as `built_url`; 0 if
    none did."""
    fragment = built_url.partition("#")[2]
    stem = _stem(built_url)
    for number, written in targets:
        if written.partition("#")[2] == fragment and _stem(written) == stem:
            return number
    return 0
