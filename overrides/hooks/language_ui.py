"""Per-language UI: strings that Markdown extensions and templates render in the page's language, paragraph
permalinks, and the one 404 page that speaks the language of the missing path."""

from __future__ import annotations

import re
from html import escape

from lxml import html as lxml_html
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

# An article paragraph with its fixed id, as attr_list renders `{ #p-… }` (paragraphs never nest).
_PARAGRAPH = re.compile(r'(<p\b[^>]*?\sid="([^"]+)"[^>]*>)(.*?)(</p>)', re.S)
# A block element's opening tag up to its lang attribute, e.g. the Finnish answer under a translated FAQ entry.
_OTHER_LANGUAGE = re.compile(r'<(p|div|pre|blockquote)\b[^>]*?\slang="([^"]+)"')


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
    language = config.theme["language"]
    if language != site.default_language:  # a translation's Finnish originals are not searched in its language
        html = _OTHER_LANGUAGE.sub(lambda match: match.group(0) if match.group(2) == language
                                   else match.group(0) + " data-search-exclude", html)
    if site.kind_of(page.url) != "article":
        return html
    title = escape(ui_strings(config)["permalink_title"], quote=True)

    def permalink(match: re.Match) -> str:
        start, element_id, text, end = match.groups()
        link = f'<a class="headerlink" href="#{element_id}" title="{title}" data-search-exclude>¶</a>'
        return f"{start}{text} {link}{end}"

    return _PARAGRAPH.sub(permalink, html)


# ----------------------------------------------------------------------------------------------------------
# Templates: one 404.html at the root that speaks the language of the missing path
# ----------------------------------------------------------------------------------------------------------

# The parts of a page that Material renders in the build's language, by the CSS selector explainer's 404
# script swaps (see main.html) and the XPath that finds them here.
CHROME = {
    "header.md-header": "//header[contains(concat(' ', @class, ' '), ' md-header ')]",
    ".md-sidebar--primary": "//div[contains(concat(' ', @class, ' '), ' md-sidebar--primary ')]",
    ".md-sidebar--secondary": "//div[contains(concat(' ', @class, ' '), ' md-sidebar--secondary ')]",
    "footer.md-footer": "//footer[contains(concat(' ', @class, ' '), ' md-footer ')]",
    "#__config": "//script[@id='__config']",
}
_MARKER = '<script id="__explainer"'  # the templates go right before the site's own data (main.html)
_not_found: dict[str, str] = {}  # language -> its build's 404.html


def chrome_templates(html: str, language: str) -> str:
    """A language's Material chrome from its 404.html, as inert <template>s the 404 script swaps in."""
    document = lxml_html.document_fromstring(html)
    parts = []
    for selector, xpath in CHROME.items():
        found = document.xpath(xpath)
        if found:
            markup = lxml_html.tostring(found[0], encoding="unicode", with_tail=False)
            parts.append(f'<template data-explainer-language="{language}" '
                         f'data-explainer-replaces="{escape(selector, quote=True)}">{markup}</template>')
    title = document.findtext(".//title") or ""
    description = (document.xpath("//meta[@name='description']/@content") or [""])[0]
    parts.append(f'<template data-explainer-language="{language}" data-explainer-title="{escape(title, quote=True)}"'
                 f' data-explainer-description="{escape(description, quote=True)}"></template>')
    return "".join(parts)


@event_priority(-50)  # after search_per_language has pointed each language's 404 at its own index
def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    # static-i18n renders 404.html at the root once per language build, the last one winning, and GitHub Pages
    # serves that one file for every missing path. The default language's page is kept, with every other
    # language's chrome inside it for the 404 script to swap in when the path is under that language.
    if template_name != "404.html":
        return output_content
    site = config.extra["site"]
    _not_found[config.theme["language"]] = output_content
    default = _not_found.get(site.default_language)
    if default is None or _MARKER not in default:
        return output_content
    templates = "".join(chrome_templates(_not_found[language], language)
                        for language in site.translations if language in _not_found)
    return default.replace(_MARKER, templates + _MARKER, 1)
