"""Page metadata for crawlers and link previews: absolute hreflang alternates, Open Graph, FAQPage JSON-LD."""

from __future__ import annotations

from urllib.parse import urljoin

from explainer.structure import read_fragment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page


def absolute(config: MkDocsConfig, link: str) -> str:
    """A link as static-i18n gives it ("en/faq/", "./", or "/repo/en/" for home pages) as an absolute URL."""
    return urljoin(config.site_url, link)


def faq_jsonld(page: Page, config: MkDocsConfig, html: str) -> dict | None:
    """schema.org FAQPage from the page's own FAQ entries, so it always equals the visible text; only on pages
    the published contract declares as FAQ pages (a `##` heading elsewhere is not an FAQ)."""
    site = config.extra["site"]
    if site.kind_of(page.url) != "faq":
        return None
    entries = read_fragment(html, "faq").faq
    if not entries:
        return None
    language = getattr(page.file, "locale", config.theme["language"])  # a page not translated yet is Finnish
    source = absolute(config, site.contract.explainer_of(site.page_of(page.url)[0]).source_path)
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "@id": page.canonical_url,
        "url": page.canonical_url,
        "inLanguage": language,
        "isBasedOn": source,
        "mainEntity": [
            {
                "@type": "Question",
                "@id": f"{page.canonical_url}#{entry.id}",
                "url": f"{page.canonical_url}#{entry.id}",
                "name": entry.question,
                "acceptedAnswer": {"@type": "Answer", "text": entry.answer},
            }
            for entry in entries
        ],
    }


# ----------------------------------------------------------------------------------------------------------
# Page events
# ----------------------------------------------------------------------------------------------------------

def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files) -> str:
    page.meta["faq_jsonld"] = faq_jsonld(page, config, html)
    return html


@event_priority(-110)  # after static-i18n has filled extra.alternate for this page
def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    # static-i18n sets the per-page list as an attribute (config.extra.alternate), which Jinja reads first.
    alternates = getattr(config.extra, "alternate", None) or []
    for alternate in alternates:
        alternate["link"] = absolute(config, alternate["link"])
    default_language = config.extra["site"].default_language
    default = next(alternate for alternate in alternates if alternate["lang"] == default_language)
    language = config.theme["language"]
    ui = config.extra["ui"]
    context["page_meta"] = {
        "x_default": default["link"],
        "og_locale": ui[language]["og_locale"],
        "og_locale_alternates": [ui[a["lang"]]["og_locale"] for a in alternates if a["lang"] != language],
    }
    return context
