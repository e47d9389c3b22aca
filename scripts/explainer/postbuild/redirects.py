"""Pages that moved keep their old addresses: a small redirect page per language that keeps the #fragment.

The site's contract lists them (`moved`). Each redirect page names the new address as canonical, sends the browser
there with the fragment (JavaScript), and without JavaScript still gets there (meta refresh, and a link).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..site import Site

if TYPE_CHECKING:  # jinja2 and babel load only where a template is rendered, not in the checker
    from ..fragments import Templates


def write(folder: Path, site: Site, site_url: str, moved_text: dict[str, str], templates: Templates) -> None:
    """A redirect page at each moved page's old address, in every language."""
    site_url = site_url if site_url.endswith("/") else site_url + "/"
    for old, new in site.contract.moved.items():
        for language in site.languages:
            path = folder / site.built_page(old, language)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(templates.render("redirect", lang=language, text=moved_text[language],
                                             target=site.link(old, new, language),
                                             absolute=site_url + site.page_path(new, language)) + "\n",
                            encoding="utf-8")


def pages(site: Site) -> set[str]:
    """The redirect pages' files in the built site (they have no Material config: they are not Material's pages)."""
    return {site.built_page(old, language) for old in site.contract.moved for language in site.languages}
