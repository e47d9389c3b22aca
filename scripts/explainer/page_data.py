"""The plain data templates read: per page (`page.meta["explainer"]`: title, Open Graph, hreflang x-default, FAQPage
JSON-LD) and per site (`config.extra["explainer"]`: languages, URL folders, the strings explainer.js reads, the
404 page's texts and links). Templates only read these values; they call no Python (other builders' templates
cannot)."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from markupsafe import Markup

from .listings import PER_PAGE
from .published import Explainer
from .site import Site
from .structure import read_fragment

TITLE_SEPARATOR = " – "  # "Page – Site", like the site name's own dash (Material writes "Page - Site")
# what explainer.js reads: every first view has it
SCRIPT_STRINGS = ("copy_link", "link_copied", "search_label", "report_error")


def absolute(site_url: str, link: str) -> str:
    """A link as static-i18n gives it ("en/faq/", "./", or "/repo/en/" for home pages) as an absolute URL."""
    return urljoin(site_url, link)


def faq_jsonld(html: str, canonical_url: str, language: str, source_url: str) -> dict | None:
    """schema.org FAQPage from the page's own FAQ entries, so it always equals the visible text."""
    entries = read_fragment(html, "faq").faq
    if not entries:
        return None
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "@id": canonical_url,
        "url": canonical_url,
        "inLanguage": language,
        "isBasedOn": source_url,
        "mainEntity": [
            {
                "@type": "Question",
                "@id": f"{canonical_url}#{entry.id}",
                "url": f"{canonical_url}#{entry.id}",
                "name": entry.question,
                "acceptedAnswer": {"@type": "Answer", "text": entry.answer},
            }
            for entry in entries
        ],
    }


def article_jsonld(explainer: Explainer, html: str, canonical_url: str, language: str, source_url: str,
                   original: str, translations: list[str]) -> dict:
    """schema.org Article for an explainer's page: its headline the page's own (its h1), its dates from the
    contract, its language, its source, and the page it translates (`original`, "" on the original) or its
    translations (their addresses)."""
    article = {
        "@context": "https://schema.org",
        "@type": "Article",
        "@id": canonical_url,
        "url": canonical_url,
        "headline": read_fragment(html, "").title,
        "inLanguage": language,
        "isBasedOn": source_url,
    }
    if explainer.added:
        article.update(datePublished=explainer.added, dateModified=explainer.modified)
    if original:
        article["translationOfWork"] = {"@id": original}
    if translations:
        article["workTranslation"] = [{"@id": url} for url in translations]
    return article


def page_head(site: Site, kind: str, page_title: str, site_name: str, language: str, alternates: list[dict],
              ui: dict) -> dict:
    """A page's title and link-preview data; `alternates` are static-i18n's, their links absolute already."""
    page_title = Markup(page_title).striptags()  # MkDocs' title may carry inline markup (as Material strips it)
    home = kind == "home" or not page_title
    default = next((a["link"] for a in alternates if a["lang"] == site.default_language), "")
    return {
        "kind": kind,
        "title": site_name if home else f"{page_title}{TITLE_SEPARATOR}{site_name}",
        "og_type": "website" if home else "article",
        "x_default": default,
        "og_locale": ui[language].og_locale,
        "og_locale_alternates": [ui[a["lang"]].og_locale for a in alternates
                                 if a["lang"] != language and a["lang"] in ui],
    }


def site_data(site: Site, language: str, site_url: str, site_names: dict[str, str], ui: dict,
              not_found: dict) -> dict:
    """What the templates and explainer.js need of the site in a language build."""
    return {
        "root": urlsplit(site_url).path.rstrip("/") + "/",  # the site's path on its host ("/repo/"), for the 404
        "language": language,
        "languages": list(site.languages),
        "prefixes": {lang: site.prefix(lang) for lang in site.languages},
        "ui": {lang: {key: ui[lang][key] for key in SCRIPT_STRINGS} for lang in site.languages},
        "report": site.contract.report_errors,  # where explainer.js sends a reader's error report ({}: nowhere)
        "not_found": [_not_found(site, lang, site_names[lang], ui[lang], not_found[lang]) for lang in site.languages],
    }


def _not_found(site: Site, language: str, site_name: str, ui, text) -> dict:
    """A language's 404 text and links: the home page, the glossary and the newest explainers."""
    links = [{"href": site.page_path("index", language), "label": ui.nav_home, "lang": ""}]
    links += [{"href": site.page_path(page, language), "label": ui.nav_people, "lang": ""}
              for page in site.shared_pages("glossary")]
    for explainer in reversed(site.contract.chronological[-PER_PAGE:]):  # the newest, as on the home page
        title = site.title(explainer, language)
        links.append({"href": site.page_path(explainer.page("article"), language), "label": title,
                      "lang": "" if language in explainer.title else site.default_language})
    return {"lang": language, "title": text.title, "text": text.text,
            "page_title": f"{text.title}{TITLE_SEPARATOR}{site_name}", "links": links}
