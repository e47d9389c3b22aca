"""Every Material and static-i18n internal the site relies on, and where in the built site it shows.

Material 9.8 is in maintenance mode and the site will move to another theme or version one day; this list
is what to re-check then. `tests/test_compat.py` fails naming the item when one disappears from a build.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .site import Site
from .structure import parse_html


@dataclass(frozen=True)
class Internal:
    name: str
    used_by: str
    file: str  # built file (a glob) that shows it; {faq} is an FAQ page's folder, {translation} a translation
    xpath: str = ""  # what must match in that file (HTML); empty: the file must exist
    text: str = ""  # or a string the file must contain (CSS, JavaScript)


INTERNALS = (
    Internal("Material's __config script (base, search worker path)", "explainer.postbuild.search",
             "{faq}/index.html", "//script[@id='__config' and @type='application/json']"),
    Internal("Material's search worker beside ours", "workers/explainer-search.js (wraps it, message types 0-3)",
             "assets/javascripts/workers/search.*.min.js"),
    Internal("static-i18n's per-language search index, split after the build", "explainer.postbuild.search",
             "{translation}/search/search_index.json"),
    Internal("Material's language switcher links (.md-select__link with hreflang)", "explainer.js, checker",
             "{faq}/index.html", "//a[contains(@class, 'md-select__link') and @hreflang='{translation}']"),
    Internal("static-i18n's extra.alternate, rendered as hreflang links", "explainer.plugin, checker",
             "{faq}/index.html", "//head/link[@rel='alternate' and @hreflang='{translation}']"),
    Internal("toc permalinks (a.headerlink)", "explainer.js copy buttons, structure reader",
             "{faq}/index.html", "//h2[@id]/a[contains(@class, 'headerlink')]"),
    Internal("Material's content container (article.md-content__inner)", "structure reader",
             "{faq}/index.html", "//article[contains(@class, 'md-content__inner')]"),
    Internal("Material's search dialog (.md-search[role=dialog])", "explainer.js (accessible name)",
             "{faq}/index.html", "//*[contains(@class, 'md-search') and @role='dialog']"),
    Internal("Material's copyright element (.md-copyright)", "explainer.css",
             "{faq}/index.html", "//*[contains(@class, 'md-copyright')]"),
    Internal("Material's colour variables (--md-accent-fg-color, --md-typeset-a-color, ...)", "explainer.css",
             "assets/stylesheets/main.*.min.css", text="--md-typeset-a-color"),
    Internal("static-i18n's i18n_alternates in the sitemap template", "overrides/sitemap.xml",
             "sitemap.xml", text='hreflang="{translation}"'),
    Internal("static-i18n rendering 404.html once per language (each kept by the plugin)", "explainer.plugin",
             "404.html", "//section[@data-explainer-language='{translation}']"),
    Internal("Material's 404 chrome (header.md-header, .md-sidebar--primary/--secondary, footer.md-footer)",
             "explainer.postbuild.not_found, the 404 script in main.html", "404.html",
             "//template[@data-explainer-replaces='header.md-header' and @data-explainer-language='{translation}']"
             "/following-sibling::template[@data-explainer-replaces='footer.md-footer']"),
    Internal("Material's __config rendered before the scripts block (the 404 script swaps it before the bundle)",
             "the 404 script in main.html", "404.html",
             "//script[@id='__config']/following::script[@id='__explainer']"
             "/following::script[contains(@src, 'bundle')]"),
)


def missing(folder: Path, site: Site) -> list[str]:
    """The internals a built site no longer shows, each as "name (used by ...)"."""
    faq = site.pages_of_kind("faq")[0]
    places = {"faq": site.page_path(faq, site.default_language).rstrip("/"), "translation": site.translations[0]}
    absent = []
    for template in INTERNALS:
        item = Internal(template.name, template.used_by, *(value.format(**places) for value in
                                                           (template.file, template.xpath, template.text)))
        files = sorted(folder.glob(item.file))
        if not files:
            absent.append(f"{item.name} (used by {item.used_by}): no {item.file}")
        elif item.xpath and not parse_html(files[0].read_bytes()).xpath(item.xpath):
            absent.append(f"{item.name} (used by {item.used_by}): nothing matches {item.xpath} in {item.file}")
        elif item.text and item.text not in files[0].read_text(encoding="utf-8"):
            absent.append(f"{item.name} (used by {item.used_by}): {item.file} lacks {item.text}")
    return absent
