"""Per-language UI: strings that Markdown extensions and templates render in the page's language."""

from __future__ import annotations

import re
from html import escape

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

# An article paragraph with its fixed id, as attr_list renders `{ #p-… }` (paragraphs never nest).
_PARAGRAPH = re.compile(r'(<p\b[^>]*?\sid="([^"]+)"[^>]*>)(.*?)(</p>)', re.S)


def ui_strings(config: MkDocsConfig) -> dict[str, str]:
    """The `extra.ui` strings of the language being built (static-i18n sets theme.language per build)."""
    return config.extra["ui"][config.theme["language"]]


# ----------------------------------------------------------------------------------------------------------
# Configuration: runs after static-i18n has switched the build to a language (its priority is -100)
# ----------------------------------------------------------------------------------------------------------

@event_priority(-150)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # toc's permalink_title is one global option; each language build gets its own.
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = ui_strings(config)["permalink_title"]
    return config


# ----------------------------------------------------------------------------------------------------------
# Pages: article paragraphs get a permalink like headings (toc gives them only to headings)
# ----------------------------------------------------------------------------------------------------------

def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files) -> str:
    site = config.extra["site"]
    named = site.page_of(page.url)
    if named is None or site.kind(named[0]) != "article":
        return html
    title = escape(ui_strings(config)["permalink_title"], quote=True)

    def permalink(match: re.Match) -> str:
        start, element_id, text, end = match.groups()
        link = f'<a class="headerlink" href="#{element_id}" title="{title}" data-search-exclude>¶</a>'
        return f"{start}{text} {link}{end}"

    return _PARAGRAPH.sub(permalink, html)


# ----------------------------------------------------------------------------------------------------------
# Templates: one 404.html at the root, from the default language's build
# ----------------------------------------------------------------------------------------------------------

_default_404: dict[str, str] = {}


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    # static-i18n writes 404.html to the root once per language, the last one winning; GitHub Pages serves
    # that single file for every missing path, so the default language's bilingual page must be the one kept.
    if template_name != "404.html":
        return output_content
    i18n = config.plugins["i18n"]
    if config.theme["language"] == i18n.default_language:
        _default_404["html"] = output_content
        return output_content
    return _default_404.get("html", output_content)
