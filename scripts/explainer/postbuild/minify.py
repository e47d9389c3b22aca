"""Smaller first views (70 KB budget, README): the site's own stylesheet and script minified, and the
indentation of every built page dropped.

rcssmin and rjsmin are exact comment- and whitespace-only minifiers. For HTML, the libraries at hand
(htmlmin, minify-html) re-serialise tags and drop attribute quotes, which the checks and the compatibility list
read; removing only line-leading whitespace outside <pre> and <textarea> changes nothing a browser renders (HTML
collapses that whitespace) and saves about 7 % of each compressed page.
"""

from __future__ import annotations

import re
from pathlib import Path

import rcssmin
import rjsmin

MINIFIERS = {"explainer.css": rcssmin.cssmin, "explainer.js": rjsmin.jsmin}
# A whitespace-significant element (kept as it is), or a line break with the indentation after it.
_INDENT = re.compile(r"(<(pre|textarea)\b.*?</\2>)|\n\s+", re.S | re.I)


def dedent(html: str) -> str:
    return _INDENT.sub(lambda match: match.group(1) or "\n", html)


def assets(folder: Path) -> None:
    """The site's own stylesheet and script, minified where the build copied them."""
    for name, minify in MINIFIERS.items():
        for path in folder.rglob(name):
            path.write_text(minify(path.read_text(encoding="utf-8")), encoding="utf-8")
