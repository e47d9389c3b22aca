"""What each explainer page says it is: its days as shown below its h1, and its Article JSON-LD (address, language,
source and days as the contract gives them, headline as the page's, an original and its translations linked both
ways)."""

from __future__ import annotations

from datetime import date
from typing import Iterator

from babel.dates import format_date

from .context import SiteContext
from .findings import PAGE, Finding, check
from .pages import json_blocks
from .published import Explainer
from .text import spaced


@check("article-jsonld", scope=PAGE)
def article_jsonld(content: SiteContext, page: str) -> Iterator[Finding]:
    """Each explainer page carries one Article JSON-LD block: its @id and url the page's address, its headline the
    page's, inLanguage the language of its text, isBasedOn the source, datePublished and dateModified the
    contract's added and updated days; a translation names its original (translationOfWork), an original each
    translation (workTranslation)."""
    explainer = content.layout.site.contract.explainer_of(page)
    for language in content.layout.languages if explainer else ():
        built = content.built(page, language)
        record, structure = content.records.get(built), content.structure(page, language)
        if record is None or structure is None:
            yield content.missing(page, language)
            continue
        blocks = [(data, line) for data, line, _ in json_blocks(record)
                  if isinstance(data, dict) and data.get("@type") == "Article"]
        if len(blocks) != 1:
            yield Finding(content.label(built), 0, f"{len(blocks)} Article JSON-LD blocks, not one")
            continue
        data, line = blocks[0]
        label = content.label(built)
        yield from (Finding(label, line, problem)
                    for problem in _differences(content, page, language, explainer, structure.title, data))


def _differences(content: SiteContext, page: str, language: str, explainer: Explainer, headline: str,
                 data: dict) -> Iterator[str]:
    """How an Article block differs from what the page, the contract and the translations say it is."""
    layout = content.layout
    address = content.page_url(content.built(page, language))
    translated = content.translated(page, language)
    expected = {
        "@id": address, "url": address, "headline": headline,
        "inLanguage": language if translated else layout.default_language,
        "isBasedOn": layout.site_url + explainer.source_path,
        "datePublished": explainer.added or None, "dateModified": explainer.modified or None,
        "translationOfWork": {"@id": content.page_url(content.built(page, layout.default_language))}
        if translated and language != layout.default_language else None,
        "workTranslation": [{"@id": content.page_url(content.built(page, other))} for other in layout.site.translations
                            if content.translated(page, other)] or None
        if language == layout.default_language else None,
    }
    for key, value in expected.items():
        found = data.get(key)
        if (spaced(found) if key == "headline" and isinstance(found, str) else found) != value:
            yield f'{key} is {_shown(found)}, not {_shown(value)}'


def _shown(value) -> str:
    return "missing" if value is None else f'"{value}"' if isinstance(value, str) else str(value)


@check("dates", scope=PAGE)
def dates(content: SiteContext, page: str) -> Iterator[Finding]:
    """Each explainer page shows the day it was added (and last updated, if it was) as its contract gives them:
    each a <time datetime> below the h1, written in the language of the page's text as its UI strings say."""
    explainer = content.layout.site.contract.explainer_of(page)
    for language in content.layout.languages if explainer else ():
        structure = content.structure(page, language)
        if structure is None:
            yield content.missing(page, language)
            continue
        shown_in = language if content.translated(page, language) else content.layout.default_language
        ui = content.layout.ui[shown_in]
        expected = tuple((day, format_date(date.fromisoformat(day), ui["date_format"], locale=ui["og_locale"]))
                         for day in (explainer.added, explainer.last_updated) if day)
        if structure.dates != expected:
            found = ", ".join(f"{day} as {text!r}" for day, text in structure.dates) or "none"
            wanted = ", ".join(f"{day} as {text!r}" for day, text in expected) or "none"
            yield Finding(content.label(content.built(page, language)), 0, f"shows the days {found}, not {wanted}")
