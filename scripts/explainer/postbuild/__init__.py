"""The steps that finish a built site, in the order they must run. The explainer plugin runs them once every
language is built; `python -m explainer.postbuild SITE_DIR` runs them on a site another builder made.

1. search index split: each language gets its own index, and each page searches its language's index;
2. 404 merge: the other languages' 404 pages go into the root one (step 1 has pointed each at its own index);
3. redirects: a page at each moved page's old address;
4. minify: every page's indentation dropped (the merged 404 and the redirect pages included), the site's own
   stylesheet and script minified;
5. content security policy: every page gets its policy, with the hashes of those final inline scripts and styles
   that its templates wrote (any other is named in a warning, which fails a strict build, and stays blocked);
6. sitemap: the archive's pages and the corrections page, which static-i18n does not know, are listed with their
   alternates;
7. feeds: an Atom feed of the explainers and their corrections in each language.
Each step leaves a finished site as it is, so running them again changes nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..findings import visible
from ..layout import load_site_config
from ..site import Site
from . import csp, feeds, minify, not_found, redirects, search, sitemap

if TYPE_CHECKING:  # jinja2 and babel load only where a template is rendered, not in the checker
    from ..fragments import Templates

log = logging.getLogger("mkdocs.plugins.explainer")  # under "mkdocs": MkDocs counts its warnings for --strict


@dataclass(frozen=True)
class Finish:
    """What the steps need to know about the site besides its files."""
    site: Site
    site_url: str  # absolute, the published address
    moved_text: dict[str, str]  # language -> the redirect pages' text
    templates: Templates
    policy: csp.Policy  # the content security policy: the site's script folder, its templates' inline code
    site_names: dict[str, str]  # language -> the site's name in it (each feed's title)
    correction_labels: dict[str, str]  # language -> the label of a correction ("Korjattu"), in the feeds

    def run(self, folder: Path) -> None:
        folder = Path(folder)
        search.split_index(folder, self.site)
        self._pages(folder, self._search_base)
        not_found.merge(folder, self.site, self.templates)
        redirects.write(folder, self.site, self.site_url, self.moved_text, self.templates)
        minify.assets(folder)
        self._pages(folder, self._protect)  # the policy hashes the final scripts: the last change to a page
        sitemap.add_generated(folder, self.site, self.site_url)
        feeds.write(folder, self.site, self.site_url, self.site_names, self.correction_labels)

    def _search_base(self, html: str, relative: str) -> str:
        html, found = search.rebase(html, self.site.prefix(self.site.language_of(relative)))
        # Material's markup changed: say so (fatal under --strict) rather than ship a mixed search. A redirect page
        # (there on a second run) is the site's own and searches nothing.
        if not found and relative not in redirects.pages(self.site):
            log.warning(f"explainer: no Material __config script in {relative}; this page would search every "
                        "language")
        return html

    def _protect(self, html: str, relative: str) -> str:
        html, unknown = self.policy.protect(minify.dedent(html), relative)
        for code in unknown:  # not the templates': from a page's Markdown or an escaping fault. Blocked, and named
            log.warning(f"explainer: {visible(relative)}: an inline {code[1:].partition('>')[0]} no template wrote "
                        f"is blocked by the page's policy: {visible(code)}")
        return html

    @staticmethod
    def _pages(folder: Path, change) -> None:
        for path in sorted(folder.rglob("*.html")):
            html = path.read_text(encoding="utf-8")
            changed = change(html, path.relative_to(folder).as_posix())
            if changed != html:
                path.write_text(changed, encoding="utf-8")


def finish_for(config_file: Path, site_url: str | None = None) -> Finish:
    """The post-build steps of the site mkdocs.yml describes, as its plugin makes them (explainer.layout.LayoutError
    if mkdocs.yml is unusable)."""
    config, plugin, site = load_site_config(config_file, site_url)
    return plugin.finish(site, config)
