"""Smaller first views (70 KB budget, README): the site's own stylesheet and script minified, and the
indentation of every built page dropped.

rcssmin and rjsmin are exact comment- and whitespace-only minifiers. For HTML, the libraries at hand
(htmlmin, minify-html) re-serialise tags and drop attribute quotes, which the site's hooks, checks and
compatibility list read; removing only line-leading whitespace outside <pre> and <textarea> changes nothing a
browser renders (HTML collapses that whitespace) and saves about 7 % of each compressed page.
"""

from __future__ import annotations

import re
from pathlib import Path

import rcssmin
import rjsmin
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

MINIFIERS = {"explainer.css": rcssmin.cssmin, "explainer.js": rjsmin.jsmin}
# A whitespace-significant element (kept as it is), or a line break with the indentation after it.
_INDENT = re.compile(r"(<(pre|textarea)\b.*?</\2>)|\n\s+", re.S | re.I)


def dedent(html: str) -> str:
    return _INDENT.sub(lambda match: match.group(1) or "\n", html)


@event_priority(-300)  # the last change to a page, after every other hook
def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return dedent(output)


@event_priority(-300)  # after language_ui has merged the languages' 404 pages
def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    return dedent(output_content) if template_name.endswith(".html") else output_content


@event_priority(-200)  # once every language build has copied the theme's files
def on_post_build(*, config: MkDocsConfig) -> None:
    if config.plugins["i18n"].building:  # a nested language build: the final files are written later
        return
    for name, minify in MINIFIERS.items():
        for path in Path(config.site_dir).rglob(name):
            path.write_text(minify(path.read_text(encoding="utf-8")), encoding="utf-8")
