"""One 404.html at the root that speaks the language of the missing path.

GitHub Pages serves the root 404.html for every missing path, /en/ included. Each language's build renders its own
404 page (the plugin leaves the others at `<language folder>/404.html`, where other builders put them too). The
default language's page is kept at the root, with every other language's Material chrome inside it as inert
`<template>`s that the 404 script (main.html) swaps in when the path is under that language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from lxml import html as lxml_html
from markupsafe import Markup

from ..site import Site

if TYPE_CHECKING:  # jinja2 and babel load only where a template is rendered, not in the checker
    from ..fragments import Templates

# The parts of a page that Material renders in the build's language, by the CSS selector the 404 script swaps and
# the XPath that finds them here.
CHROME = {
    "header.md-header": "//header[contains(concat(' ', @class, ' '), ' md-header ')]",
    ".md-sidebar--primary": "//div[contains(concat(' ', @class, ' '), ' md-sidebar--primary ')]",
    ".md-sidebar--secondary": "//div[contains(concat(' ', @class, ' '), ' md-sidebar--secondary ')]",
    "footer.md-footer": "//footer[contains(concat(' ', @class, ' '), ' md-footer ')]",
    "#__config": "//script[@id='__config']",
}
MARKER = '<script id="__explainer"'  # the templates go right before the site's own data (main.html)
NAME = "404.html"


def chrome_templates(templates: Templates, html: str, language: str, homes: dict[str, str] | None = None) -> str:
    """A language's Material chrome from its 404 page, as inert <template>s the 404 script swaps in. Its language
    switcher leads to each language's home (`homes`): the build rendered it with the alternates of whichever page
    came last, which a missing path has nothing to do with."""
    document = lxml_html.document_fromstring(html)
    for link in document.xpath("//a[contains(concat(' ', @class, ' '), ' md-select__link ')][@hreflang]"):
        if link.get("hreflang") in (homes or {}):
            link.set("href", homes[link.get("hreflang")])
    parts = []
    for selector, xpath in CHROME.items():
        found = document.xpath(xpath)
        if found:  # markup Material rendered, serialised again by lxml
            parts.append({"selector": selector,
                          "markup": Markup(lxml_html.tostring(found[0], encoding="unicode", with_tail=False))})
    description = (document.xpath("//meta[@name='description']/@content") or [""])[0]
    return templates.render("not-found-chrome", parts=parts, language=language, description=description)


def merge(folder: Path, site: Site, templates: Templates) -> None:
    """Move every other language's 404 page into the root one (nothing to do once they are merged)."""
    root = folder / NAME
    others = [(language, folder / site.prefix(language) / NAME) for language in site.translations]
    others = [(language, path) for language, path in others if path.is_file() and path != root]
    if not root.is_file() or not others:
        return
    default = root.read_text(encoding="utf-8")
    if MARKER not in default:
        return
    head = lxml_html.document_fromstring(default)  # its alternates are each language's home
    homes = {link.get("hreflang"): link.get("href") for link in head.xpath("//head/link[@rel='alternate'][@hreflang]")}
    chrome = "".join(chrome_templates(templates, path.read_text(encoding="utf-8"), language, homes)
                     for language, path in others)
    root.write_text(default.replace(MARKER, chrome + MARKER, 1), encoding="utf-8")
    for _, path in others:
        path.unlink()
